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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Deletes folders nobody reads any more (a replaced output folder renamed aside, an abandoned staging
 * folder) on a background thread, so a build does not wait for thousands of unlinks. One is owned by
 * whoever runs builds (the command line's entry point, or a {@code Build} engine) and handed to each
 * {@link Staging}; nothing about it is static. The thread is a daemon: when the process ends first,
 * what is left keeps its name and marker and the next build of that output folder clears it
 * ({@link Staging#recover}). A folder is only ever given to the trash after it was renamed to a name no
 * build reads, so deleting it half-way is harmless; two processes deleting the same folder at once is
 * harmless too (whatever one finds gone, the other deleted).
 */
public final class Trash {
    private final ThreadPoolExecutor deleter = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "resurface-trash");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> pending = new HashSet<>();

    public Trash() {
        deleter.allowCoreThreadTimeOut(true); // no thread while there is nothing to delete
    }

    /** Deletes {@code dir} in the background; a folder already waiting or being deleted is not queued twice. */
    void deleteLater(Path dir) {
        synchronized (pending) {
            if (!pending.add(dir)) return;
        }
        deleter.execute(() -> {
            try {
                delete(dir);
            } catch (IOException | RuntimeException e) {
                // left for the next build's recover()
            } finally {
                synchronized (pending) {
                    pending.remove(dir);
                    pending.notifyAll();
                }
            }
        });
    }

    /**
     * Waits until every folder handed to this trash is deleted (or given up). For callers that look beside
     * the output folder right after a build, such as tests; a build itself never waits.
     */
    public void awaitIdle() throws InterruptedException {
        synchronized (pending) {
            while (!pending.isEmpty()) pending.wait();
        }
    }

    /** Holds the deleting thread until the returned handle is closed: lets a test see what a build leaves to the trash. */
    AutoCloseable pause() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        deleter.execute(() -> {
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
