package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.IoMessages;
import dev.resurface.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disk trouble is told in words, once, and never as a Java class name or a stack trace. */
@Tag("slow") // builds fixture sites through the CLI
class IoErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void ioFailuresAreDescribedInWords() {
        assertEquals("cannot read or write /x/y: permission denied", Build.ioMessage(new AccessDeniedException("/x/y")));
        assertEquals("cannot read or write /x: a file is in the way where a folder is needed", Build.ioMessage(new NotDirectoryException("/x")));
        assertEquals("cannot read or write /x/z: the disk is full", Build.ioMessage(new FileSystemException("/x/z", null, "No space left on device")));
        assertEquals("cannot read or write /x/z: the file system is read-only", Build.ioMessage(new FileSystemException("/x/z", null, "Read-only file system")));
        // a failed write() names no file: the reason is the whole message
        assertEquals("cannot read or write: the disk is full", Build.ioMessage(new java.io.IOException("No space left on device")));
    }

    @Test
    void eachCommonFailureHasItsOwnSentence() throws Exception {
        Path missing = tmp.resolve("missing");
        assertEquals("the folder " + missing + " does not exist", IoMessages.reason(new NoSuchFileException(missing.resolve("r.json").toString())));
        assertEquals("no such file or folder", IoMessages.reason(new NoSuchFileException(tmp.resolve("gone.md").toString())));
        assertEquals("it is a folder, where a file is needed", IoMessages.reason(new FileSystemException("/x", null, "Is a directory")));
        assertEquals("a file is in the way where a folder is needed", IoMessages.reason(new FileSystemException("/x/y", null, "Not a directory")));
        assertEquals("your disk quota is used up", IoMessages.reason(new IOException("Disk quota exceeded")));
        assertEquals("the name is too long", IoMessages.reason(new FileSystemException("/x", null, "File name too long")));
        assertEquals("permission denied", IoMessages.reason(new FileSystemException("/proc/x", null, "Operation not permitted")));
        assertTrue(IoMessages.reason(new IOException("User limit of inotify watches reached")).startsWith("the system's limit on watched folders is reached"));
        // a stream over a folder wraps its failure: it is still disk trouble, not a bug
        assertEquals(Optional.of("cannot read or write /t: permission denied"),
                IoMessages.cause(new UncheckedIOException(new AccessDeniedException("/t"))).map(IoMessages::describe));
        assertEquals(Optional.empty(), IoMessages.cause(new IllegalStateException("a bug")));
    }

    @Test
    void aFullDiskIsReportedOnceNotPerFile() {
        List<Diagnostic> many = List.of(
                Diagnostic.error("content/a.md", 0, 0, "cannot write a/index.html: No space left on device", ""),
                Diagnostic.error("content/b.md", 0, 0, "cannot write b/index.html: No space left on device", ""),
                Diagnostic.warning("content/c.md", 3, 1, "something else", ""));
        List<Diagnostic> out = dev.resurface.diag.Diagnostics.diskFullOnce(many);
        assertEquals(2, out.size());
        assertEquals("--output: error: the disk is full: 2 files could not be written (free some space and build again; the previous site was left as it was)",
                out.get(0).format());
        // the same in this engine's words ("cannot write x: the disk is full")
        List<Diagnostic> worded = dev.resurface.diag.Diagnostics.diskFullOnce(List.of(
                Diagnostic.error("content/a.md", 0, 0, "cannot write a/index.html: " + IoMessages.DISK_FULL, ""),
                Diagnostic.error("content/b.md", 0, 0, "cannot copy to the output folder: " + IoMessages.DISK_FULL, "")));
        assertEquals(List.of("--output: error: the disk is full: 2 files could not be written (free some space and build again; the previous site was left as it was)"),
                worded.stream().map(Diagnostic::format).toList());
    }

    @Test
    void anOutputFolderUnderAFileIsAClearErrorAtOutput() throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Files.writeString(tmp.resolve("afile"), "x");
        Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--output", tmp.resolve("afile/out").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("--output: error: cannot read or write " + tmp.resolve("afile") + ": a file is in the way where a folder is needed"), run.err());
    }
}
