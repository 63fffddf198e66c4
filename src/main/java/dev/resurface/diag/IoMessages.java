package dev.resurface.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Disk trouble in plain words: which file, and why (never a Java class name). */
public final class IoMessages {
    /** What {@link #reason} says of a full disk; {@link Diagnostics#diskFullOnce} counts these once, not per file. */
    public static final String DISK_FULL = "the disk is full";
    static final String IN_THE_WAY = "a file is in the way where a folder is needed";

    private IoMessages() {}

    /** "cannot read or write FILE: reason" (without the file when the exception names none, as a failed write does). */
    public static String describe(IOException e) {
        String file = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : "";
        String what = reason(e);
        return file.isEmpty() ? "cannot read or write: " + what : "cannot read or write " + file + ": " + what;
    }

    /**
     * Why an I/O operation failed: by the exception's type where Java has one, else by the system's
     * reason (a failed write names no file and has no type of its own: its message is the reason,
     * e.g. "No space left on device").
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException nsf && nsf.getFile() != null) {
            Path parent = Path.of(nsf.getFile()).toAbsolutePath().getParent();
            return parent != null && !Files.exists(parent) ? "the folder " + parent + " does not exist" : "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) return IN_THE_WAY;
        if (e instanceof FileSystemLoopException) return "a symbolic link leads back into its own folder";
        if (e instanceof DirectoryNotEmptyException) return "the folder is not empty";
        String reason = e instanceof FileSystemException fse ? (fse.getReason() != null ? fse.getReason() : "")
                : e.getMessage() != null ? e.getMessage() : "";
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left")) return DISK_FULL;
        if (r.contains("quota")) return "your disk quota is used up";
        if (r.contains("read-only")) return "the file system is read-only";
        if (r.contains("not a directory")) return IN_THE_WAY;
        if (r.contains("is a directory")) return "it is a folder, where a file is needed";
        if (r.contains("permission denied") || r.contains("operation not permitted")) return "permission denied";
        if (r.contains("name too long")) return "the name is too long";
        if (r.contains("too many levels of symbolic links")) return "a symbolic link leads back into its own folder";
        if (r.contains("too many open files")) return "too many files are open at once (raise the limit with 'ulimit -n')";
        if (r.contains("input/output error")) return "the disk reported a read or write error";
        if (r.contains("inotify")) return "the system's limit on watched folders is reached (raise it with: sysctl fs.inotify.max_user_watches=524288)";
        if (!reason.isEmpty()) return reason;
        return e.getMessage() != null ? e.getMessage() : "an input/output error";
    }

    /** The I/O failure behind {@code t}, if it is one (directly, or unwrapped from an {@link UncheckedIOException}). */
    public static Optional<IOException> cause(Throwable t) {
        Throwable c = t;
        while (c instanceof UncheckedIOException u) c = u.getCause();
        return c instanceof IOException io ? Optional.of(io) : Optional.empty();
    }
}
