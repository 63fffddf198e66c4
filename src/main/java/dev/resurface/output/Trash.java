package dev.resurface.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Deletes folders nobody reads any more (a replaced output folder renamed aside, an abandoned staging
 * folder) on a background thread, so a build does not wait for thousands of unlinks. The thread is a
 * daemon: when the process ends first, what is left keeps its name and marker and the next build of
 * that output folder clears it ({@link Staging#recover}). A folder is only ever given to the trash after
 * it was renamed to a name no build reads, so deleting it half-way is harmless; two processes deleting
 * the same folder at once is harmless too (whatever one finds gone, the other deleted).
 */
public final class Trash {
    private static final ExecutorService DELETER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "resurface-trash");
        t.setDaemon(true);
        return t;
    });
    private static final Set<Path> PENDING = new HashSet<>();

    private Trash() {}

    /** Deletes {@code dir} in the background; a folder already waiting or being deleted is not queued twice. */
    static void deleteLater(Path dir) {
        synchronized (PENDING) {
            if (!PENDING.add(dir)) return;
        }
        DELETER.execute(() -> {
            try {
                delete(dir);
            } catch (IOException | RuntimeException e) {
                // left for the next build's recover()
            } finally {
                synchronized (PENDING) {
                    PENDING.remove(dir);
                    PENDING.notifyAll();
                }
            }
        });
    }

    /**
     * Waits until every folder handed to the trash in this process is deleted (or given up). For callers
     * that look beside the output folder right after a build, such as tests; a build itself never waits.
     */
    public static void awaitIdle() throws InterruptedException {
        synchronized (PENDING) {
            while (!PENDING.isEmpty()) PENDING.wait();
        }
    }

    /** Holds the deleting thread until the returned handle is closed: lets a test see what a build leaves to the trash. */
    static AutoCloseable pause() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DELETER.execute(() -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        held.await();
        return release::countDown;
    }

    /**
     * Deletes a tree, its top-level {@link OutputGuard#MARKER} last: until the very end the folder shows
     * it is resurface's own, so a later build may finish the job (an empty folder is taken as ours too).
     */
    static void delete(Path dir) throws IOException {
        Path marker = dir.resolve(OutputGuard.MARKER);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) gone(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) return FileVisitResult.CONTINUE; // deleted by another process
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) throw exc;
                if (d.equals(dir)) gone(marker);
                gone(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void gone(Path p) throws IOException {
        try {
            Files.delete(p);
        } catch (NoSuchFileException e) {
            // another process got there first
        } catch (DirectoryNotEmptyException e) {
            if (Files.exists(p)) throw e;
        }
    }
}
