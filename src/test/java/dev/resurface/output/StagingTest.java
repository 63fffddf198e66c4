package dev.resurface.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Staging}: writes go to a staging folder that replaces the output only on commit. */
class StagingTest {
    private final Trash trash = new Trash();
    @TempDir
    Path tmp;

    /** Every regular file under {@code dir}, by relative path, with its bytes. */
    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) assertArrayEquals(expected.get(k), actual.get(k), k);
    }

    /** Folders beside the output (the .lock file is allowed to stay), once the background delete is done. */
    private List<String> folders() throws IOException, InterruptedException {
        trash.awaitIdle();
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path oldOutput() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(OutputGuard.MARKER), "");
        Files.writeString(out.resolve("index.html"), "<p>old</p>");
        Files.createDirectories(out.resolve("a"));
        Files.write(out.resolve("a/data.bin"), new byte[] {0, 1, 2, (byte) 0xFF, '\r', '\n'});
        return out;
    }

    @Test
    void stagingFolderIsAHiddenSiblingWithTheMarker() throws Exception {
        Path out = tmp.resolve("out");
        try (Staging s = Staging.begin(out, trash)) {
            assertEquals(tmp, s.root().getParent());
            assertTrue(s.root().getFileName().toString().startsWith(".out.staging-"), s.root().toString());
            assertTrue(Files.isRegularFile(s.root().resolve(OutputGuard.MARKER)));
        }
    }

    @Test
    void beginCreatesMissingParents() throws Exception {
        Path out = tmp.resolve("a/b/out");
        try (Staging s = Staging.begin(out, trash)) {
            assertTrue(Files.isDirectory(tmp.resolve("a/b")));
            s.write("index.html", "x".getBytes());
            s.commit();
        }
        assertEquals("x", Files.readString(out.resolve("index.html")));
    }

    @Test
    void writesLandInStagingNotInTheOutput() throws Exception {
        Path out = oldOutput();
        try (Staging s = Staging.begin(out, trash)) {
            s.write("types/co2/index.html", "new".getBytes());
            assertEquals("new", Files.readString(s.root().resolve("types/co2/index.html")));
            assertFalse(Files.exists(out.resolve("types")), "nothing reaches the output before commit");
            assertEquals("<p>old</p>", Files.readString(out.resolve("index.html")));
        }
    }

    @Test
    void copyLandsInStaging() throws Exception {
        Path src = Files.writeString(tmp.resolve("photo.png"), "png-bytes");
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            s.copy(src, "img/photo.png");
            assertEquals("png-bytes", Files.readString(s.root().resolve("img/photo.png")));
            s.copy(src, "img/photo.png");
            assertEquals("png-bytes", Files.readString(s.root().resolve("img/photo.png")), "copying twice replaces");
        }
    }

    @Test
    void commitSwapsInTheNewOutputAndDeletesTheOld() throws Exception {
        Path out = oldOutput();
        try (Staging s = Staging.begin(out, trash)) {
            s.write("index.html", "<p>new</p>".getBytes());
            s.write("b/page.html", "b".getBytes());
            s.commit();
        }
        assertEquals(Map.of(OutputGuard.MARKER, true, "index.html", true, "b/page.html", true),
                Map.of(OutputGuard.MARKER, Files.exists(out.resolve(OutputGuard.MARKER)),
                        "index.html", Files.exists(out.resolve("index.html")), "b/page.html", Files.exists(out.resolve("b/page.html"))));
        assertEquals("<p>new</p>", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("a/data.bin")), "files of the old output are gone");
        assertEquals(List.of("out"), folders(), "no staging or .old folder is left behind");
    }

    @Test
    void commitSetsTheOldOutputAsideAndLeavesItsDeleteToTheBackground() throws Exception {
        Path out = oldOutput();
        Map<String, byte[]> old = snapshot(out);
        try (AutoCloseable held = trash.pause()) { // the deleting thread waits: what commit left is visible
            try (Staging s = Staging.begin(out, trash)) {
                s.write("index.html", "<p>new</p>".getBytes());
                s.commit();
            }
            assertEquals("<p>new</p>", Files.readString(out.resolve("index.html")), "the new site is in place at once");
            List<Path> aside = trash();
            assertEquals(1, aside.size(), "the old output is set aside as one trash folder: " + aside);
            assertSameTree(old, snapshot(aside.get(0)));
            Staging.recover(out, trash);
            assertEquals(1, trash().size(), "a folder already on its way out is not queued again");
        }
        assertEquals(List.of("out"), folders(), "then deleted in the background");
    }

    @Test
    void aLeftoverTrashFolderIsClearedByTheNextBuild() throws Exception {
        Path out = oldOutput();
        // a process that ended in the middle of deleting the old output: part of it is gone, the marker is not
        Path half = Files.createDirectories(tmp.resolve(".out.trash-k1"));
        Files.writeString(half.resolve(OutputGuard.MARKER), "");
        Files.createDirectories(half.resolve("b/c"));
        Files.writeString(half.resolve("b/c/index.html"), "old page");
        Path empty = Files.createDirectories(tmp.resolve(".out.trash-k2")); // ended after deleting everything but the folder
        Path foreign = Files.createDirectories(tmp.resolve(".out.trash-notes")); // not ours: no marker, not empty
        Files.writeString(foreign.resolve("mine.txt"), "x");
        try (Staging s = Staging.begin(out, trash)) {
            s.write("index.html", "<p>new</p>".getBytes());
            s.commit();
        }
        assertEquals(List.of(".out.trash-notes", "out"), folders(), "the leftovers are gone, the foreign folder stays");
        assertFalse(Files.exists(empty));
        assertEquals("x", Files.readString(foreign.resolve("mine.txt")));
    }

    @Test
    void aHalfDeletedTrashFolderIsNeverRestoredAsTheOutput() throws Exception {
        Path half = Files.createDirectories(tmp.resolve(".out.trash-k3"));
        Files.writeString(half.resolve(OutputGuard.MARKER), "");
        Files.writeString(half.resolve("about.html"), "a page of a site half deleted");
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            s.write("index.html", "x".getBytes()); // then the build fails: no commit
        }
        assertFalse(Files.exists(tmp.resolve("out")), "unlike an .old folder, trash is never swapped back in");
        assertEquals(List.of(), folders());
    }

    @Test
    void anAbandonedStagingFolderIsGoneFromItsPlaceAtOnce() throws Exception {
        Path out = oldOutput();
        try (AutoCloseable held = trash.pause()) {
            Path root;
            try (Staging s = Staging.begin(out, trash)) {
                root = s.root();
                s.write("index.html", "<p>new</p>".getBytes());
            }
            assertFalse(Files.exists(root));
            assertEquals("<p>old</p>", Files.readString(out.resolve("index.html")));
        }
        assertEquals(List.of("out"), folders());
    }

    /** Trash folders beside the output, as they are now. */
    private List<Path> trash() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".out.trash-")).toList();
        }
    }

    @Test
    void commitIntoANewFolder() throws Exception {
        Path out = tmp.resolve("fresh");
        try (Staging s = Staging.begin(out, trash)) {
            s.write("index.html", "hi".getBytes());
            s.commit();
        }
        assertEquals("hi", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve(OutputGuard.MARKER)), "the output is marked as resurface's own");
        assertEquals(List.of("fresh"), folders());
    }

    @Test
    void committedOutputPassesTheGuardNextTime() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        try (Staging s = Staging.begin(out, trash)) {
            s.write("index.html", "hi".getBytes());
            s.commit();
        }
        assertEquals(java.util.Optional.empty(), OutputGuard.check(site, out));
    }

    @Test
    void closeWithoutCommitLeavesTheOldOutputByteIdentical() throws Exception {
        Path out = oldOutput();
        Map<String, byte[]> before = snapshot(out);
        Path root;
        try (Staging s = Staging.begin(out, trash)) {
            root = s.root();
            s.write("index.html", "<p>new</p>".getBytes());
            s.write("a/data.bin", new byte[] {9});
            s.write("c/x.html", "x".getBytes());
        }
        assertSameTree(before, snapshot(out));
        assertFalse(Files.exists(root), "the staging folder is deleted");
        assertEquals(List.of("out"), folders());
    }

    @Test
    void closeWithoutCommitWhenThereWasNoOutputLeavesNothing() throws Exception {
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            s.write("index.html", "x".getBytes());
        }
        assertFalse(Files.exists(tmp.resolve("out")));
        assertEquals(List.of(), folders());
    }

    @Test
    void closeAfterCommitKeepsTheOutput() throws Exception {
        Path out = tmp.resolve("out");
        Staging s = Staging.begin(out, trash);
        s.write("index.html", "x".getBytes());
        s.commit();
        s.close();
        s.close();
        assertEquals("x", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aSecondBuildOfTheSameOutputIsRefusedWhileTheFirstRuns() throws Exception {
        Path out = tmp.resolve("out");
        try (Staging first = Staging.begin(out, trash)) {
            Staging.BusyException e = assertThrows(Staging.BusyException.class, () -> Staging.begin(out, trash));
            assertTrue(e.getMessage().contains("another resurface build is writing"), e.getMessage());
            first.write("index.html", "1".getBytes());
            first.commit();
        }
        try (Staging second = Staging.begin(out, trash)) {
            second.write("index.html", "2".getBytes());
            second.commit();
        }
        assertEquals("2", Files.readString(out.resolve("index.html")));
    }

    // ---- resolve

    @Test
    void resolveRefusesPathsThatLeaveStaging() throws Exception {
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            for (String bad : List.of("../x", "a/../../x", "/abs", "/etc/passwd", ".", "a/..")) {
                IOException e = assertThrows(IOException.class, () -> s.resolve(bad), bad);
                assertEquals("output path '" + bad + "' leaves the output folder", e.getMessage());
            }
        }
    }

    @Test
    void resolveRefusesBackslashesNulAndEmpty() throws Exception {
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            for (String bad : List.of("a\\b", "..\\x", "a\0b", "")) {
                IOException e = assertThrows(IOException.class, () -> s.resolve(bad), bad);
                assertEquals("invalid output path '" + bad + "'", e.getMessage());
            }
        }
    }

    @Test
    void refusedWritesTouchNothing() throws Exception {
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            assertThrows(IOException.class, () -> s.write("../escaped.html", "x".getBytes()));
            assertThrows(IOException.class, () -> s.copy(Files.writeString(tmp.resolve("src"), "x"), "../../escaped2"));
        }
        assertFalse(Files.exists(tmp.resolve("escaped.html")));
        assertFalse(Files.exists(tmp.getParent().resolve("escaped2")));
    }

    @Test
    void resolveAcceptsNormalPathsInsideStaging() throws Exception {
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            assertEquals(s.root().resolve("types/co2/index.html"), s.resolve("types/co2/index.html"));
            assertEquals(s.root().resolve("b"), s.resolve("a/../b"));
            assertEquals(s.root().resolve("..hidden"), s.resolve("..hidden"), "'..hidden' is a name, not a parent");
        }
    }

    // ---- recover

    @Test
    void recoverRestoresAnOldFolderWhenTheOutputIsMissing() throws Exception {
        Path old = Files.createDirectories(tmp.resolve(".out.old-123"));
        Files.writeString(old.resolve("index.html"), "previous");
        Staging.recover(tmp.resolve("out"), trash);
        assertEquals("previous", Files.readString(tmp.resolve("out/index.html")));
        assertFalse(Files.exists(old));
    }

    @Test
    void recoverDeletesAnOldFolderWhenTheOutputExists() throws Exception {
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out/index.html"), "current");
        Path old = Files.createDirectories(tmp.resolve(".out.old-123"));
        Files.writeString(old.resolve("index.html"), "previous");
        Staging.recover(tmp.resolve("out"), trash);
        assertEquals("current", Files.readString(tmp.resolve("out/index.html")));
        assertFalse(Files.exists(old));
    }

    @Test
    void recoverDeletesAbandonedStagingFoldersWithTheMarker() throws Exception {
        Path stale = Files.createDirectories(tmp.resolve(".out.staging-999"));
        Files.writeString(stale.resolve(OutputGuard.MARKER), "");
        Files.writeString(stale.resolve("half.html"), "half");
        Staging.recover(tmp.resolve("out"), trash);
        assertFalse(Files.exists(stale));
    }

    @Test
    void recoverDeletesAnEmptyStagingFolderABuildKilledBeforeItsMarkerLeft() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve(".out.staging-998"));
        Staging.recover(tmp.resolve("out"), trash);
        assertFalse(Files.exists(empty));
    }

    @Test
    void aSwapWhoseSecondRenameFailsPutsTheOldOutputBack() throws Exception {
        Path out = oldOutput();
        Map<String, byte[]> before = snapshot(out);
        try (Staging s = Staging.begin(out, trash)) {
            s.write("index.html", "<p>new</p>".getBytes());
            Trash.delete(s.root()); // the staging folder vanishes: renaming it into place fails
            assertThrows(IOException.class, s::commit);
        }
        assertSameTree(before, snapshot(out));
        assertEquals(List.of("out"), folders(), "no .old folder is left");
    }

    @Test
    void recoverLeavesForeignLookalikesAlone() throws Exception {
        Path noMarker = Files.createDirectories(tmp.resolve(".out.staging-notes"));
        Files.writeString(noMarker.resolve("mine.txt"), "x");
        Path otherOutput = Files.createDirectories(tmp.resolve(".outer.old-1"));
        Path file = Files.writeString(tmp.resolve(".out.old-file"), "not a folder");
        Staging.recover(tmp.resolve("out"), trash);
        assertTrue(Files.exists(noMarker.resolve("mine.txt")));
        assertTrue(Files.exists(otherOutput));
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void beginRestoresAKilledSwapBeforeStaging() throws Exception {
        Path old = Files.createDirectories(tmp.resolve(".out.old-42"));
        Files.writeString(old.resolve("index.html"), "previous");
        try (Staging s = Staging.begin(tmp.resolve("out"), trash)) {
            assertEquals("previous", Files.readString(tmp.resolve("out/index.html")), "restored as soon as the next build begins");
        }
        assertEquals("previous", Files.readString(tmp.resolve("out/index.html")), "and still there after an abandoned build");
    }

    // recover() lists the siblings with Files.newDirectoryStream(parent, "." + name + "*"): a glob built
    // from the folder name, so glob characters in the name must not be taken as glob syntax.

    @Test
    void outputNameWithBracketsIsRecoveredToo() throws Exception {
        Path old = Files.createDirectories(tmp.resolve(".out[1].old-7"));
        Files.writeString(old.resolve("index.html"), "previous");
        Path out = tmp.resolve("out[1]");
        try (Staging s = Staging.begin(out, trash)) {
            s.write("x.html", "x".getBytes());
        }
        assertTrue(Files.exists(out.resolve("index.html")), "the output left as .out[1].old-7 by a killed swap is restored");
    }

    @Test
    void outputNameWithABraceDoesNotCrashTheBuild() throws Exception {
        Path out = tmp.resolve("out{x");
        try (Staging s = Staging.begin(out, trash)) {
            s.write("index.html", "x".getBytes());
            s.commit();
        }
        assertEquals("x", Files.readString(out.resolve("index.html")));
    }
}
