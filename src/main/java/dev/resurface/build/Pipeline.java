package dev.resurface.build;

import dev.resurface.content.ContentScanner;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Site;
import dev.resurface.render.SiteRenderer;
import dev.resurface.render.TemplateEngine;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One build, top to bottom: load (site.yml, content/, data) → parse (front matter + Markdown, in
 * parallel) → link (URLs, sections, tags, every link checked) → markdown (HTML per page, in
 * parallel) → assemble the site → check it → write (templates into a staging folder, swapped in only
 * when nothing failed). Problems are collected as diagnostics all the way through; any error stops
 * the build before the output folder is touched. Strict mode is applied once, by the {@link Run}.
 */
final class Pipeline {
    private Pipeline() {}

    static BuildResult run(Run run) throws IOException {
        Optional<Inputs> in = LoadStage.load(run);
        if (in.isEmpty()) return run.finish(false, 0, 0);
        run.stage("load");
        Assembled assembled = content(in.get(), run);
        Site site = assembled.site();
        run.report(PageReport.of(site.pages()));
        // serve notes which outputs read which pages' bodies: a body edit then re-renders only those (QuickRebuild)
        boolean recordReads = run.target != null ? run.cache != null : run.store != null;
        SiteRenderer renderer = new SiteRenderer(assembled.templates(), site, run.generator, recordReads, run.opts.today());
        SiteChecks.site(site, renderer, assembled.templates(), run.diags);
        if (run.failed()) return run.finish(false, site.pages().size(), 0);
        if (!run.opts.write()) return WriteStage.check(renderer, site, run);
        if (run.target == null) return WriteStage.toOutputFolder(renderer, assembled, run);
        BuildResult result = WriteStage.toTarget(renderer, assembled, run);
        if (run.cache != null && result.ok()) keepForQuickRebuild(in.get(), assembled, renderer, result, run);
        return result;
    }

    /** parse → link → markdown → assemble. The syntax trees live only here (unless a cache keeps them). */
    private static Assembled content(Inputs in, Run run) throws IOException {
        Parsed parsed = ParseStage.of(in).parseAll(in, run);
        run.stage("parse");
        Linked linked = LinkStage.link(in, parsed, run);
        SiteChecks.pages(in, parsed, linked, run);
        run.stage("link");
        TemplateEngine templates = new TemplateEngine(run.opts.site().resolve("templates"), in.config().language());
        run.diags.addAll(templates.checkSyntax());
        List<Page> synthetic = SiteAssembly.syntheticSections(linked.sectionPaths(), parsed.published(), in.config());
        Map<String, SiteAssembly.TagIndex> tags = SiteAssembly.tagIndex(linked.tagged());
        Rendered rendered = MarkdownStage.of(in, linked, parsed.parser(), templates, run).renderAll(in, parsed, linked, run);
        run.stage("markdown");
        if (parsed.stored() != null) run.trace.accept(parsed.stored().summary());
        Site site = SiteAssembly.assemble(in, linked, rendered.pages(), synthetic, tags);
        return new Assembled(site, templates, linked.assets(), linked.statics(), rendered.searchTexts(),
                run.caching() ? kept(parsed, rendered, run) : null);
    }

    private static Assembled.Kept kept(Parsed parsed, Rendered rendered, Run run) {
        Set<String> publishedPaths = new HashSet<>();
        for (ParsedPage p : parsed.published()) publishedPaths.add(p.src().relPath());
        StoredPages stored = parsed.stored();
        String templateContext = stored == null ? ""
                : stored.templateContext(parsed.published(), rendered.renderContext(), rendered.templatesContext(), run.generator);
        return new Assembled.Kept(parsed.parser(), parsed.parseContext(), rendered.stage(), rendered.renderContext(), rendered.templatesContext(),
                templateContext, stored, publishedPaths, parsed.published().size());
    }

    /** What a successful in-memory build leaves for serve's next quick rebuild. */
    private static void keepForQuickRebuild(Inputs in, Assembled a, SiteRenderer renderer, BuildResult result, Run run) {
        Map<String, ContentScanner.Entry> entries = new HashMap<>();
        for (ContentScanner.Entry e : in.scan().markdown()) entries.put(e.relPath(), e);
        Assembled.Kept k = a.kept();
        run.cache.last = new QuickRebuild.State(run.opts, run.generator, entries, k.parser(), k.parseContext(), k.markdown(), k.renderContext(),
                k.templatesContext(), a.templates(), a.site(), renderer.reads(), Map.copyOf(a.searchTexts()), run.diags.all(),
                in.scan().markdown().size(), k.publishedCount(), result.otherFiles());
    }
}
