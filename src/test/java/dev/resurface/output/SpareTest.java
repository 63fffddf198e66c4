package dev.resurface.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Spare}: with {@code keepSpare} (build --cache) the site a swap replaces is kept and the next build's
 * staging folder is made from it. The result must be exactly what an empty staging folder would give, and the
 * published site must never change before the swap.
 */
class SpareTest {
    private final Trash trash = new Trash();
    @TempDir
    Path tmp;

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.equals(dir)) continue;
                String rel = dir.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "/" : Files.readString(p));
            }
        }
        return out;
    }

    /** Folders beside the output, once the background delete is done. */
    private List<String> beside() throws Exception {
        trash.awaitIdle();
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString().replaceAll("-[0-9a-z]+$", "-*")).sorted().toList();
        }
    }

    /** One build: writes {@code write}, keeps {@code reuse} from the output, nothing else. */
    private void build(Path out, Map<String, String> write, List<String> reuse, boolean commit) throws IOException {
        try (Staging s = Staging.begin(out, trash, true)) {
            for (Map.Entry<String, String> w : write.entrySet()) s.write(w.getKey(), w.getValue().getBytes(StandardCharsets.UTF_8));
            for (String r : reuse) assertTrue(s.reuse(r), r);
            if (commit) s.commit();
        }
    }

    @Test
    void theReplacedSiteIsKeptAndWhatTheNextBuildDoesNotMakeIsRemovedFromIt() throws Exception {
        Path out = tmp.resolve("out");
        build(out, Map.of("index.html", "one", "a/index.html", "a1", "b/c/index.html", "c1", "gone/index.html", "g"), List.of(), true);
        assertEquals(List.of("out"), beside());
        build(out, Map.of("index.html", "two", "new/index.html", "n"), List.of("a/index.html", "b/c/index.html"), true);
        assertEquals(List.of(".out.spare-*", "out"), beside(), "the replaced site is kept, not deleted");
        Map<String, String> expected = snapshot(out);
        // the third build starts from the first build's site: 'gone' and the old home page must not survive
        build(out, Map.of("index.html", "three", "new/index.html", "n"), List.of("a/index.html", "b/c/index.html"), true);
        expected.put("index.html", "three");
        assertEquals(expected, snapshot(out), "exactly the files of this build, no folder more");
        assertFalse(Files.exists(out.resolve("gone")));
        assertEquals(List.of(".out.spare-*", "out"), beside());
    }

    @Test
    void aFileTheSpareSharesWithThePublishedSiteIsNeverWrittenInPlace() throws Exception {
        Path out = tmp.resolve("out");
        build(out, Map.of("a/index.html", "first"), List.of(), true);
        build(out, Map.of(), List.of("a/index.html"), true); // published a/index.html is now the spare's file too
        try (Staging s = Staging.begin(out, trash, true)) {
            Object published = Files.readAttributes(out.resolve("a/index.html"), BasicFileAttributes.class).fileKey();
            Object spare = Files.readAttributes(s.root().resolve("a/index.html"), BasicFileAttributes.class).fileKey();
            assertEquals(published, spare, "the same file, linked");
            s.write("a/index.html", "second".getBytes(StandardCharsets.UTF_8));
            assertEquals("first", Files.readString(out.resolve("a/index.html")), "the published site is untouched before the swap");
            s.commit();
        }
        assertEquals("second", Files.readString(out.resolve("a/index.html")));
    }

    @Test
    void aFailedBuildLeavesThePublishedSiteAndItsStagingFolderBecomesTheSpare() throws Exception {
        Path out = tmp.resolve("out");
        build(out, Map.of("index.html", "one", "a/index.html", "a1"), List.of(), true);
        Map<String, String> published = snapshot(out);
        build(out, Map.of("index.html", "broken", "x/index.html", "x"), List.of(), false);
        assertEquals(published, snapshot(out));
        assertEquals(List.of(".out.spare-*", "out"), beside());
        build(out, Map.of("index.html", "two"), List.of("a/index.html"), true);
        assertEquals(Map.of(".resurface-output", snapshot(out).get(".resurface-output"), "a", "/", "a/index.html", "a1", "index.html", "two"), snapshot(out));
    }

    @Test
    void aFileWhereAFolderMustBeAndAFolderWhereAFileMustBeAreReplaced() throws Exception {
        Path out = tmp.resolve("out");
        build(out, Map.of("a", "a file", "b/index.html", "b"), List.of(), true);
        build(out, Map.of("c", "c"), List.of(), true);
        build(out, Map.of("a/index.html", "now a folder", "b", "now a file"), List.of(), true);
        Map<String, String> got = snapshot(out);
        got.remove(".resurface-output");
        assertEquals(Map.of("a", "/", "a/index.html", "now a folder", "b", "now a file"), got);
    }

    /** Seeded random builds with spares give the same tree as the same builds into empty staging folders. */
    @Test
    void randomBuildsWithSparesEqualBuildsWithout() throws Exception {
        Random random = new Random(20);
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        List<String> names = List.of("index.html", "a/index.html", "a/b/index.html", "c/index.html", "d", "c/e.css", "f/g/h/index.html");
        for (int step = 0; step < 30; step++) {
            Map<String, String> write = new TreeMap<>();
            List<String> reuse = new java.util.ArrayList<>();
            boolean commit = random.nextInt(5) > 0;
            for (String n : names) {
                int what = random.nextInt(3);
                boolean there = Files.isRegularFile(with.resolve(n)) && Files.isRegularFile(without.resolve(n));
                if (what == 1 && there) reuse.add(n);
                else if (what > 0 && !conflicts(n, write.keySet())) write.put(n, n + " at step " + step);
            }
            reuse.removeIf(r -> conflicts(r, write.keySet()));
            build(with, write, reuse, commit);
            try (Staging s = Staging.begin(without, trash, false)) {
                for (Map.Entry<String, String> w : write.entrySet()) s.write(w.getKey(), w.getValue().getBytes(StandardCharsets.UTF_8));
                for (String r : reuse) assertTrue(s.reuse(r), r);
                if (commit) s.commit();
            }
            if (Files.exists(without)) assertEquals(snapshot(without), snapshot(with), "step " + step);
        }
    }

    /** Whether {@code n} and one of {@code others} cannot both be files (one is the other's folder). */
    private static boolean conflicts(String n, java.util.Set<String> others) {
        for (String o : others) if (o.startsWith(n + "/") || n.startsWith(o + "/")) return true;
        return false;
    }
}
