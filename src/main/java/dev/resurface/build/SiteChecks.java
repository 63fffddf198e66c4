package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Pos;
import dev.resurface.content.Site;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.Hints;
import dev.resurface.links.LinkResolver;
import dev.resurface.lint.DuplicateTitles;
import dev.resurface.render.FeedEntries;
import dev.resurface.render.SiteRenderer;
import dev.resurface.render.TemplateEngine;
import dev.resurface.snippet.Snippet;
import dev.resurface.snippet.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that look at the whole site rather than one page: page and data references in front
 * matter, unused sources and snippets, duplicate titles (on the parsed pages), then layouts and the
 * feed (on the assembled site).
 */
final class SiteChecks {
    private SiteChecks() {}

    /** The checks on the published pages' parses, once their links can be resolved. */
    static void pages(Inputs in, Parsed parsed, Linked linked, Run run) {
        List<ParsedPage> published = parsed.published();
        run.diags.addAll(DuplicateTitles.check(published));
        checkPageRefs(published, linked.links(), run.diags);
        checkDataRefs(run.opts.site(), published, in.config(), in.data(), in.refs(), run.diags);
        checkSnippetUse(published, in.snippets(), run.diags);
    }

    /** The checks on the assembled site: every layout exists, the feed has what it needs. */
    static void site(Site site, SiteRenderer renderer, TemplateEngine templates, Diagnostics diags) {
        checkLayouts(site.pages(), renderer, templates, diags);
        diags.addAll(FeedEntries.check(site));
    }

    /** Front-matter fields of type {@code page} must name a published page. */
    private static void checkPageRefs(List<ParsedPage> pages, LinkResolver links, Diagnostics diags) {
        for (ParsedPage p : pages) {
            for (FrontMatter.PageRef ref : p.fm().pageRefs()) {
                if (links.page(p.src().dir(), ref.target()).isEmpty() && !links.namesBrokenPage(p.src().dir(), ref.target())) {
                    diags.error(p.src().path(), ref.pos().line(), ref.pos().col(),
                            "'" + ref.field() + "' names '" + ref.target() + "', which is not a published page",
                            Hints.orElse(links.pageHint(p.src().dir(), ref.target()), "write a path to a .md file, relative to this page"));
                }
            }
        }
    }

    /**
     * Fields declared with {@code in: <data>} must name ids that exist in that data file; an id that
     * no page uses (by such a field or, for the bibliography, by a citation) is a warning.
     */
    private static void checkDataRefs(Path siteDir, List<ParsedPage> pages, SiteConfig config, Map<String, Object> data,
                                      ReferenceData refs, Diagnostics diags) {
        Map<String, Set<String>> idsByData = new HashMap<>();
        String citeData = config.trust().citations().data();
        if (!refs.bibliography().sources().isEmpty()) idsByData.put(citeData, new LinkedHashSet<>(refs.bibliography().sources().keySet()));
        for (var spec : config.schema().fields().values()) {
            if (spec.in().isEmpty() || idsByData.containsKey(spec.in().get())) continue;
            String name = spec.in().get();
            Set<String> ids = new LinkedHashSet<>();
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
        Pattern p = Pattern.compile("[\"']?id[\"']?\\s*:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*[,}]?\\s*$|[\"']?id[\"']?\\s*:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*[,}]");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = p.matcher(lines.get(i));
            if (m.find()) return new int[] {i + 1, m.start() + 1};
        }
        return new int[] {0, 0};
    }

    private static void checkLayouts(List<Page> pages, SiteRenderer renderer, TemplateEngine templates, Diagnostics diags) {
        for (Page p : pages) {
            if (p.fm().layout().isEmpty()) continue;
            String name = renderer.layoutOf(p);
            if (!templates.exists(name)) {
                Pos at = p.fm().posOf("layout");
                List<String> names = templates.allTemplates().stream().filter(n -> n.endsWith(".ftlh")).map(n -> n.substring(0, n.length() - 5)).toList();
                diags.error(p.source(), at.line(), at.col(), "layout '" + p.fm().layout().get() + "' does not exist (no templates/" + name + ")",
                        Hints.orElse(Hints.didYouMean(p.fm().layout().get(), names), "available: " + String.join(", ", names)));
            }
        }
    }

}
