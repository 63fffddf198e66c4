package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Site;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.output.MemoryOutput;
import dev.resurface.render.Facet;
import dev.resurface.render.Outputs;
import dev.resurface.render.SiteRenderer;
import dev.resurface.search.SearchIndex;
import dev.resurface.util.Parallel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;

/**
 * serve's fast path for the commonest edit: the Markdown body of existing pages changed and nothing
 * else did. Such an edit cannot move a URL, a title, a section, a tag, an anchor or a draft state, so
 * everything the link stage decided still holds. Only the edited pages are parsed and rendered again,
 * and only the outputs whose last render read what changed in them (their HTML, summary, word count,
 * table of contents or trust figures: see {@link Facet}) are rendered again; the rest of the last build
 * is kept as it was.
 *
 * <p>The next commonest, an edit of existing templates ({@link TemplateEdit}), is taken the same way:
 * only the outputs whose last render loaded an edited template are rendered again, and only the pages
 * whose shortcodes loaded one go through the Markdown stage again (then, as above, whatever read what
 * changed in them).
 *
 * <p>Anything outside those cases gives no result, and serve runs an ordinary (cached) build: a changed
 * front matter or set of anchors or cited sources or included snippets, a new, deleted or draft page,
 * a data file, a snippet, a new or deleted template or one that does not parse, an asset, site.yml,
 * static files, any error, strict mode. The result is the same as a clean build's, byte for byte; tests
 * edit sites at random and compare.
 */
public final class QuickRebuild {
    /** A quick rebuild's outcome: the build result, the whole new set of files, and what it did (for --verbose). */
    public record Result(BuildResult build, Map<String, byte[]> files, String stages) {}

    private static final String TEMPLATES = "templates/";
    /** From how many outputs a quick rebuild renders on worker threads rather than on the watcher's alone. */
    private static final int PARALLEL_FROM = 64;

    private QuickRebuild() {}

    /**
     * Rebuilds after {@code changed} (paths relative to the site, as the watcher reports them), on top
     * of the files {@code served} by the last build; empty when the change is not a pure body edit.
     */
    public static Optional<Result> apply(BuildCache cache, Set<String> changed, Map<String, byte[]> served) {
        long t0 = System.nanoTime();
        LastBuild s = cache.last();
        if (s == null || s.opts().strict() || changed.isEmpty()) return Optional.empty();
        List<String> rels = new ArrayList<>();
        Set<String> templatePaths = new TreeSet<>();
        for (String c : changed) {
            if (c.startsWith(TEMPLATES)) {
                templatePaths.add(c.substring(TEMPLATES.length()));
                continue;
            }
            if (!c.startsWith("content/") || !c.endsWith(".md") || c.startsWith("content/" + ContentScanner.DATA_DIR + "/")
                    || c.startsWith("content/" + ContentScanner.SNIPPETS_DIR + "/")) return Optional.empty(); // a snippet: a full build finds its pages
            String rel = c.substring("content/".length());
            ContentScanner.Entry e = s.markdownFiles().get(rel);
            if (e == null || !Files.isRegularFile(e.file(), LinkOption.NOFOLLOW_LINKS) || s.site().byContentPath(rel).isEmpty()) return Optional.empty();
            rels.add(rel);
        }
        Optional<TemplateEdit> edit = TemplateEdit.of(s, templatePaths);
        if (edit.isEmpty()) return Optional.empty();
        TemplateEdit t = edit.get();

        // parse the edited files; their front matter and anchors must be as before
        Map<String, ParsedPage> redo = new LinkedHashMap<>();
        Map<String, List<Diagnostic>> oldProblems = new HashMap<>();
        Map<String, ParsedPage> oldParses = new HashMap<>();
        for (String rel : rels) {
            Optional<ParsedPage> before = cache.renderedParse(rel);
            if (before.isEmpty()) return Optional.empty();
            oldProblems.put(rel, cache.problems(rel));
            Diagnostics d = new Diagnostics();
            Optional<ParsedPage> after = cache.parse(s.markdownFiles().get(rel), s.stages().parse(), s.fingerprint(), d);
            if (after.isEmpty() || d.hasErrors() || !sameOutline(before.get(), after.get())) return Optional.empty();
            redo.put(rel, after.get());
            oldParses.put(rel, before.get());
        }
        // and the pages whose shortcodes loaded an edited template: their Markdown is rendered again too
        for (Page pg : t.names().isEmpty() ? List.<Page>of() : s.site().pages()) {
            String rel = pg.contentPath();
            // a section without an _index.md has no Markdown of its own
            if (!s.markdownFiles().containsKey(rel) || redo.containsKey(rel) || !t.touches(cache.markdownTemplates(rel).orElse(null))) continue;
            Optional<ParsedPage> before = cache.renderedParse(rel);
            if (before.isEmpty()) return Optional.empty();
            oldProblems.put(rel, cache.problems(rel));
            redo.put(rel, before.get());
            oldParses.put(rel, before.get());
        }
        long parsed = System.nanoTime();

        // the Markdown stage for each, against the last build's links and lint, and the templates as they are now
        SiteConfig config = s.site().config();
        Map<String, String> searchTexts = config.search().enabled() && !redo.isEmpty() ? new HashMap<>(s.searchTexts()) : s.searchTexts();
        Map<Page, Page> newer = new IdentityHashMap<>();
        Set<String> affected = new HashSet<>();
        for (Map.Entry<String, ParsedPage> e : redo.entrySet()) {
            ParsedPage p = e.getValue();
            // the reference pages' search text also lists the glossary or the sources: leave those to a full build
            if (p.path().equals(config.trust().glossary().page()) || p.path().equals(config.trust().citations().page())) return Optional.empty();
            Diagnostics pageDiags = new Diagnostics();
            Page page = cache.render(p, t.markdown(), s.stages().parse(), t.fingerprint(), pageDiags, searchTexts);
            if (pageDiags.hasErrors()) return Optional.empty();
            // which pages cite a source is shown on the sources page and decides "unused source" warnings
            if (!new HashSet<>(oldParses.get(e.getKey()).md().cited()).equals(new HashSet<>(p.md().cited()))) return Optional.empty();
            Page old = s.site().byContentPath(e.getKey()).get();
            newer.put(old, page);
            Set<String> keys = new HashSet<>(Facet.keys(page.path(), Facet.changed(old, page)));
            s.reads().forEach((file, read) -> {
                for (String k : keys) {
                    if (read.contains(k)) {
                        affected.add(file);
                        break;
                    }
                }
            });
        }
        // every output whose render loaded an edited template
        if (!t.names().isEmpty()) for (String file : s.reads().keySet()) if (t.touches(s.templates().get(file))) affected.add(file);
        long marked = System.nanoTime();

        // render what can have changed
        Site site = newer.isEmpty() ? s.site() : s.site().replacing(newer);
        SiteRenderer renderer = new SiteRenderer(t.templates(), site, s.generator(), true, s.opts().today());
        long siteMade = System.nanoTime();
        MemoryOutput out = new MemoryOutput();
        List<Diagnostic> renderProblems = render(renderer, affected, out, s.opts().threads());
        if (!renderProblems.isEmpty()) return Optional.empty();
        SiteConfig.Search search = config.search();
        if (search.enabled() && !redo.isEmpty()) {
            out.write(Outputs.fileOf(search.index()), SearchIndex.build(site, searchTexts, search, s.synonyms()));
        }
        Map<String, byte[]> files = new TreeMap<>(served);
        files.putAll(out.files());
        long rendered = System.nanoTime();

        // the build's problems: the redone pages' old ones out, their new ones in
        List<Diagnostic> diagnostics = new ArrayList<>(s.diagnostics());
        oldProblems.values().forEach(list -> list.forEach(diagnostics::remove));
        for (String rel : redo.keySet()) diagnostics.addAll(cache.problems(rel));
        Map<String, Set<String>> reads = new HashMap<>(s.reads());
        reads.putAll(renderer.reads());
        Map<String, Set<String>> templates = s.templates();
        Map<String, Set<String>> used = renderer.templatesUsed();
        // a body edit seldom changes which templates an output loads: then the last map holds as it is
        if (!used.entrySet().stream().allMatch(e -> e.getValue().equals(s.templates().get(e.getKey())))) {
            Map<String, Set<String>> merged = new HashMap<>(templates);
            merged.putAll(used);
            templates = Collections.unmodifiableMap(merged);
        }
        // the other pages' rendered Markdown did not load an edited template: it holds with the templates as they are now
        if (!t.names().isEmpty()) {
            String from = s.fingerprint().markdownContext(true);
            String to = t.fingerprint().markdownContext(true);
            for (Page pg : site.pages()) if (!pg.contentPath().isEmpty() && !redo.containsKey(pg.contentPath())) cache.carry(pg.contentPath(), from, to);
        }
        // never changed once made (each quick rebuild makes new maps), so wrapping is enough: no second copy
        LastBuild.Stages stages = new LastBuild.Stages(s.stages().parse(), t.markdown(), t.templates(), s.stages().published());
        LastBuild next = new LastBuild(s.opts(), s.generator(), s.markdownFiles(), stages, t.fingerprint(), site,
                Collections.unmodifiableMap(reads), templates, Collections.unmodifiableMap(searchTexts),
                s.synonyms(), List.copyOf(diagnostics), s.otherFiles());
        cache.quickRebuilt(next, s.markdownFiles().size() - rels.size(), s.stages().published() - redo.size());
        Diagnostics all = new Diagnostics();
        all.addAll(diagnostics);
        List<Diagnostic> shown = all.reported();
        long done = System.nanoTime();
        String what = t.names().isEmpty() ? "" : " (templates changed: " + String.join(", ", new TreeSet<>(t.names())) + ")";
        String stagesLine = String.format("quick%s: parse %d ms, markdown %d ms (pages rendered again: %d), site %d ms, render %d ms (outputs re-rendered: %d), %d ms in all",
                what, ms(parsed - t0), ms(marked - parsed), redo.size(), ms(siteMade - marked), ms(rendered - siteMade), affected.size(), ms(done - t0));
        return Optional.of(new Result(new BuildResult(true, shown, site.pages().size(), s.otherFiles(), ms(done - t0), List.of()), files, stagesLine));
    }

    /** Renders the affected outputs; many of them (a layout most pages use) on the build's worker threads. */
    private static List<Diagnostic> render(SiteRenderer renderer, Set<String> affected, MemoryOutput out, int threads) {
        if (threads < 2 || affected.size() < PARALLEL_FROM) return renderer.render(affected, out, new int[1]);
        ExecutorService pool = Parallel.workers(threads, Build.STACK_BYTES);
        try {
            return renderer.render(affected, out, pool, new int[1]);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether a new parse leaves everything other pages and the link stage can see as it was. */
    private static boolean sameOutline(ParsedPage before, ParsedPage after) {
        return before.src().text().substring(0, before.bodyOffset()).equals(after.src().text().substring(0, after.bodyOffset()))
                && before.path().equals(after.path()) && before.kind() == after.kind()
                && before.md().anchors().equals(after.md().anchors())
                // which snippets are included decides the "unused snippet" warnings
                && before.map().snippets().keySet().equals(after.map().snippets().keySet());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
