package dev.resurface.build;

import dev.resurface.cache.PageStore;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.IoMessages;
import dev.resurface.output.OutputSink;
import dev.resurface.output.Staging;
import dev.resurface.output.Trash;
import dev.resurface.util.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The engine: what to build (options), with which caches, and where to. Each {@link #run()} makes a
 * {@link Run} of its own and hands it to the {@link Pipeline}, so one engine can run twice at once;
 * this class only sets a run up and turns a failure that escapes the pipeline into a diagnostic.
 */
public final class Build {
    static final String OUT_OF_MEMORY_HINT = "give it more, e.g. RESURFACE_JAVA_OPTS=-Xmx2g, or split the largest pages; the previous site was left as it was";
    /** Worker threads get a large stack, so deep but sane nesting never runs out; beyond it is an error, not a crash. */
    public static final long STACK_BYTES = 256L << 20;

    private final BuildOptions opts;
    private final String generator;
    private final Consumer<String> trace;
    private BuildCache cache;
    private PageStore store;
    private Trash trash = new Trash();

    public Build(BuildOptions opts, String generator) {
        this(opts, generator, s -> { });
    }

    /** @param trace receives one line per finished stage with its duration (shown by --verbose) */
    public Build(BuildOptions opts, String generator, Consumer<String> trace) {
        this.opts = opts;
        this.generator = generator;
        this.trace = trace;
    }

    /** Keeps each page's parse and render on disk for the next build, in a new process too (build --cache); see {@link StoredPages}. */
    public Build withStore(PageStore s) {
        this.store = s;
        return this;
    }

    /**
     * Hands replaced and abandoned output folders to {@code t} for deleting in the background (by default the
     * engine has a trash of its own): lets whoever runs builds wait for it, or share one between engines.
     */
    public Build withTrash(Trash t) {
        this.trash = t;
        return this;
    }

    /** Lends this build's parses and rendered pages to the next one (serve); see {@link BuildCache}. */
    public Build withCache(BuildCache c) {
        this.cache = c;
        return this;
    }

    public BuildResult run() {
        return run(null);
    }

    /**
     * Builds into {@code sink} instead of the output folder (serve keeps the site in memory); the
     * output folder is neither checked nor touched.
     */
    public BuildResult runInto(OutputSink sink) {
        return run(sink);
    }

    private BuildResult run(OutputSink sink) {
        long t0 = System.nanoTime();
        ExecutorService pool = opts.threads() > 1 ? Parallel.workers(opts.threads(), STACK_BYTES) : null;
        // the one place a cache is chosen: the stages only ask the one they are given
        PageCache pages = store != null ? new StoredPages(store) : cache != null ? cache : PageCache.NONE;
        Run run = new Run(opts, generator, trace, sink, pages, pool, trash, t0);
        Diagnostics diags = run.diags;
        try {
            // on a large stack even when work runs inline (one thread, or a one-item list)
            return onBigStack(() -> Pipeline.run(run));
        } catch (Staging.BusyException e) {
            diags.error("--output", 0, 0, e.getMessage(), "wait for it to finish, or build into another folder");
        } catch (IOException e) {
            diags.error(ioWhere(e), 0, 0, ioMessage(e), WriteStage.OUTPUT_HINT);
        } catch (UncheckedIOException e) { // e.g. a folder that cannot be listed, met while walking templates/
            diags.error(ioWhere(e.getCause()), 0, 0, ioMessage(e.getCause()), WriteStage.OUTPUT_HINT);
        } catch (OutOfMemoryError e) {
            // the failed build's pages are garbage by now, so there is room to say what happened
            diags.error(opts.site().toString(), 0, 0, "ran out of memory (the Java heap is limited to "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)", OUT_OF_MEMORY_HINT);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        return run.finish(false, 0, 0);
    }

    private interface Work {
        BuildResult run() throws IOException;
    }

    /** Runs the build's own thread with the workers' large stack (see {@link #STACK_BYTES}): work a one-item or one-thread map runs inline. */
    private static BuildResult onBigStack(Work work) throws IOException {
        BuildResult[] result = new BuildResult[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "resurface-build", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (failure[0] instanceof IOException io) throw io;
        if (failure[0] instanceof RuntimeException re) throw re;
        if (failure[0] instanceof Error err) throw err;
        return result[0];
    }

    /** Where an I/O failure happened, as the author would name it: --output for the output side. */
    private String ioWhere(IOException e) {
        String file = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : "";
        Path out = opts.output().toAbsolutePath().normalize();
        if (!file.isEmpty()) {
            Path f = Path.of(file).toAbsolutePath().normalize();
            if (f.startsWith(out) || out.startsWith(f)) return "--output";
        }
        return opts.site().toString();
    }

    /** An I/O failure in words: what happened to which file, without a Java class name ({@link IoMessages#describe}). */
    public static String ioMessage(IOException e) {
        return IoMessages.describe(e);
    }
}
