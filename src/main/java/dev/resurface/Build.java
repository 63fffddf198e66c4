package dev.resurface;

import dev.resurface.cache.PageStore;
import dev.resurface.cite.CitedSource;
import dev.resurface.cite.Source;
import dev.resurface.config.SiteConfig;
import dev.resurface.config.TrustConfig;
import dev.resurface.content.Reference;
import dev.resurface.content.Trust;
import dev.resurface.glossary.GlossaryMarker;
import dev.resurface.lint.DuplicateTitles;
import dev.resurface.lint.PageLint;
import dev.resurface.render.Shortcodes;
import dev.resurface.render.SiteModel;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.DataLoader;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.MenuItem;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.PageOrder;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Pos;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.content.Tag;
import dev.resurface.content.TextFiles;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.Hints;
import dev.resurface.diag.IoMessages;
import dev.resurface.diag.Severity;
import dev.resurface.links.ImageSizes;
import dev.resurface.links.LinkResolver;
import dev.resurface.links.LinkTargets;
import dev.resurface.links.OutputPlan;
import dev.resurface.links.Urls;
import dev.resurface.markdown.MarkdownEngine;
import dev.resurface.output.Assets;
import dev.resurface.output.OutputGuard;
import dev.resurface.output.Staging;
import dev.resurface.output.OutputSink;
import dev.resurface.render.Aliases;
import dev.resurface.render.FailedData;
import dev.resurface.render.Outputs;
import dev.resurface.search.SearchIndex;
import dev.resurface.render.FeedEntries;
import dev.resurface.snippet.Snippet;
import dev.resurface.snippet.Snippets;
import dev.resurface.render.SiteRenderer;
import dev.resurface.render.Tags;
import dev.resurface.render.TemplateEngine;
import dev.resurface.util.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One build, top to bottom: load (site.yml, content/, data) → parse (front matter + Markdown, in
 * parallel) → link (URLs, sections, tags, every link checked and rewritten) → render (Markdown,
 * then templates, in parallel) → write (staging folder, swapped in only when nothing failed).
 * Problems are collected as diagnostics all the way through; any error stops the build before the
 * output folder is touched.
 */
public final class Build {
    private final BuildOptions opts;
    private final String generator;
    private final java.util.function.Consumer<String> trace;
    private long stageStart;
    private List<PageReport> report = List.of();
    private OutputSink target;
    private BuildCache cache;
    private PageStore store;
    static final String TOO_DEEP = "this page is nested too deeply to process (block quotes, lists, brackets or emphasis inside one another thousands of times)";
    static final String TOO_DEEP_HINT = "flatten the nesting; no real article needs more than a few levels";
    static final String OUT_OF_MEMORY_HINT = "give it more, e.g. RESURFACE_JAVA_OPTS=-Xmx2g, or split the largest pages; the previous site was left as it was";
    static final String OUTPUT_HINT = "check the folder's permissions and free space; the previous site was left as it was";
    /** Worker threads get a large stack, so deep but sane nesting never runs out; beyond it is an error, not a crash. */
    public static final long STACK_BYTES = 256L << 20;

    public Build(BuildOptions opts, String generator) {
        this(opts, generator, s -> { });
    }

    /** @param trace receives one line per finished stage with its duration (shown by --verbose) */
    public Build(BuildOptions opts, String generator, java.util.function.Consumer<String> trace) {
        this.opts = opts;
        this.generator = generator;
        this.trace = trace;
    }

    private void stage(String name) {
        long now = System.nanoTime();
        trace.accept(String.format("%-10s %5d ms", name, (now - stageStart) / 1_000_000));
        stageStart = now;
    }

    /** Keeps each page's parse and render on disk for the next build, in a new process too (build --cache); see {@link StoredPages}. */
    public Build withStore(PageStore s) {
        this.store = s;
        return this;
    }

    /** Lends this build's parses and rendered pages to the next one (serve); see {@link BuildCache}. */
    public Build withCache(BuildCache c) {
        this.cache = c;
        return this;
    }

    /**
     * Builds into {@code sink} instead of the output folder (serve keeps the site in memory); the
     * output folder is neither checked nor touched.
     */
    public BuildResult runInto(OutputSink sink) {
        this.target = sink;
        try {
            return run();
        } finally {
            this.target = null;
        }
    }

    public BuildResult run() {
        long t0 = System.nanoTime();
        Diagnostics diags = new Diagnostics();
        ExecutorService pool = opts.threads() > 1 ? Executors.newFixedThreadPool(opts.threads(), r -> {
            Thread t = new Thread(null, r, "resurface-worker", STACK_BYTES);
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            // on a large stack even when work runs inline (one thread, or a one-item list)
            return onBigStack(() -> run(diags, pool, t0));
        } catch (Staging.BusyException e) {
            diags.error("--output", 0, 0, e.getMessage(), "wait for it to finish, or build into another folder");
            return finish(false, diags, 0, 0, t0);
        } catch (IOException e) {
            diags.error(ioWhere(e), 0, 0, ioMessage(e), OUTPUT_HINT);
            return finish(false, diags, 0, 0, t0);
        } catch (UncheckedIOException e) { // e.g. a folder that cannot be listed, met while walking templates/
            diags.error(ioWhere(e.getCause()), 0, 0, ioMessage(e.getCause()), OUTPUT_HINT);
            return finish(false, diags, 0, 0, t0);
        } catch (OutOfMemoryError e) {
            // the failed build's pages are garbage by now, so there is room to say what happened
            diags.error(opts.site().toString(), 0, 0, "ran out of memory (the Java heap is limited to "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)", OUT_OF_MEMORY_HINT);
            return finish(false, diags, 0, 0, t0);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
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

    private BuildResult run(Diagnostics diags, ExecutorService pool, long t0) throws IOException {
        stageStart = t0;
        Path siteDir = opts.site();
        // ---- load
        Optional<SiteConfig> loaded = loadConfig(siteDir, diags);
        if (loaded.isEmpty()) {
            notChecked(siteDir, diags);
            return finish(false, diags, 0, 0, t0);
        }
        SiteConfig config = loaded.get();
        if (opts.write() && target == null) {
            Optional<String> refusal = OutputGuard.check(siteDir, opts.output());
            if (refusal.isPresent()) {
                diags.error("--output", 0, 0, refusal.get(), "choose a new or empty folder, e.g. the default site-output/");
                return finish(false, diags, 0, 0, t0);
            }
        }
        ContentScanner.Result scan = ContentScanner.scan(siteDir.resolve("content"), diags);
        DataLoader.Loaded loadedData = DataLoader.loadAll(scan.data(), diags);
        Map<String, Object> data = loadedData.data();
        ReferenceData refs = ReferenceData.load(config, loadedData, diags);
        Snippets snippets = Snippets.load(scan.snippets(), diags);
        TrustConfig trust = config.trust();
        stage("load");

        // ---- parse
        MarkdownEngine markdown = new MarkdownEngine(config.options().tocLevels(), config.options().summaryWords());
        FrontMatterParser frontMatter = new FrontMatterParser(config.schema());
        GlossaryMarker glossaryMarker = refs.glossary().isEmpty() ? null
                : new GlossaryMarker(refs.glossary(), config.basePath() + trust.glossary().page().substring(1));
        ParseStage parseStage = new ParseStage(markdown, frontMatter, snippets, glossaryMarker, trust.glossary().page());
        List<ParsedPage> parsed = new ArrayList<>();
        Set<String> broken = new TreeSet<>();
        if (cache != null) cache.startBuild(); // (and forgets the last build's state until this one succeeds)
        String parseContext = cache == null && store == null ? "" : BuildCache.parseContext(siteDir, scan);
        StoredPages stored = store == null ? null : new StoredPages(store, parseContext);
        {
            List<Optional<ParsedPage>> results = Parallel.map(pool, scan.markdown(),
                    e -> cache != null ? parseStage.parse(e, diags, cache, parseContext)
                            : stored != null ? stored.parse(e, parseStage, diags) : parseStage.parse(e, diags));
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).isPresent()) parsed.add(results.get(i).get());
                else broken.add(scan.markdown().get(i).relPath());
            }
        }
        stage("parse");
        Set<String> drafts = new TreeSet<>();
        List<ParsedPage> published = new ArrayList<>();
        for (ParsedPage p : parsed) {
            if (p.fm().draft() && !opts.drafts()) drafts.add(p.src().relPath());
            else published.add(p);
        }

        // ---- link: URLs, sections, tags, then every link of every page
        Map<String, Path> statics = new TreeMap<>();
        for (ContentScanner.Entry e : scan.statics()) statics.put(e.relPath(), e.file());
        Map<String, String> sectionPaths = sectionFolders(published);
        List<Assets.Asset> assets = Assets.scan(siteDir.resolve("templates").resolve("assets"));
        Map<String, List<ParsedPage>> tagged = tags(published);
        List<Page> generated = referencePages(published, refs, trust);
        OutputPlan plan = plan(published, sectionPaths, statics, tagged, assets, generated);
        if (config.search().enabled()) {
            String index = config.search().index();
            plan.claim(Outputs.fileOf(index), index, new OutputPlan.Claim("the search index " + index, "site.yml", 0, 0));
        }
        diags.addAll(plan.problems());
        diags.addAll(DuplicateTitles.check(published));
        Map<String, ParsedPage> byContent = new LinkedHashMap<>();
        Map<String, ParsedPage> byPath = new HashMap<>();
        for (ParsedPage p : published) {
            byContent.put(p.src().relPath(), p);
            byPath.putIfAbsent(p.path(), p);
        }
        LinkResolver links = new LinkResolver(new LinkTargets(byContent, byPath, broken, drafts, statics, sectionPaths,
                plan.sitePaths(), config.basePath()), new ImageSizes());
        checkPageRefs(published, links, diags);
        checkDataRefs(siteDir, published, config, data, refs, diags);
        checkSnippetUse(published, snippets, diags);
        Map<String, List<MenuItem>> menus = menus(config, links, plan.sitePaths(), diags);

        stage("link");
        TemplateEngine templates = new TemplateEngine(siteDir.resolve("templates"), config.language());
        diags.addAll(templates.checkSyntax());

        List<Page> synthetic = syntheticSections(sectionPaths, published, config);
        Map<String, TagIndex> tagIndex = tagIndex(tagged);

        // ---- check and render Markdown (links are rewritten and trust rules checked first, on the page's own thread)
        int wpm = config.options().wordsPerMinute();
        PageLint lint = new PageLint(trust, config.schema(), refs.bibliography(), refs.people(), opts.today());
        Map<String, String> citeTitles = new HashMap<>();
        refs.bibliography().sources().forEach((id, src) -> citeTitles.put(id, src.label()));
        Shortcodes shortcodes = new Shortcodes(templates, SiteModel.forShortcodes(config, FailedData.in(data, refs.failed()), generator));
        SiteConfig.Search search = config.search();
        Map<String, String> searchTexts = new java.util.concurrent.ConcurrentHashMap<>();
        String renderContext = cache == null && store == null ? "" : BuildCache.renderContext(parseContext, opts, published, broken, drafts, statics, sectionPaths, config);
        // templates reach the Markdown stage only through shortcodes: only pages with shortcodes depend on them
        String templatesContext = cache == null && store == null ? "" : BuildCache.templatesContext(siteDir);
        MarkdownStage markdownStage = new MarkdownStage(links, lint, citeTitles, shortcodes, markdown, search, wpm, refs);
        List<Page> pages = new ArrayList<>(Parallel.map(pool, published, p -> {
            if (stored != null) return stored.render(p, markdownStage, parseStage, renderContext, templatesContext, diags, searchTexts, search.enabled());
            if (cache == null) return markdownStage.render(p, diags, searchTexts);
            return markdownStage.render(p, diags, searchTexts, cache, BuildCache.pageContext(!p.md().shortcodes().isEmpty(), renderContext, templatesContext));
        }));
        stage("markdown");
        if (stored != null) trace.accept(stored.summary());
        if (search.enabled()) {
            // the generated reference pages are searchable by what they list
            StringBuilder terms = new StringBuilder();
            refs.glossary().terms().forEach(t -> terms.append(t.term()).append(": ").append(t.definition()).append(' ')
                    .append(String.join(" ", t.aliases())).append(' '));
            if (!terms.isEmpty()) searchTexts.merge(trust.glossary().page(), terms.toString(), (a, b) -> a + " " + b);
            StringBuilder titles = new StringBuilder();
            refs.bibliography().sources().values().forEach(src -> titles.append(src.title()).append(". ").append(src.publisher()).append(". "));
            if (!titles.isEmpty()) searchTexts.merge(trust.citations().page(), titles.toString(), (a, b) -> a + " " + b);
        }
        pages.addAll(synthetic);
        pages.addAll(generated);
        pages.sort(java.util.Comparator.comparing(Page::path).thenComparing(Page::source));
        // The syntax trees are no longer needed: let them go before templates render (large sites).
        // With a cache (serve) they are kept: the cache holds them, and a quick rebuild links against them.
        int publishedCount = published.size();
        Set<String> publishedPaths = new HashSet<>();
        for (ParsedPage p : published) publishedPaths.add(p.src().relPath());
        String templateContext = stored == null ? "" : stored.templateContext(published, renderContext, templatesContext, generator);
        if (cache == null) {
            parsed.clear();
            published.clear();
            byContent.clear();
            byPath.clear();
        }
        tagged.clear();
        Site site = new Site(config, pages, sections(pages, sectionPaths), tagModels(tagIndex, pages), data,
                Assets.urls(assets, config.basePath()), menus, reference(pages, refs));
        report = PageReport.of(pages);
        // serve notes which outputs read which pages' bodies: a body edit then re-renders only those (QuickRebuild)
        boolean recordReads = target != null ? cache != null : store != null; // serve's quick rebuild, or build --cache
        SiteRenderer renderer = new SiteRenderer(templates, site, generator, recordReads, opts.today());
        checkLayouts(pages, renderer, templates, diags);
        diags.addAll(FeedEntries.check(site));

        if (opts.strict()) promoteWarnings(diags);
        if (diags.hasErrors()) return finish(false, diags, pages.size(), 0, t0);
        if (!opts.write()) {
            // a check renders every template too (undefined variables are only found that way), keeping nothing
            diags.addAll(renderer.renderAll(dev.resurface.output.OutputSink.DISCARD, pool, new int[1]));
            stage("render");
            if (opts.strict()) promoteWarnings(diags);
            return finish(!diags.hasErrors(), diags, pages.size(), 0, t0);
        }

        // ---- write: render templates into a staging folder, swap it in only if all went well
        // (serve passes its own in-memory target instead: nothing then touches the disk)
        if (target != null) {
            int files = writeAll(target, renderer, site, searchTexts, statics, assets, pool, diags, null);
            if (opts.strict()) promoteWarnings(diags);
            int other = Math.max(0, files - pages.size());
            if (cache != null && !diags.hasErrors()) {
                Map<String, ContentScanner.Entry> entries = new HashMap<>();
                for (ContentScanner.Entry e : scan.markdown()) entries.put(e.relPath(), e);
                cache.last = new QuickRebuild.State(opts, generator, entries, parseStage, parseContext, markdownStage, renderContext, templatesContext,
                        templates, site, renderer.reads(), Map.copyOf(searchTexts), diags.all(), scan.markdown().size(), publishedCount, other);
            }
            return finish(!diags.hasErrors(), diags, pages.size(), other, t0);
        }
        // build --cache: outputs whose reads did not change are linked from the last output folder, not rendered
        SiteRenderer.Reuse reuse = stored == null ? null : stored.outputReuse(templateContext, opts.output());
        try (Staging out = Staging.begin(opts.output())) {
            int files = writeAll(out, renderer, site, searchTexts, statics, assets, pool, diags, reuse);
            if (opts.strict()) promoteWarnings(diags);
            if (diags.hasErrors()) return finish(false, diags, pages.size(), 0, t0);
            if (stored != null) stored.save(publishedPaths, diags); // entries hold for their bytes whether or not the swap succeeds
            out.commit();
            if (stored != null) {
                stored.saveOutputs(templateContext, renderer.reads(), opts.output(), diags);
                trace.accept("outputs: " + renderer.reusedOutputs() + " kept from the last build");
            }
            stage("swap");
            return finish(true, diags, pages.size(), files - pages.size(), t0);
        } catch (Staging.BusyException e) {
            throw e;
        } catch (IOException e) {
            // all of this happens in or beside the output folder, whichever file the exception names (often none)
            diags.error("--output", 0, 0, ioMessage(e), OUTPUT_HINT);
            return finish(false, diags, pages.size(), 0, t0);
        }
    }

    /** Renders every output and copies every static file and asset into {@code out}; returns the number of files. */
    private int writeAll(OutputSink out, SiteRenderer renderer, Site site, Map<String, String> searchTexts, Map<String, Path> statics,
                         List<Assets.Asset> assets, ExecutorService pool, Diagnostics diags, SiteRenderer.Reuse reuse) throws IOException {
        int[] written = {0};
        diags.addAll(renderer.renderAll(out, pool, written, reuse));
        SiteConfig.Search search = site.config().search();
        if (search.enabled()) {
            String file = Outputs.fileOf(search.index());
            try {
                out.write(file, SearchIndex.build(site, searchTexts, search.maxWords(), search.exclude()));
                written[0]++;
            } catch (IOException e) { // like every other file: reported, and a full disk counted once
                diags.error("--output", 0, 0, "cannot write " + file + ": " + IoMessages.reason(e), OUTPUT_HINT);
            }
        }
        stage("render");
        AtomicInteger copied = new AtomicInteger();
        List<Map.Entry<String, Path>> files = new ArrayList<>(statics.entrySet());
        Parallel.map(pool, files, e -> copy(out, e.getValue(), e.getKey(), "content/" + e.getKey(), diags, copied));
        Parallel.map(pool, assets, a -> copy(out, a.file(), a.sitePath().substring(1), "templates/assets/" + a.name(), diags, copied));
        stage("copy");
        return written[0] + copied.get();
    }

    /** Without a usable site.yml no page can be checked: one follow-on per page, counted in site.yml's note. */
    private static void notChecked(Path siteDir, Diagnostics diags) throws IOException {
        if (!Files.isRegularFile(siteDir.resolve(SiteConfigLoader.FILE)) || !Files.isDirectory(siteDir.resolve("content"))) return;
        for (ContentScanner.Entry e : ContentScanner.scan(siteDir.resolve("content"), new Diagnostics()).markdown()) {
            diags.add(Diagnostic.followOn(SiteConfigLoader.FILE, "page", "content/" + e.relPath(), 0, 0, "not checked"));
        }
    }

    private Optional<SiteConfig> loadConfig(Path siteDir, Diagnostics diags) throws IOException {
        Path yml = siteDir.resolve(SiteConfigLoader.FILE);
        if (!Files.isRegularFile(yml)) {
            diags.error(SiteConfigLoader.FILE, 0, 0, "no site.yml in " + siteDir.toAbsolutePath().normalize(),
                    "run resurface in the site folder, or pass --site DIR");
            return Optional.empty();
        }
        String text;
        try {
            text = TextFiles.readText(yml);
        } catch (TextFiles.NotText e) {
            diags.error(SiteConfigLoader.FILE, e.line(), e.col(), e.getMessage(), e.hint());
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        SiteConfigLoader.Result r = SiteConfigLoader.load(text, opts.baseUrl());
        diags.addAll(r.problems());
        return r.config();
    }

    /** Every folder holding a published page (and each folder above it) is a section: folder to site path. */
    private static Map<String, String> sectionFolders(List<ParsedPage> pages) {
        Map<String, String> out = new TreeMap<>();
        out.put("", "/");
        for (ParsedPage p : pages) {
            String dir = p.src().dir();
            while (!dir.isEmpty()) {
                out.putIfAbsent(dir, "/" + dir + "/");
                dir = Section.parentOf(dir);
            }
        }
        return out;
    }

    private static Map<String, List<ParsedPage>> tags(List<ParsedPage> pages) {
        Map<String, List<ParsedPage>> out = new TreeMap<>();
        for (ParsedPage p : pages) {
            for (String t : new java.util.LinkedHashSet<>(p.fm().tags())) out.computeIfAbsent(Tags.slug(t), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** Claims every output file up front, so duplicates are found before anything is written. */
    private static OutputPlan plan(List<ParsedPage> pages, Map<String, String> sections, Map<String, Path> statics,
                                   Map<String, List<ParsedPage>> tagged, List<Assets.Asset> assets, List<Page> referencePages) {
        OutputPlan plan = new OutputPlan();
        for (Page g : referencePages) plan.claim(Outputs.fileOf(g.path()), g.path(), new OutputPlan.Claim("the generated " + g.title().toLowerCase(java.util.Locale.ROOT) + " page", "content" + g.path(), 0, 0));
        Set<String> sectionPagePaths = new HashSet<>();
        for (ParsedPage p : pages) {
            boolean slug = p.fm().slug().isPresent() && p.kind() == PageKind.PAGE; // (a section page's slug is ignored)
            Pos at = slug ? p.fm().posOf("slug") : Pos.START;
            plan.claim(Outputs.fileOf(p.path()), p.path(), new OutputPlan.Claim(p.src().path(), p.src().path(), at.line(), at.col(), slug));
            if (p.kind() != PageKind.PAGE) sectionPagePaths.add(p.path());
        }
        for (String path : sections.values()) {
            if (!sectionPagePaths.contains(path)) plan.claim(Outputs.fileOf(path), path, new OutputPlan.Claim("section " + path, "content" + path, 0, 0));
        }
        for (Map.Entry<String, Path> e : statics.entrySet()) {
            plan.claim(e.getKey(), "/" + e.getKey(), new OutputPlan.Claim("content/" + e.getKey(), "content/" + e.getKey(), 0, 0));
        }
        for (String slug : tagged.keySet()) {
            String path = Outputs.tagPath(slug);
            ParsedPage first = tagged.get(slug).get(0);
            Pos at = first.fm().posOf("tags");
            plan.claim(Outputs.fileOf(path), path, new OutputPlan.Claim("tag '" + slug + "'", first.src().path(), at.line(), at.col()));
        }
        if (!tagged.isEmpty()) plan.claim(Outputs.fileOf(Outputs.TAGS), Outputs.TAGS, new OutputPlan.Claim("the tag index", Outputs.TAGS, 0, 0));
        for (String generated : List.of(Outputs.NOT_FOUND, Outputs.SITEMAP, Outputs.ROBOTS, Outputs.FEED)) {
            plan.claim(Outputs.fileOf(generated), generated, new OutputPlan.Claim("the generated " + generated, "content" + generated, 0, 0));
        }
        plan.claim(OutputGuard.MARKER, "/" + OutputGuard.MARKER, new OutputPlan.Claim("resurface's output marker", "content/" + OutputGuard.MARKER, 0, 0));
        for (Assets.Asset a : assets) {
            plan.claim(a.sitePath().substring(1), a.sitePath(), new OutputPlan.Claim("templates/assets/" + a.name(), "templates/assets/" + a.name(), 0, 0));
        }
        for (ParsedPage p : pages) {
            Pos at = p.fm().posOf("aliases");
            for (String alias : p.fm().aliases()) {
                Optional<String> problem = Aliases.problem(alias);
                if (problem.isPresent()) {
                    plan.problems().add(Diagnostic.error(p.src().path(), at.line(), at.col(), problem.get(), "e.g. aliases: [/old-name/]"));
                    continue;
                }
                plan.claim(Aliases.fileOf(alias), Aliases.sitePathOf(alias),
                        new OutputPlan.Claim("alias '" + alias + "' in " + p.src().path(), p.src().path(), at.line(), at.col(), true));
            }
        }
        return plan;
    }

    /** Front-matter fields of type {@code page} must name a published page. */
    private static void checkPageRefs(List<ParsedPage> pages, LinkResolver links, Diagnostics diags) {
        for (ParsedPage p : pages) {
            for (FrontMatter.PageRef ref : p.fm().pageRefs()) {
                if (links.page(p.src().dir(), ref.target()).isEmpty() && !links.namesBrokenPage(p.src().dir(), ref.target())) {
                    diags.error(p.src().path(), ref.pos().line(), ref.pos().col(),
                            "'" + ref.field() + "' names '" + ref.target() + "', which is not a published page",
                            orElse(links.pageHint(p.src().dir(), ref.target()), "write a path to a .md file, relative to this page"));
                }
            }
        }
    }

    /**
     * The sources page and glossary page, made up by the engine when the site has the data but no
     * content page at that path (a content page there is used instead, with the same layout).
     */
    private static List<Page> referencePages(List<ParsedPage> pages, ReferenceData refs, TrustConfig trust) {
        Set<String> taken = new HashSet<>();
        for (ParsedPage p : pages) taken.add(p.path());
        List<Page> out = new ArrayList<>();
        // a data file that failed to load still has its page: links to it are not reported as broken as well
        if ((!refs.bibliography().sources().isEmpty() || refs.failed().containsKey(trust.citations().data())) && !taken.contains(trust.citations().page())) {
            out.add(generatedPage(trust.citations().page(), "Sources", "Every source this site cites, with the pages that cite it."));
        }
        if ((!refs.glossary().isEmpty() || refs.failed().containsKey(trust.glossary().data())) && !taken.contains(trust.glossary().page())) {
            out.add(generatedPage(trust.glossary().page(), "Glossary", "Plain-language explanations of the terms this site uses, A to Z."));
        }
        return out;
    }

    private static Page generatedPage(String path, String title, String description) {
        FrontMatter fm = FrontMatter.of(title, Optional.of(description));
        return new Page("", "", PageKind.PAGE, "", path, fm, "", List.of(), description, 0, 0, Trust.NONE);
    }

    /** Each source with the pages citing it, in bibliography order; the glossary as loaded. */
    private static Reference reference(List<Page> pages, ReferenceData refs) {
        Map<String, List<Page>> citing = new HashMap<>();
        for (Page p : pages) for (CitedSource c : p.trust().citations()) citing.computeIfAbsent(c.source().id(), k -> new ArrayList<>()).add(p);
        List<Reference.Entry> entries = new ArrayList<>();
        for (Source s : refs.bibliography().sources().values()) {
            List<Page> by = new ArrayList<>(citing.getOrDefault(s.id(), List.of()));
            by.sort(java.util.Comparator.comparing(Page::title).thenComparing(Page::path));
            entries.add(new Reference.Entry(s, by));
        }
        return new Reference(refs.bibliography(), entries, refs.glossary());
    }

    /**
     * Fields declared with {@code in: <data>} must name ids that exist in that data file; an id that
     * no page uses (by such a field or, for the bibliography, by a citation) is a warning.
     */
    private static void checkDataRefs(Path siteDir, List<ParsedPage> pages, SiteConfig config, Map<String, Object> data,
                                      ReferenceData refs, Diagnostics diags) {
        Map<String, Set<String>> idsByData = new HashMap<>();
        String citeData = config.trust().citations().data();
        if (!refs.bibliography().sources().isEmpty()) idsByData.put(citeData, new java.util.LinkedHashSet<>(refs.bibliography().sources().keySet()));
        for (var spec : config.schema().fields().values()) {
            if (spec.in().isEmpty() || idsByData.containsKey(spec.in().get())) continue;
            String name = spec.in().get();
            Set<String> ids = new java.util.LinkedHashSet<>();
            if (data.get(name) instanceof List<?> list) {
                for (Object item : list) if (item instanceof Map<?, ?> m && m.get("id") != null) ids.add(String.valueOf(m.get("id")));
            }
            idsByData.put(name, ids);
        }
        if (idsByData.isEmpty()) return;
        Map<String, Set<String>> used = new HashMap<>();
        for (ParsedPage p : pages) {
            used.computeIfAbsent(citeData, k -> new HashSet<>()).addAll(p.md().cited());
            for (var spec : config.schema().fields().values()) {
                if (spec.in().isEmpty() || !p.fm().params().containsKey(spec.name())) continue;
                Object v = p.fm().params().get(spec.name());
                Set<String> ids = idsByData.get(spec.in().get());
                Pos at = p.fm().posOf(spec.name());
                String file = refs.failed().getOrDefault(spec.in().get(), dataFile(siteDir, spec.in().get()));
                for (Object item : v instanceof List<?> l ? l : List.of(v)) {
                    String id = String.valueOf(item);
                    used.computeIfAbsent(spec.in().get(), k -> new HashSet<>()).add(id);
                    if (ids.contains(id)) continue;
                    String message = "'" + spec.name() + "' names '" + id + "', which is not an id in the data file '" + spec.in().get() + "'";
                    if (refs.failed().containsKey(spec.in().get()) || spec.in().get().equals(citeData) && refs.bibliography().file().covers(id)) {
                        diags.add(Diagnostic.followOn(file, "'" + spec.name() + "' value", p.src().path(), at.line(), at.col(), message));
                        continue;
                    }
                    String hint = Hints.didYouMean(id, ids);
                    diags.error(p.src().path(), at.line(), at.col(), message, hint.isEmpty() ? "add it to " + file + ", or fix the spelling" : hint + " If not, add it to " + file);
                }
            }
        }
        idsByData.forEach((name, ids) -> {
            String file = dataFile(siteDir, name);
            List<String> lines = readLines(siteDir.resolve(file));
            for (String id : ids) {
                if (!used.getOrDefault(name, Set.of()).contains(id)) {
                    int[] at = idPosition(lines, id);
                    diags.warning(file, at[0], at[1], "'" + id + "' is not used by any published page",
                            "cite it from a page, or remove it from the data file");
                }
            }
        });
    }

    /** A snippet no published page includes is a warning, like a source no page cites. */
    private static void checkSnippetUse(List<ParsedPage> pages, Snippets snippets, Diagnostics diags) {
        Set<String> used = new HashSet<>();
        for (ParsedPage p : pages) used.addAll(p.map().snippets().keySet());
        for (Snippet s : snippets.all()) {
            if (!used.contains(s.name())) {
                diags.warning(s.path(), 1, 1, "snippet '" + s.name() + "' is not included by any published page",
                        "include it with {{< snippet \"" + s.name() + "\" >}} on a line of its own, or delete it");
            }
        }
    }

    private static String dataFile(Path siteDir, String name) {
        for (String ext : List.of(".yml", ".yaml", ".json")) {
            String f = "content/" + ContentScanner.DATA_DIR + "/" + name + ext;
            if (Files.isRegularFile(siteDir.resolve(f))) return f;
        }
        return "content/" + ContentScanner.DATA_DIR + "/" + name + ".yml";
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Where "id: x" (YAML) or "id": "x" (JSON) is written, for a precise position; 0:0 if not found. */
    private static int[] idPosition(List<String> lines, String id) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("[\"']?id[\"']?\\s*:\\s*[\"']?" + java.util.regex.Pattern.quote(id) + "[\"']?\\s*[,}]?\\s*$|[\"']?id[\"']?\\s*:\\s*[\"']?" + java.util.regex.Pattern.quote(id) + "[\"']?\\s*[,}]");
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = p.matcher(lines.get(i));
            if (m.find()) return new int[] {i + 1, m.start() + 1};
        }
        return new int[] {0, 0};
    }

    private static Map<String, List<MenuItem>> menus(SiteConfig config, LinkResolver links, Set<String> sitePaths, Diagnostics diags) {
        Map<String, List<MenuItem>> out = new LinkedHashMap<>();
        config.menus().forEach((name, entries) -> {
            List<MenuItem> items = new ArrayList<>();
            for (var e : entries) {
                if (!e.page().isEmpty()) {
                    Optional<String> p = links.page("", e.page());
                    if (p.isEmpty()) {
                        diags.error(SiteConfigLoader.FILE, e.line(), e.col(), "menu item '" + e.name() + "' names page '" + e.page() + "', which does not exist",
                                orElse(links.pageHint("", e.page()), "write a path under content/, e.g. 'types/_index.md'"));
                        continue;
                    }
                    items.add(new MenuItem(e.name(), config.basePath() + p.get().substring(1), p.get(), e.weight()));
                } else if (Urls.isExternal(e.url())) {
                    items.add(new MenuItem(e.name(), e.url(), "", e.weight()));
                } else {
                    String path = e.url().startsWith("/") ? e.url() : "/" + e.url();
                    if (!sitePaths.contains(path)) {
                        diags.error(SiteConfigLoader.FILE, e.line(), e.col(), "menu item '" + e.name() + "' links to " + e.url() + ", which this site does not have",
                                "use 'page:' with a content path instead");
                        continue;
                    }
                    items.add(new MenuItem(e.name(), config.basePath() + path.substring(1), path, e.weight()));
                }
            }
            out.put(name, List.copyOf(items));
        });
        return out;
    }

    /** Section pages for folders without an {@code _index.md}, titled from the folder name. */
    private static List<Page> syntheticSections(Map<String, String> sections, List<ParsedPage> pages, SiteConfig config) {
        Set<String> have = new HashSet<>();
        for (ParsedPage p : pages) if (p.kind() != PageKind.PAGE) have.add(p.section());
        List<Page> out = new ArrayList<>();
        for (Map.Entry<String, String> s : sections.entrySet()) {
            if (have.contains(s.getKey())) continue;
            String key = s.getKey();
            String title = key.isEmpty() ? config.title() : humanize(key.substring(key.lastIndexOf('/') + 1));
            FrontMatter fm = FrontMatter.of(title, Optional.empty());
            out.add(new Page("", key.isEmpty() ? "_index.md" : key + "/_index.md", key.isEmpty() ? PageKind.HOME : PageKind.SECTION,
                    key, s.getValue(), fm, "", List.of(), "", 0, 0, Trust.NONE));
        }
        return out;
    }

    static String humanize(String folder) {
        String s = folder.replace('-', ' ').replace('_', ' ').trim();
        return s.isEmpty() ? folder : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, Section> sections(List<Page> pages, Map<String, String> folders) {
        Map<String, Page> own = new HashMap<>();
        Map<String, List<Page>> members = new HashMap<>();
        for (Page p : pages) {
            if (p.kind() == PageKind.PAGE) members.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p);
            else own.putIfAbsent(p.section(), p);
        }
        Map<String, List<String>> children = new TreeMap<>();
        for (String key : folders.keySet()) if (!key.isEmpty()) children.computeIfAbsent(Section.parentOf(key), k -> new ArrayList<>()).add(key);
        Map<String, Section> out = new TreeMap<>();
        for (String key : folders.keySet()) {
            List<Page> list = new ArrayList<>(members.getOrDefault(key, List.of()));
            list.sort(PageOrder.READING);
            out.put(key, new Section(key, own.get(key), list, children.getOrDefault(key, List.of())));
        }
        return out;
    }

    /** A tag's display name (as first written) and the site paths of its pages. */
    private record TagIndex(String name, List<String> paths) {}

    private static Map<String, TagIndex> tagIndex(Map<String, List<ParsedPage>> tagged) {
        Map<String, TagIndex> out = new TreeMap<>();
        tagged.forEach((slug, list) -> {
            String name = list.get(0).fm().tags().stream().filter(t -> Tags.slug(t).equals(slug)).findFirst().orElse(slug);
            out.put(slug, new TagIndex(name, list.stream().map(ParsedPage::path).toList()));
        });
        return out;
    }

    private static Map<String, Tag> tagModels(Map<String, TagIndex> tags, List<Page> pages) {
        Map<String, Page> byPath = new HashMap<>();
        for (Page p : pages) byPath.put(p.path(), p);
        Map<String, Tag> out = new TreeMap<>();
        tags.forEach((slug, t) -> {
            List<Page> ps = new ArrayList<>();
            for (String path : t.paths()) ps.add(byPath.get(path));
            ps.sort(PageOrder.NEWEST_FIRST);
            out.put(slug, new Tag(t.name(), slug, Outputs.tagPath(slug), ps));
        });
        return out;
    }

    private static void checkLayouts(List<Page> pages, SiteRenderer renderer, TemplateEngine templates, Diagnostics diags) {
        for (Page p : pages) {
            if (p.fm().layout().isEmpty()) continue;
            String name = renderer.layoutOf(p);
            if (!templates.exists(name)) {
                Pos at = p.fm().posOf("layout");
                List<String> names = templates.siteTemplates().stream().filter(n -> n.endsWith(".ftlh")).map(n -> n.substring(0, n.length() - 5)).toList();
                diags.error(p.source(), at.line(), at.col(), "layout '" + p.fm().layout().get() + "' does not exist (no templates/" + name + ")",
                        orElse(Hints.didYouMean(p.fm().layout().get(), names), "available: " + String.join(", ", names)));
            }
        }
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

    private static void promoteWarnings(Diagnostics diags) {
        List<Diagnostic> all = diags.sorted();
        for (Diagnostic d : all) if (d.isWarning()) diags.add(d.withSeverity(Severity.ERROR));
    }

    private BuildResult finish(boolean ok, Diagnostics diags, int pages, int other, long t0) {
        List<Diagnostic> list = diags.sorted();
        if (opts.strict()) {
            // in strict mode a warning that was promoted is reported once, as an error (and counted once in a file's cap)
            Set<String> errors = new HashSet<>();
            for (Diagnostic d : list) if (d.isError()) errors.add(d.withSeverity(Severity.WARNING).format());
            list = list.stream().filter(d -> d.isError() || !errors.contains(d.format())).toList();
        }
        list = Diagnostics.capPerFile(Diagnostics.diskFullOnce(list));
        return new BuildResult(ok, list, pages, other, (System.nanoTime() - t0) / 1_000_000, report);
    }

    /** Where an I/O failure happened, as the author would name it: --output for the output side. */
    private String ioWhere(IOException e) {
        String file = e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null ? fse.getFile() : "";
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

    private static String orElse(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }
}
