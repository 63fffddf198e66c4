package dev.resurface.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resurface.build.Build;
import dev.resurface.build.BuildOptions;
import dev.resurface.build.BuildResult;
import dev.resurface.diag.Diagnostic;
import dev.resurface.output.OutputSink;
import dev.resurface.testing.Fixtures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failing disk or a second build does to the output folder: a full disk and a read-only
 * file system are one clear error at --output and the previous site stays byte for byte; two
 * builds of the same output never interleave (the second is refused while the first writes).
 *
 * The full-disk and read-only cases run twice: against a test double that fails every write the
 * way a full disk does (always), and against a real tmpfs of a few hundred kilobytes (only where
 * the test may mount one, i.e. as root; elsewhere JUnit reports those tests as skipped, never as passed).
 */
@Tag("slow") // fills disks and races two builds
class OutputIntegrityTest {
    static final String DISK_FULL_HINT = "(free some space and build again; the previous site was left as it was)";
    static final String OUTPUT_HINT = "(check the folder's permissions and free space; the previous site was left as it was)";

    @TempDir
    Path tmp;

    /** A second version of the basic fixture: one page edited. */
    private Path editedCopy(Path site, String name) throws IOException {
        Path b = Fixtures.copy(site, tmp.resolve(name));
        Path page = b.resolve("content/types/co2.md");
        Files.writeString(page, Files.readString(page) + "\nA new paragraph.\n");
        return b;
    }

    private static Fixtures.Run build(Path site, Path out) {
        return Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString());
    }

    private static List<String> leftovers(Path dir, Path out) throws IOException {
        String staging = "." + out.getFileName() + ".staging-";
        String old = "." + out.getFileName() + ".old-";
        return Fixtures.list(dir).stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith(staging) || n.startsWith(old)).toList();
    }

    // ---- a full disk, deterministically

    /** Accepts {@code room} files, then fails each write as Linux does on a full disk. */
    static final class FullDisk implements OutputSink {
        final int room;
        final AtomicInteger attempts = new AtomicInteger();

        FullDisk(int room) { this.room = room; }

        @Override
        public void write(String rel, byte[] bytes) throws IOException {
            if (attempts.incrementAndGet() > room) throw new FileSystemException("/out/" + rel, null, "No space left on device");
        }

        @Override
        public void copy(Path source, String rel) throws IOException {
            write(rel, new byte[0]);
        }
    }

    @Test
    void aDiskThatFillsUpWhileWritingIsOneErrorCountingTheFilesNotWritten() throws Exception {
        Path site = Fixtures.site("basic", tmp);
        BuildOptions opts = BuildOptions.defaults(site).withThreads(2);
        FullDisk roomy = new FullDisk(Integer.MAX_VALUE);
        assertTrue(new Build(opts, "test").runInto(roomy).ok());
        int files = roomy.attempts.get();

        FullDisk full = new FullDisk(3);
        BuildResult r = new Build(opts, "test").runInto(full);

        assertFalse(r.ok());
        assertEquals(files, full.attempts.get(), "every file was tried");
        assertEquals(List.of("--output: error: the disk is full: " + (files - 3) + " files could not be written " + DISK_FULL_HINT),
                r.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void oneFileThatDoesNotFitIsStillToldAsAFullDisk() throws Exception {
        Path site = Fixtures.site("basic", tmp);
        BuildOptions opts = BuildOptions.defaults(site).withThreads(1);
        FullDisk roomy = new FullDisk(Integer.MAX_VALUE);
        new Build(opts, "test").runInto(roomy);
        BuildResult r = new Build(opts, "test").runInto(new FullDisk(roomy.attempts.get() - 1));
        assertEquals(List.of("--output: error: the disk is full: 1 file could not be written " + DISK_FULL_HINT),
                r.diagnostics().stream().map(Diagnostic::format).toList());
    }

    // ---- a full disk and a read-only file system, for real

    /** A tmpfs mounted at a folder under the test's temporary folder, unmounted by close(). */
    record Tmpfs(Path dir) implements AutoCloseable {
        static Tmpfs mount(Path dir, String size) throws Exception {
            Files.createDirectories(dir);
            assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()),
                    "mounting a tmpfs needs root (or CAP_SYS_ADMIN); without it this real-disk check is skipped");
            return new Tmpfs(dir);
        }

        void remount(String mode) throws Exception {
            assertTrue(run("mount", "-o", "remount," + mode, dir.toString()), "remount " + mode);
        }

        /** Leaves about {@code free} bytes free. */
        void fill(long free) throws IOException {
            long usable = Files.getFileStore(dir).getUsableSpace();
            byte[] block = new byte[4096];
            try (var out = Files.newOutputStream(dir.resolve("filler"))) {
                for (long left = usable - free; left > 0; left -= block.length) out.write(block);
            } catch (IOException full) {
                // asked for more than there was: the disk is simply full
            }
        }

        void unfill() throws IOException {
            Files.deleteIfExists(dir.resolve("filler"));
        }

        static boolean run(String... cmd) throws Exception {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        }

        @Override
        public void close() throws Exception {
            if (!run("umount", dir.toString())) run("umount", "-l", dir.toString());
        }
    }

    @Test
    void aRealDiskFillingUpMidBuildOrBeforeItLeavesThePreviousSite() throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path edited = editedCopy(site, "edited");
        Path reference = tmp.resolve("reference");
        assertEquals(0, build(edited, reference).exit());
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "512k")) {
            Path out = disk.dir().resolve("out");
            assertEquals(0, build(site, out).exit());
            Map<String, String> before = Fixtures.snapshot(out);

            disk.fill(32 * 1024); // room for a few pages of the next build, not all
            Fixtures.Run midway = build(edited, out);
            assertEquals(1, midway.exit());
            assertEquals(2, midway.errLines().size(), midway.err());
            assertTrue(midway.errLines().get(0).matches("--output: error: the disk is full: \\d+ files? could not be written \\Q" + DISK_FULL_HINT + "\\E"),
                    midway.err());
            assertEquals("1 error, 0 warnings; nothing was written", midway.errLines().get(1));
            assertEquals(before, Fixtures.snapshot(out), "the previous site, byte for byte");
            assertEquals(List.of(), leftovers(disk.dir(), out), "no staging folder is left on the full disk");

            disk.unfill();
            disk.fill(0); // not even room for the staging folder's marker
            Fixtures.Run atOnce = build(edited, out);
            assertEquals(1, atOnce.exit());
            assertTrue(atOnce.errLines().get(0).matches("--output: error: cannot read or write( \\S+)?: the disk is full \\Q" + OUTPUT_HINT + "\\E"),
                    atOnce.err());
            assertEquals(before, Fixtures.snapshot(out));
            assertEquals(List.of(), leftovers(disk.dir(), out), "an unmarked staging folder would never be cleaned up: none is left");

            disk.unfill();
            assertEquals(0, build(edited, out).exit(), "with space again the build succeeds");
            assertEquals(Fixtures.snapshot(reference), Fixtures.snapshot(out));
        }
    }

    @Test
    void aReadOnlyFileSystemIsOneClearErrorAtOutput() throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path edited = editedCopy(site, "edited");
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "512k")) {
            Path out = disk.dir().resolve("out");
            assertEquals(0, build(site, out).exit());
            Map<String, String> before = Fixtures.snapshot(out);
            disk.remount("ro");
            try {
                Fixtures.Run run = build(edited, out);
                assertEquals(1, run.exit());
                assertEquals(List.of("--output: error: cannot read or write " + disk.dir().resolve(".out.lock") + ": the file system is read-only " + OUTPUT_HINT,
                        "1 error, 0 warnings; nothing was written"), run.errLines());
                assertEquals(before, Fixtures.snapshot(out));
            } finally {
                disk.remount("rw");
            }
            assertEquals(0, build(edited, out).exit(), "writable again, the build succeeds");
        }
    }

    // ---- two builds of the same output

    @Test
    void aBuildInAnotherProcessHoldingTheOutputMakesThisOneRefuse() throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(site, out).exit());
        Map<String, String> before = Fixtures.snapshot(out);
        Path edited = editedCopy(site, "edited");
        // this JVM plays the other build: it holds the lock a build holds while it writes
        try (FileChannel ch = FileChannel.open(tmp.resolve(".out.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            Process child = childBuild(edited, out);
            String err = new String(child.getInputStream().readAllBytes());
            assertTrue(child.waitFor(120, TimeUnit.SECONDS));
            assertEquals(1, child.exitValue(), err);
            assertEquals("--output: error: another resurface build is writing " + out + " (wait for it to finish, or build into another folder)\n"
                    + "1 error, 0 warnings; nothing was written\n", err);
            assertEquals(before, Fixtures.snapshot(out));
        }
        Process child = childBuild(edited, out);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), "once the lock is released the build goes ahead");
    }

    static Process childBuild(Path site, Path out) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.resurface.cli.Main",
                "build", "--quiet", "--site", site.toString(), "--output", out.toString()).redirectErrorStream(true).start();
    }

    @Test
    void concurrentBuildsOfTwoVersionsLeaveOneCompleteSiteAndRefuseCleanly() throws Exception {
        Path a = Fixtures.site("basic", tmp);
        Path b = editedCopy(a, "edited");
        Map<String, String> siteA = referenceOf(a, "ref-a");
        Map<String, String> siteB = referenceOf(b, "ref-b");
        Path out = tmp.resolve("out");
        String busy = "--output: error: another resurface build is writing " + out + " (wait for it to finish, or build into another folder)\n"
                + "1 error, 0 warnings; nothing was written\n";
        int builders = 4;
        int rounds = 4;
        int built = 0;
        int refused = 0;
        ExecutorService pool = Executors.newFixedThreadPool(builders);
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier start = new CyclicBarrier(builders);
                List<Future<Fixtures.Run>> runs = new ArrayList<>();
                for (int i = 0; i < builders; i++) {
                    Path site = i % 2 == 0 ? a : b;
                    runs.add(pool.submit((Callable<Fixtures.Run>) () -> {
                        start.await(30, TimeUnit.SECONDS);
                        return build(site, out);
                    }));
                }
                for (Future<Fixtures.Run> f : runs) {
                    Fixtures.Run r = f.get(180, TimeUnit.SECONDS);
                    if (r.exit() == 0) built++;
                    else {
                        assertEquals(busy, r.err(), "the only way a concurrent build may fail");
                        refused++;
                    }
                }
                Map<String, String> now = Fixtures.snapshot(out);
                assertTrue(now.equals(siteA) || now.equals(siteB), "round " + round + ": the output is one complete site");
                assertEquals(List.of(), leftovers(tmp, out));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(builders * rounds, built + refused);
        assertTrue(built >= rounds, "at least one build per round went through");
        System.out.printf("concurrent builds: %d rounds of %d, %d built, %d refused as busy%n", rounds, builders, built, refused);
    }

    private Map<String, String> referenceOf(Path site, String name) {
        Path ref = tmp.resolve(name);
        assertEquals(0, build(site, ref).exit());
        return Fixtures.snapshot(ref);
    }
}
