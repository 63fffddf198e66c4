package dev.resurface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resurface.build.BuildCache;
import dev.resurface.build.BuildResult;
import dev.resurface.diag.Diagnostic;
import dev.resurface.serve.DevServer;
import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path that cannot be used is a plain error naming the path and why: exit 2 for an option value
 * refused up front, 1 for a write that failed; never "internal error … this is a bug".
 */
@Tag("slow") // builds fixture sites through the CLI
class PathErrorsTest {
    @TempDir
    Path tmp;

    private Path site() {
        return Fixtures.site("basic", tmp);
    }

    private static void plain(Fixtures.Run r) {
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aReportIntoAMissingFolderMakesTheFolder() {
        Path report = tmp.resolve("reports/ci/check.json");
        Fixtures.Run r = Fixtures.cli("check", "--site", site().toString(), "--report", report.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Fixtures.read(report).startsWith("{\"ok\":true,"));
    }

    @Test
    void aFolderGivenAsTheReportIsRefusedUpFront() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Fixtures.Run r = Fixtures.cli("check", "--site", site().toString(), "--report", dir.toString());
        assertEquals(2, r.exit());
        plain(r);
        assertTrue(r.err().startsWith("--report " + dir + " is a folder; give a file name, e.g. " + dir.resolve("report.json") + "\n"), r.err());
        assertEquals("", r.out(), "refused before the check ran");
    }

    @Test
    void aReportPathThroughAFileIsRefusedUpFront() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        Fixtures.Run r = Fixtures.cli("check", "--site", site().toString(), "--report", file.resolve("r.json").toString());
        assertEquals(2, r.exit());
        plain(r);
        assertTrue(r.err().startsWith("--report " + file.resolve("r.json") + " cannot be written: " + file + " is a file, not a folder\n"), r.err());
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorAfterTheCheck() {
        Path full = Path.of("/dev/full"); // Linux: every write fails with "No space left on device"
        assumeTrue(Files.isWritable(full), "needs /dev/full");
        Fixtures.Run r = Fixtures.cli("check", "--site", site().toString(), "--report", full.toString());
        assertEquals(1, r.exit());
        plain(r);
        assertTrue(r.out().startsWith("checked 6 pages: 0 errors, 0 warnings"), "the check's own results are printed: " + r.out());
        assertEquals("--report: error: cannot write /dev/full: the disk is full (the check's results are above; free some space or choose another --report path)\n",
                r.err());
    }

    @Test
    void aCacheThatIsAFileOrUnderAFileIsRefusedUpFront() throws Exception {
        Path file = Files.writeString(tmp.resolve("cache.txt"), "x");
        Fixtures.Run isFile = Fixtures.cli("build", "--site", site().toString(), "--cache", file.toString());
        assertEquals(2, isFile.exit());
        plain(isFile);
        assertTrue(isFile.err().startsWith("--cache " + file + " is a file, not a folder; choose a folder of its own, e.g. .resurface-cache\n"), isFile.err());
        Fixtures.Run under = Fixtures.cli("build", "--site", site().toString(), "--cache", file.resolve("c").toString());
        assertEquals(2, under.exit());
        plain(under);
        assertTrue(under.err().startsWith("--cache " + file.resolve("c") + ": cannot use this folder (cannot read or write " + file.resolve("c")
                + ": a file is in the way where a folder is needed)\n"), under.err());
    }

    @Test
    void anIoFailureReachingTheTopIsAPlainError() throws Exception {
        Path site = site();
        Files.writeString(site.resolve("content/notes"), "a file where new wants a folder");
        Fixtures.Run r = Fixtures.cli("new", "--site", site.toString(), "notes/first.md");
        assertEquals(1, r.exit());
        plain(r);
        assertEquals("resurface: error: cannot read or write " + site.resolve("content/notes") + ": a file is in the way where a folder is needed\n", r.err());
    }

    @Test
    void serveRefusesAHostThatDoesNotResolve() {
        Fixtures.Run r = Fixtures.cli("serve", "--site", site().toString(), "--port", "0", "--host", "no-such-host.invalid");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("--host no-such-host.invalid is not an address or a known host name;"), r.err());
    }

    @Test
    void checkTakesVerboseLikeBuild() {
        Fixtures.Run r = Fixtures.cli("check", "--verbose", "--site", site().toString());
        assertEquals(0, r.exit(), r.err());
        for (String stage : new String[] {"load", "parse", "link", "markdown", "render"}) {
            assertTrue(r.err().matches("(?s).*resurface: " + stage + " +\\d+ ms\n.*"), stage + " in " + r.err());
        }
        assertEquals(2, Fixtures.cli("check", "-q", "-v").exit(), "--quiet and --verbose exclude each other");
    }

    @Test
    void serveSaysWhatItServesAfterAFailedBuild() {
        BuildResult failed = new BuildResult(false, List.of(Diagnostic.error("content/a.md", 1, 1, "x", "")), 0, 0, 5, List.of());
        BuildResult ok = new BuildResult(true, List.of(Diagnostic.warning("content/a.md", 1, 1, "x", "")), 1, 0, 5, List.of());
        assertEquals("build failed: 1 error; nothing to serve yet: fix the errors and save, and the site appears",
                ServeCommand.summary(rebuilt(failed, Set.of()), false));
        assertEquals("rebuild failed (content/a.md): 1 error; nothing to serve yet: fix the errors and save, and the site appears",
                ServeCommand.summary(rebuilt(failed, Set.of("content/a.md")), false));
        assertEquals("rebuild failed (content/a.md): 1 error; still serving the last good build",
                ServeCommand.summary(rebuilt(failed, Set.of("content/a.md")), true));
        assertEquals("rebuilt (content/a.md): 1 page (0 reused), 1 warning in 7 ms", ServeCommand.summary(rebuilt(ok, Set.of("content/a.md")), true));
    }

    private static DevServer.Rebuilt rebuilt(BuildResult r, Set<String> changed) {
        return new DevServer.Rebuilt(r, changed, 7, new BuildCache.Reuse(0, 0), "", false);
    }
}
