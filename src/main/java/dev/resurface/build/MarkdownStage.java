package dev.resurface.build;

import dev.resurface.cache.PageStore;
import dev.resurface.cite.Bibliography;
import dev.resurface.cite.CitedSource;
import dev.resurface.cite.Source;
import dev.resurface.config.SiteConfig;
import dev.resurface.content.Html;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.SourceMap;
import dev.resurface.content.Trust;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.Problem;
import dev.resurface.links.LinkResolver;
import dev.resurface.lint.PageLint;
import dev.resurface.markdown.Citation;
import dev.resurface.markdown.MarkdownEngine;
import dev.resurface.markdown.NestingGuard;
import dev.resurface.markdown.ParsedMarkdown;
import dev.resurface.markdown.ResurfaceSyntax;
import dev.resurface.markdown.Shortcode;
import dev.resurface.markdown.TocEntry;
import dev.resurface.prose.Readability;
import dev.resurface.render.FailedData;
import dev.resurface.render.Shortcodes;
import dev.resurface.render.SiteModel;
import dev.resurface.render.TemplateEngine;
import dev.resurface.search.SearchText;
import dev.resurface.util.Parallel;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown stage for one parsed page: its links checked and rewritten, trust rules and claim
 * lint, shortcodes, HTML, and the trust figures templates show. Shared by every thread of a build,
 * and by serve's quick rebuild.
 *
 * @param citeTitles source id → the label shown on hover over a citation, escaped ({@link ResurfaceSyntax#CITE_TITLES})
 * @param wpm        reading speed, for reading time
 * @param shortcodeResults each distinct shortcode call's result, rendered once (see {@link ShortcodeCall})
 */
record MarkdownStage(LinkResolver links, PageLint lint, Map<String, String> citeTitles, Shortcodes shortcodes,
                     MarkdownEngine markdown, SiteConfig.Search search, int wpm, ReferenceData refs,
                     Map<ShortcodeCall, RenderedCall> shortcodeResults) {
    /** A shortcode call's result and the templates its render loaded: every page that reuses it has used them too (serve's template edits). */
    record RenderedCall(Shortcodes.Result result, Set<String> templates) {}

    /**
     * A shortcode call as written: its output depends on nothing else (its template, the site's data and
     * settings are the same for the whole build), so a call repeated on many pages (a care card, a figure
     * from one data file) is rendered once per stage. A stage is made afresh for each build whose templates
     * or data changed.
     */
    record ShortcodeCall(String name, List<Map.Entry<String, Object>> args) {
        static ShortcodeCall of(Shortcode sc) {
            List<Map.Entry<String, Object>> args = new ArrayList<>();
            sc.args().forEach((k, v) -> args.add(new AbstractMap.SimpleImmutableEntry<>(k, v))); // in order: a catch-all argument lists them so
            return new ShortcodeCall(sc.name(), List.copyOf(args));
        }
    }

    /** The stage for a site, once its links are known; shortcodes render through {@code templates}. */
    static MarkdownStage of(Inputs in, Linked linked, ParseStage parser, TemplateEngine templates, Run run) {
        SiteConfig config = in.config();
        ReferenceData refs = in.refs();
        PageLint lint = new PageLint(config.trust(), config.schema(), refs.bibliography(), refs.people(), run.opts.today());
        Map<String, String> labels = new HashMap<>();
        refs.bibliography().sources().forEach((id, src) -> labels.put(id, src.label()));
        Map<String, String> citeTitles = ResurfaceSyntax.citeTitles(labels);
        Shortcodes shortcodes = new Shortcodes(templates, SiteModel.forShortcodes(config, FailedData.in(in.data(), refs.failed()), run.generator));
        return new MarkdownStage(linked.links(), lint, citeTitles, shortcodes, parser.markdown(), config.search(),
                config.options().wordsPerMinute(), refs, new ConcurrentHashMap<>());
    }

    /** This stage with its shortcodes read through {@code templates} (serve, after a template edit). */
    MarkdownStage withTemplates(TemplateEngine templates) {
        // a fresh memo: the edited templates may render the same calls differently
        return new MarkdownStage(links, lint, citeTitles, shortcodes.with(templates), markdown, search, wpm, refs, new ConcurrentHashMap<>());
    }

    /** Every published page through this stage, in parallel. */
    Rendered renderAll(Parsed parsed, Fingerprint fp, Run run) {
        Map<String, String> searchTexts = new ConcurrentHashMap<>();
        boolean release = !run.cache.keepsSyntaxTrees();
        List<Page> pages = Parallel.map(run.pool, parsed.published(), p -> {
            Page done = run.cache.render(p, this, parsed.parser(), fp, run.diags, searchTexts);
            // the tree is most of a parse's memory: holding every page's until the last is rendered set the peak
            if (release) p.md().release();
            return done;
        });
        return new Rendered(pages, searchTexts, this);
    }

    /** The finished page; its problems go to {@code pageDiags}, its searchable text (if search is on) to {@code searchTexts}. */
    Page render(ParsedPage p, Diagnostics pageDiags, Map<String, String> searchTexts) {
        pageDiags.addAll(links.resolve(p));
        for (ParsedMarkdown.Dropped d : p.md().dropped()) {
            pageDiags.add(p.at(d.offset()).warning(d.message(), d.hint()));
        }
        PageLint.Result checked = lint.check(p);
        pageDiags.addAll(checked.problems());
        ParsedMarkdown md = p.md();
        md.document().set(ResurfaceSyntax.CITE_TITLES, citeTitles);
        md.document().set(ResurfaceSyntax.SHORTCODES, sc -> shortcode(p, sc, pageDiags));
        String html;
        try {
            html = markdown.render(md.document());
        } catch (StackOverflowError overflow) {
            pageDiags.error(p.src().path(), p.src().lines().line(p.bodyOffset()), 1, NestingGuard.TOO_DEEP, NestingGuard.TOO_DEEP_HINT);
            html = "";
        }
        if (search.enabled() && !p.fm().draft()) searchTexts.put(p.path(), SearchText.encode(SearchText.passages(md.document(), markdown::plainText)));
        return page(p, Html.of(html), md.toc(), md.summary(), md.words(), citedSources(md, refs.bibliography()), checked.nextReview(), checked.readability());
    }

    /** The finished page from its rendered parts; review date and reviewer come from the front matter. */
    private Page page(ParsedPage p, Html html, List<TocEntry> toc, String summary, int words, List<CitedSource> cited,
                      Optional<LocalDate> nextReview, Optional<Readability.Score> readability) {
        int minutes = Math.max(1, (words + wpm - 1) / wpm);
        Trust pageTrust = new Trust(cited, p.fm().review().lastReviewed(), nextReview,
                p.fm().review().reviewedBy().flatMap(refs.people()::get), readability);
        return new Page(p.src().path(), p.src().relPath(), p.kind(), p.section(), p.path(), p.fm(), html, toc,
                p.fm().summary().orElse(summary), words, minutes, pageTrust);
    }

    /** A page with no body, for a build that is failing anyway (its error is reported elsewhere). */
    Page empty(ParsedPage p) {
        return page(p, Html.of(""), List.of(), "", 0, List.of(), Optional.empty(), Optional.empty());
    }

    /** The page as a persistent cache entry kept it, with its body {@code html} (empty if a source it cites has gone). */
    Optional<Page> fromStore(ParsedPage p, PageStore.Entry kept, Html html) {
        List<CitedSource> cited = new ArrayList<>();
        PageStore.Render r = kept.render();
        for (var c : r.citations()) {
            Optional<Source> src = refs.bibliography().get(c.sourceId());
            if (src.isEmpty()) return Optional.empty();
            cited.add(new CitedSource(c.number(), c.anchor(), src.get(), c.refs()));
        }
        return Optional.of(page(p, html, kept.outline().toc(), kept.outline().summary(), kept.outline().words(), cited, r.nextReview(), r.readability()));
    }

    /** What the persistent cache keeps of a page this build parsed and rendered (besides its body). */
    static PageStore.Entry toStore(ParsedPage p, Page done, PageStore.Stamp stamp, List<Diagnostic> problems) {
        ParsedMarkdown md = p.md();
        var outline = new PageStore.Outline(md.hasShortcodes(), List.copyOf(md.anchors()), md.toc(), md.words(), md.summary(), md.cited());
        List<PageStore.StoredCitation> cites = done.trust().citations().stream()
                .map(c -> new PageStore.StoredCitation(c.number(), c.anchor(), c.source().id(), c.refs())).toList();
        var render = new PageStore.Render(cites, done.trust().nextReview(), done.trust().readability());
        return new PageStore.Entry(stamp, outline, render, problems, p.map().snippets());
    }

    /** Renders one shortcode call; a problem is reported at the call and the call renders as nothing. */
    private String shortcode(ParsedPage p, Shortcode sc, Diagnostics diags) {
        SourceMap.Where at = p.at(sc.getStartOffset());
        Optional<Problem> problem = shortcodes.check(sc);
        if (problem.isPresent()) {
            diags.add(at.error(problem.get()));
            return "";
        }
        RenderedCall call = shortcodeResults.computeIfAbsent(ShortcodeCall.of(sc), k -> {
            Set<String> loaded = new HashSet<>();
            Shortcodes.Result result = shortcodes.templates().recording(loaded, () -> shortcodes.render(sc));
            return new RenderedCall(result, Set.copyOf(loaded));
        });
        shortcodes.templates().noteLoaded(call.templates());
        Shortcodes.Result r = call.result();
        if (r.problem().isEmpty()) return r.html();
        if (r.failedData().isPresent()) {
            diags.add(Diagnostic.followOn(r.failedData().get(), "shortcode", at.path(), at.line(), at.col(), r.problem().get().message()));
        } else {
            diags.add(at.error(r.problem().get()));
        }
        return "";
    }

    /** A page's sources in the order it first cites them, each with the ids of the citations pointing at it. */
    private static List<CitedSource> citedSources(ParsedMarkdown md, Bibliography bib) {
        List<CitedSource> out = new ArrayList<>();
        for (int i = 0; i < md.cited().size(); i++) {
            String id = md.cited().get(i);
            Optional<Source> src = bib.get(id);
            if (src.isEmpty()) continue; // reported as an unknown source
            List<String> refIds = new ArrayList<>();
            for (Citation c : md.citations()) if (c.problem().isEmpty() && c.ids().contains(id)) refIds.add(c.refId());
            out.add(new CitedSource(i + 1, "source-" + (i + 1), src.get(), refIds));
        }
        return out;
    }
}
