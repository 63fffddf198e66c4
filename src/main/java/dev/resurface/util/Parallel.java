package dev.resurface.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list in parallel on the build's executor; results keep the input order, so output is deterministic. */
public final class Parallel {
    private Parallel() {}

    /** A pool of {@code threads} daemon workers, each with a stack of {@code stackBytes}. */
    public static ExecutorService workers(int threads, long stackBytes) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "resurface-worker", stackBytes);
            t.setDaemon(true);
            return t;
        });
    }

    public static <T, R> List<R> map(ExecutorService pool, List<T> items, Function<T, R> fn) {
        if (pool == null || items.size() < 2) {
            List<R> out = new ArrayList<>(items.size());
            for (T t : items) out.add(fn.apply(t));
            return out;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T t : items) futures.add(pool.submit(() -> fn.apply(t)));
        List<R> out = new ArrayList<>(items.size());
        for (Future<R> f : futures) out.add(await(f));
        return out;
    }

    /** The task's result; what it threw is thrown here as it was (a checked exception wrapped). */
    public static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
