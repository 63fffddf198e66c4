package dev.resurface.build;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.FollowOns;
import dev.resurface.diag.Severity;
import dev.resurface.output.OutputSink;
import dev.resurface.output.Trash;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Everything one run of the pipeline owns and changes: its diagnostics, its worker pool, its stage
 * clock and its page report. A new one per run, so runs never share mutable state. Strict mode is
 * applied here, once: {@link #failed()} counts warnings as errors, and {@link #finish} reports them so.
 */
final class Run {
    final BuildOptions opts;
    final String generator;
    final Consumer<String> trace;
    /** Where outputs go instead of the output folder (serve), or null for the output folder. */
    final OutputSink target;
    /** What the stages ask before parsing a file or rendering a page. */
    final PageCache cache;
    /** The worker threads, or null to work on the calling thread. */
    final ExecutorService pool;
    /** Deletes replaced and abandoned output folders in the background; owned by whoever runs builds. */
    final Trash trash;
    final Diagnostics diags = new Diagnostics();
    /** Problems found after the build was judged (a cache that could not be updated): never promoted by strict mode. */
    final Diagnostics notices = new Diagnostics();
    /** The build's pictures, started before the write stage (see {@link PictureStage}). */
    final PictureThread pictures = new PictureThread();
    private final long t0;
    private long stageStart;
    private List<PageReport> report = List.of();

    Run(BuildOptions opts, String generator, Consumer<String> trace, OutputSink target, PageCache cache, ExecutorService pool, Trash trash, long t0) {
        this.opts = opts;
        this.generator = generator;
        this.trace = trace;
        this.target = target;
        this.cache = cache;
        this.pool = pool;
        this.trash = trash;
        this.t0 = t0;
        this.stageStart = t0;
    }

    /** Ends a stage: one line for --verbose with how long it took. */
    void stage(String name) {
        long now = System.nanoTime();
        trace.accept(String.format("%-10s %5d ms", name, (now - stageStart) / 1_000_000));
        stageStart = now;
    }

    /** Whether the build has failed so far: an error, or in strict mode a warning too. */
    boolean failed() {
        return diags.hasErrors() || opts.strict() && diags.all().stream().anyMatch(Diagnostic::isWarning);
    }

    void report(List<PageReport> pages) {
        report = List.copyOf(pages);
    }

    /**
     * The run's result. In strict mode every warning is reported as an error, once; {@link #notices}
     * stay what they are. Follow-on problems are counted into one note per failed input.
     */
    BuildResult finish(boolean ok, int pages, int other) {
        Set<Diagnostic> all = new LinkedHashSet<>();
        for (Diagnostic d : diags.sorted()) all.add(opts.strict() && d.isWarning() ? d.withSeverity(Severity.ERROR) : d);
        all.addAll(notices.all());
        List<Diagnostic> list = Diagnostics.capPerFile(Diagnostics.diskFullOnce(FollowOns.collapse(all.stream().sorted().toList())));
        return new BuildResult(ok, list, pages, other, (System.nanoTime() - t0) / 1_000_000, report);
    }
}
