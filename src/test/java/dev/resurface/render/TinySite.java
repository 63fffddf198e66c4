package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.PageOrder;
import dev.resurface.content.Reference;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.content.Tag;
import dev.resurface.content.Trust;
import dev.resurface.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Small sites for unit tests of the template model: pages made in code (no Markdown, no files), and
 * templates rendered from strings through the build's own {@link TemplateEngine}. Every record the
 * tests need is built here, in one place.
 */
final class TinySite {
    private TinySite() {}

    static SiteConfig config(String yaml) {
        return SiteConfigLoader.load(yaml, Optional.empty()).config().orElseThrow();
    }

    static SiteConfig config() {
        return config("title: Tiny\nbaseUrl: https://example.org/guide/\ndescription: A tiny site.\nlanguage: en-GB\n");
    }

    /** A page; {@code contentPath} decides the rest: {@code _index.md} is home, {@code a/_index.md} a section, others pages. */
    static Page page(String contentPath, String title, Optional<LocalDate> date, int weight, List<String> tags, Map<String, Object> params,
                     String html, String summary, Trust trust) {
        boolean index = contentPath.endsWith("_index.md");
        String dir = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
        PageKind kind = !index ? PageKind.PAGE : dir.isEmpty() ? PageKind.HOME : PageKind.SECTION;
        String path = index ? (dir.isEmpty() ? "/" : "/" + dir + "/") : "/" + contentPath.replaceFirst("\\.md$", "") + "/";
        FrontMatter fm = new FrontMatter(title, Optional.empty(), date, Optional.empty(), false, Optional.empty(), weight, tags, List.of(),
                Optional.empty(), Optional.empty(), params, Map.of(), List.of(), FrontMatter.Review.NONE);
        return new Page("content/" + contentPath, contentPath, kind, dir, path, fm, html, List.of(), summary, 10, 1, trust);
    }

    static Page page(String contentPath, String title) {
        return page(contentPath, title, Optional.empty(), 0, List.of(), Map.of(), "<p>" + title + "</p>", title + " in short.", Trust.NONE);
    }

    static Page dated(String contentPath, String title, LocalDate date, int weight) {
        return page(contentPath, title, Optional.of(date), weight, List.of(), Map.of(), "<p>" + title + "</p>", title + " in short.", Trust.NONE);
    }

    /** A site of these pages: a section for each folder (its page from {@code _index.md}), tags from front matter. */
    static Site site(SiteConfig config, List<Page> pages, Map<String, Object> data) {
        Map<String, Section> sections = new TreeMap<>();
        for (Page p : pages) {
            if (p.kind() == PageKind.PAGE) continue;
            List<Page> members = pages.stream().filter(q -> q != p && Section.containing(q).equals(p.section()) && q.kind() == PageKind.PAGE)
                    .sorted(PageOrder.READING).toList();
            List<String> subs = pages.stream().filter(q -> q.kind() == PageKind.SECTION && Section.parentOf(q.section()).equals(p.section())
                    && !q.section().equals(p.section())).map(Page::section).toList();
            sections.put(p.section(), new Section(p.section(), p, members, subs));
        }
        Map<String, Tag> tags = new TreeMap<>();
        for (Page p : pages) {
            for (String name : p.fm().tags()) {
                String slug = Tags.slug(name);
                List<Page> tagged = new ArrayList<>(tags.containsKey(slug) ? tags.get(slug).pages() : List.of());
                tagged.add(p);
                tags.put(slug, new Tag(name, slug, Outputs.tagPath(slug), tagged));
            }
        }
        List<Page> sorted = pages.stream().sorted(java.util.Comparator.comparing(Page::source)).toList();
        return new Site(config, sorted, sections, tags, data, Map.of("style.css", "/guide/assets/style.1234.css"), Map.of(), Reference.NONE);
    }

    static Site site(List<Page> pages) {
        return site(config(), pages, Map.of());
    }

    /** Renders {@code template} (the text of an .ftlh file) with this model; the text, or the problem's message. */
    static String render(Path dir, String template, Map<String, Object> model, ModelWrapper wrapper) {
        try {
            Path templates = dir.resolve("templates");
            Files.createDirectories(templates);
            Files.writeString(templates.resolve("t.ftlh"), template);
            TemplateEngine engine = new TemplateEngine(templates, "en-GB");
            TemplateEngine.Result r = engine.render("t.ftlh", new LinkedHashMap<>(model), wrapper, "a test");
            return r.text().orElseGet(() -> "PROBLEM: " + r.problem().map(Diagnostic::message).orElse("?"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders {@code template} with {@code site} and {@code page} as a page template sees them. */
    static String renderPage(Path dir, Site site, Page page, String template) {
        ModelWrapper w = new ModelWrapper(TemplateEngine.VERSION, site);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("site", new SiteModel(w, "resurface test"));
        return render(dir, template, model, w);
    }

    static void assertRenders(String expected, Path dir, Site site, Page page, String template) {
        assertEquals(expected, renderPage(dir, site, page, template), template);
    }
}
