package dev.resurface.build;

import dev.resurface.util.Parallel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Draws a build's pictures on a thread of their own from as soon as their inputs are known (the icons
 * after the link stage, the cards once the site is assembled), so they overlap the rest of the build
 * instead of being drawn at its end: on a small site the icons and the first card cost more than many
 * pages (fonts, Java2D and the SVG library loaded and run cold). The write stage takes what is drawn
 * and draws what has not started yet itself ({@link #get}): each picture is drawn once, by whichever
 * thread comes first, and its bytes do not depend on which.
 */
final class PictureThread {
    private final Map<String, FutureTask<?>> tasks = new ConcurrentHashMap<>();
    private ThreadPoolExecutor thread;

    /** Queues a picture under its key (the first one queued under a key stays). */
    synchronized void submit(String key, Callable<?> draw) {
        FutureTask<?> task = new FutureTask<>(draw);
        if (tasks.putIfAbsent(key, task) != null) return;
        if (thread == null) {
            thread = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "resurface-pictures");
                t.setDaemon(true); // a failed build's pictures never keep the process alive
                return t;
            });
            thread.allowCoreThreadTimeOut(true); // and the thread ends once it has nothing to draw
        }
        thread.execute(task);
    }

    /** The picture queued under {@code key}, drawn here if its turn has not come; empty when none was queued. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> get(String key) {
        FutureTask<?> task = tasks.get(key);
        if (task == null) return Optional.empty();
        task.run(); // does nothing once it has started on another thread
        return Optional.of((T) Parallel.await(task));
    }
}
