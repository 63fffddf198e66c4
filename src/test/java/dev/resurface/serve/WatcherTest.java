package dev.resurface.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's watcher: editors' scratch files neither trigger a rebuild nor appear in the rebuild log. */
@Tag("slow") // waits for file-system events
class WatcherTest {
    static final List<String> SCRATCH = List.of("co2.md~", ".co2.md.swp", "co2.md.swo", "co2.md.swx", ".#co2.md", "#co2.md#", "4913",
            ".DS_Store", "sedESapw3", "sed0aZ9kQ", "upload.tmp", ".~lock.notes.odt#", "co2.md___jb_tmp___", "co2.md___jb_old___");

    @Test
    void editorScratchFilesAreRecognised() {
        for (String name : SCRATCH) assertTrue(Watcher.scratch(name, false), name);
        for (String name : List.of("co2.md", "_index.md", "photo.png", "4913.md", "notes#1.md", "#tag", "sedation.md", "sediment", "site.yml")) {
            assertFalse(Watcher.scratch(name, false), name);
        }
        assertFalse(Watcher.scratch("sediments", true), "a folder named like a sed temporary is content");
    }

    @Test
    void scratchFilesDoNotTriggerARebuildNorAppearInItsLog(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content/types"));
        Files.writeString(site.resolve("site.yml"), "title: x\n");
        BlockingQueue<Set<String>> bursts = new LinkedBlockingQueue<>();
        try (Watcher w = new Watcher(site)) {
            Thread t = new Thread(() -> w.run(bursts::add), "watcher-test");
            t.setDaemon(true);
            t.start();
            for (String name : SCRATCH) Files.writeString(site.resolve("content/types").resolve(name), "scratch");
            Files.createDirectories(site.resolve("content/sediments"));
            Files.writeString(site.resolve("content/types/co2.md"), "real");
            Set<String> seen = new java.util.TreeSet<>();
            while (!seen.contains("content/types/co2.md")) {
                Set<String> burst = bursts.poll(20, TimeUnit.SECONDS);
                assertTrue(burst != null, "no change reported; seen so far: " + seen);
                seen.addAll(burst);
            }
            assertEquals(Set.of("content/sediments", "content/types/co2.md"), seen);
        }
    }
}
