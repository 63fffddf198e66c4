package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.Site;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.IoMessages;
import dev.resurface.images.ResponsiveImage;
import dev.resurface.output.Assets;
import dev.resurface.output.OutputSink;
import dev.resurface.output.Staging;
import dev.resurface.render.Outputs;
import dev.resurface.render.SiteRenderer;
import dev.resurface.search.SearchIndex;
import dev.resurface.util.Parallel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last stage: every output through its template, the search index, static files and assets,
 * into a staging folder swapped in only when all went well (build), into serve's memory, or nowhere
 * (check, which renders every template all the same: undefined variables are only found that way).
 */
final class WriteStage {
    static final String OUTPUT_HINT = "check the folder's permissions and free space; the previous site was left as it was";

    private WriteStage() {}

    /** check: renders everything, keeps nothing. */
    static BuildResult check(SiteRenderer renderer, Site site, Run run) {
        run.diags.addAll(renderer.renderAll(OutputSink.DISCARD, run.pool, new int[1]));
        run.stage("render");
        return run.finish(!run.failed(), site.pages().size(), 0);
    }

    /** serve: into its in-memory target; nothing touches the disk. */
    static BuildResult toTarget(SiteRenderer renderer, Assembled a, Run run) throws IOException {
        int files = writeAll(run.target, renderer, a, null, run);
        int pages = a.site().pages().size();
        return run.finish(!run.failed(), pages, Math.max(0, files - pages));
    }

    /**
     * build: into a staging folder, swapped in only when nothing failed. With build --cache, outputs
     * whose reads did not change are linked from the last output folder, not rendered.
     */
    static BuildResult toOutputFolder(SiteRenderer renderer, Assembled a, Run run) throws IOException {
        PageCache cache = run.cache;
        int pages = a.site().pages().size();
        SiteRenderer.Reuse reuse = cache.outputReuse(a.outputContext(), run.opts.output());
        // with --cache the replaced site is kept for the next build's staging folder: most of its files will be the right ones
        try (Staging out = Staging.begin(run.opts.output(), run.trash, cache.remembers())) {
            int files = writeAll(out, renderer, a, reuse, run);
            if (run.failed()) return run.finish(false, pages, 0);
            cache.savePages(a.publishedPaths(), run.notices); // entries hold for their bytes whether or not the swap succeeds
            out.commit();
            if (cache.remembers()) {
                cache.saveOutputs(a.outputContext(), renderer.reads(), run.opts.output(), out.reused(), run.notices);
                run.trace.accept("outputs: " + renderer.reusedOutputs() + " kept from the last build");
            }
            run.stage("swap");
            return run.finish(true, pages, files - pages);
        } catch (Staging.BusyException e) {
            throw e;
        } catch (IOException e) {
            // all of this happens in or beside the output folder, whichever file the exception names (often none)
            run.diags.error("--output", 0, 0, IoMessages.describe(e), OUTPUT_HINT);
            return run.finish(false, pages, 0);
        }
    }

    /** Renders every output and copies every static file and asset into {@code out}; returns the number of files. */
    private static int writeAll(OutputSink out, SiteRenderer renderer, Assembled a, SiteRenderer.Reuse reuse, Run run) {
        Diagnostics diags = run.diags;
        int[] written = {0};
        diags.addAll(renderer.renderAll(out, run.pool, written, reuse));
        SiteConfig.Search search = a.site().config().search();
        if (search.enabled()) {
            String file = Outputs.fileOf(search.index());
            try {
                out.write(file, SearchIndex.build(a.site(), a.searchTexts(), search, a.synonyms(), run.pool));
                written[0]++;
            } catch (IOException e) { // like every other file: reported, and a full disk counted once
                diags.error("--output", 0, 0, "cannot write " + file + ": " + IoMessages.reason(e), OUTPUT_HINT);
            }
        }
        run.stage("render");
        written[0] += PictureStage.write(out, renderer.cards(), a.assets(), a.statics().keySet(), run);
        run.stage("pictures");
        AtomicInteger copied = new AtomicInteger();
        List<Map.Entry<String, Path>> files = new ArrayList<>(a.statics().entrySet());
        Parallel.map(run.pool, files, e -> copy(out, e.getValue(), e.getKey(), "content/" + e.getKey(), diags, copied));
        Parallel.map(run.pool, a.images(), (ResponsiveImage.Output o) -> write(out, o, diags, copied));
        Parallel.map(run.pool, a.assets(), (Assets.Asset x) -> copy(out, x.file(), x.sitePath().substring(1), x.origin(), diags, copied));
        run.stage("copy");
        return written[0] + copied.get();
    }

    private static Object write(OutputSink out, ResponsiveImage.Output image, Diagnostics diags, AtomicInteger count) {
        try {
            out.write(image.relPath(), image.bytes());
            count.incrementAndGet();
        } catch (IOException e) {
            diags.error("--output", 0, 0, "cannot write " + image.relPath() + ": " + IoMessages.reason(e), OUTPUT_HINT);
        }
        return null;
    }

    private static Object copy(OutputSink out, Path from, String to, String what, Diagnostics diags, AtomicInteger count) {
        try {
            out.copy(from, to);
            count.incrementAndGet();
        } catch (IOException e) {
            diags.error(what, 0, 0, "cannot copy to the output folder: " + IoMessages.reason(e), "check free disk space and permissions");
        }
        return null;
    }
}
