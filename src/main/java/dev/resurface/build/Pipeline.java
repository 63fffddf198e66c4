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
 * the build before the output folder is touched. Strict mode is applied once, by the {@link Run};
 * the stages ask the run's {@link PageCache} before parsing a file or rendering a page.
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
        // a cache notes which outputs read which pages' facets: after a body edit only those are rendered again
        SiteRenderer renderer = new SiteRenderer(assembled.templates(), site, run.generator, run.cache.remembers(), run.opts.today());
        PictureStage.startCards(renderer.cards(), run);
        SiteChecks.site(site, renderer, assembled.templates(), run.diags);
        if (run.failed()) return run.finish(false, site.pages().size(), 0);
        if (!run.opts.write()) return WriteStage.check(renderer, site, run);
        if (run.target == null) return WriteStage.toOutputFolder(renderer, assembled, run);
        BuildResult result = WriteStage.toTarget(renderer, assembled, run);
        if (result.ok()) run.cache.keepForQuickRebuild(() -> lastBuild(in.get(), assembled, renderer, result, run));
        return result;
    }

    /** parse → link → markdown → assemble. The syntax trees live only here (unless serve's cache keeps them). */
    private static Assembled content(Inputs in, Run run) throws IOException {
        run.cache.begin();
        Fingerprint fp = Fingerprint.ofInputs(run.cache, run.opts.site(), in.scan(), in.theme());
        Parsed parsed = ParseStage.of(in).parseAll(in, fp, run);
        run.stage("parse");
        Linked linked = LinkStage.link(in, parsed, run);
        SiteChecks.pages(in, parsed, linked, run);
        run.stage("link");
        PictureStage.start(in.config(), linked.assets(), run);
        TemplateEngine templates = new TemplateEngine(run.opts.site().resolve("templates"), in.theme(), in.config().language());
        run.diags.addAll(templates.checkSyntax());
        List<Page> synthetic = SiteAssembly.syntheticSections(linked.sectionPaths(), parsed.published(), in.config());
        Map<String, SiteAssembly.TagIndex> tags = SiteAssembly.tagIndex(linked.tagged(), in.refs().tagNames());
        fp = fp.withOutline(run.opts, in.config(), parsed, linked);
        Rendered rendered = MarkdownStage.of(in, linked, parsed.parser(), templates, run).renderAll(parsed, fp, run);
        run.stage("markdown");
        run.cache.summary().ifPresent(run.trace);
        Site site = SiteAssembly.assemble(in, linked, rendered.pages(), synthetic, tags);
        String outputContext = fp.outputContext(parsed.published(), run.generator);
        Set<String> publishedPaths = new HashSet<>();
        for (ParsedPage p : parsed.published()) publishedPaths.add(p.src().relPath());
        Optional<LastBuild.Stages> stages = run.cache.quickRebuilds()
                ? Optional.of(new LastBuild.Stages(parsed.parser(), rendered.stage(), templates, parsed.published().size())) : Optional.empty();
        return new Assembled(site, templates, linked.assets(), linked.statics(), linked.images().outputs(), rendered.searchTexts(), in.refs().synonyms(), fp, outputContext, publishedPaths, stages);
    }

    /** What a successful in-memory build leaves for serve's next quick rebuild. */
    private static LastBuild lastBuild(Inputs in, Assembled a, SiteRenderer renderer, BuildResult result, Run run) {
        Map<String, ContentScanner.Entry> files = new HashMap<>();
        for (ContentScanner.Entry e : in.scan().markdown()) files.put(e.relPath(), e);
        return new LastBuild(run.opts, run.generator, files, a.stages().orElseThrow(), a.fingerprint(), a.site(),
                renderer.reads(), renderer.templatesUsed(), Map.copyOf(a.searchTexts()), a.synonyms(), run.diags.all(), result.otherFiles());
    }
}
