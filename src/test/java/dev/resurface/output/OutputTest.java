package dev.resurface.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
    private final Trash trash = new Trash();
    @Test
    void guardRefusesDangerousFolders(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(site.resolve("content"));
        assertTrue(OutputGuard.check(site, Path.of("/")).isPresent());
        assertTrue(OutputGuard.check(site, Path.of(System.getProperty("user.home"))).isPresent());
        assertTrue(OutputGuard.check(site, site).isPresent());
        assertTrue(OutputGuard.check(site, tmp).isPresent(), "a folder containing the site");
        assertTrue(OutputGuard.check(site, site.resolve("content/out")).isPresent());
        assertTrue(OutputGuard.check(site, site.resolve("templates")).isPresent());
        Files.writeString(tmp.resolve("file"), "x");
        assertTrue(OutputGuard.check(site, tmp.resolve("file")).isPresent());
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("x"), "x");
        assertEquals(Optional.of("output folder " + foreign + " is not empty and was not made by resurface"), OutputGuard.check(site, foreign));
    }

    @Test
    void guardAcceptsNewEmptyAndOwnFolders(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        assertEquals(Optional.empty(), OutputGuard.check(site, site.resolve("site-output")));
        assertEquals(Optional.empty(), OutputGuard.check(site, Files.createDirectories(tmp.resolve("empty"))));
        Path own = Files.createDirectories(tmp.resolve("own"));
        Files.writeString(own.resolve(OutputGuard.MARKER), "");
        Files.writeString(own.resolve("index.html"), "");
        assertEquals(Optional.empty(), OutputGuard.check(site, own));
    }

    @Test
    void stagingSwapsOnlyOnCommit(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.html"), "old");
        try (Staging s = Staging.begin(out, trash)) {
            s.write("a/index.html", "new".getBytes());
            assertFalse(Files.exists(out.resolve("a/index.html")), "nothing reaches the output before commit");
        }
        assertEquals("old", Files.readString(out.resolve("old.html")), "an abandoned build leaves the output as it was");
        assertEquals(List.of(".out.lock", "out"), names(tmp), "the abandoned staging folder is removed");
        try (Staging s = Staging.begin(out, trash)) {
            s.write("a/index.html", "new".getBytes());
            s.commit();
        }
        assertEquals("new", Files.readString(out.resolve("a/index.html")));
        assertFalse(Files.exists(out.resolve("old.html")));
        assertEquals(List.of(".out.lock", "out"), names(tmp));
    }

    @Test
    void aSecondBuildOfTheSameOutputIsRefusedWhileTheFirstRuns(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        try (Staging first = Staging.begin(out, trash)) {
            Staging.BusyException e = assertThrows(Staging.BusyException.class, () -> Staging.begin(out, trash));
            assertEquals("another resurface build is writing " + out, e.getMessage());
            first.write("index.html", "first".getBytes());
            first.commit();
        }
        try (Staging again = Staging.begin(out, trash)) {
            assertTrue(Files.isDirectory(again.root()), "the lock is released when a build ends");
        }
        assertEquals("first", Files.readString(out.resolve("index.html")));
    }

    @Test
    void stagingRefusesPathsThatLeaveIt(@TempDir Path tmp) throws Exception {
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            for (String bad : new String[] {"../x", "a/../../x", "/etc/x", "a\\b", "a\0b", ""}) {
                assertThrows(IOException.class, () -> s.write(bad, new byte[0]), bad);
            }
        }
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void recoverRestoresOutputLeftAsOldByAKilledSwap(@TempDir Path tmp) throws Exception {
        Path old = Files.createDirectories(tmp.resolve(".out.old-123"));
        Files.writeString(old.resolve("index.html"), "previous");
        Staging.recover(tmp.resolve("out"), trash);
        assertEquals("previous", Files.readString(tmp.resolve("out/index.html")));
    }

    @Test
    void assetsAreFingerprinted(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("css"));
        Files.writeString(tmp.resolve("css/style.css"), "body{}");
        Files.writeString(tmp.resolve("favicon"), "x");
        List<Assets.Asset> a = Assets.scan(tmp);
        assertEquals(List.of("css/style.css", "favicon"), a.stream().map(Assets.Asset::name).toList());
        assertTrue(a.get(0).sitePath().matches("/assets/css/style\\.[0-9a-f]{8}\\.css"), a.get(0).sitePath());
        assertTrue(a.get(1).sitePath().matches("/assets/favicon\\.[0-9a-f]{8}"), a.get(1).sitePath());
        assertEquals("/guide" + a.get(0).sitePath(), Assets.urls(a, "/guide/").get("css/style.css"));
    }

    /** What is beside the output once the background delete of replaced and abandoned folders is done. */
    private List<String> names(Path dir) throws IOException, InterruptedException {
        trash.awaitIdle();
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
