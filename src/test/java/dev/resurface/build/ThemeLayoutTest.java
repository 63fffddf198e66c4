package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's theme (templates/) on a made-up site about another subject: the home page's ways in come
 * before its text, a long source list shows its first entries and folds the rest into a details element (still
 * in the page), each source has a grade badge and its links back grouped, a phone gets one link back to the
 * parent page, the header carries the mark and a labelled search, and the theme adds no words of its own
 * about any one subject.
 */
@Tag("slow") // builds a site with the repository's theme
class ThemeLayoutTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path site = tmp.resolve("site");
        Fixtures.copy(ROOT.resolve("templates"), site.resolve("templates"));
        Files.createDirectories(site.resolve("content/_data"));
        Files.createDirectories(site.resolve("content/topics"));
        Files.writeString(site.resolve("site.yml"), """
                title: Knee Pain Guide
                baseUrl: https://example.org/
                menus:
                  main: [{name: Home, page: _index.md, weight: 1}, {name: Topics, page: topics/_index.md, weight: 2}]
                  footer: [{name: Sources, page: sources.md, weight: 1}]
                citations: {data: sources, page: /sources/}
                search: {}
                params:
                  entryPaths:
                    - {page: topics/_index.md, title: "All topics", text: "Every kind of knee pain."}
                    - {page: topics/many.md, text: "A page with many sources."}
                """);
        StringBuilder sources = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            sources.append("- {id: s").append(i).append(", title: Source ").append(i)
                    .append(", publisher: A Health Body, year: 2024, url: \"https://example.org/s").append(i)
                    .append("\", grade: A, accessed: 2026-01-0").append(i % 9 + 1).append("}\n");
        }
        Files.writeString(site.resolve("content/_data/sources.yml"), sources.toString());
        Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Knee pain, explained\ndescription: A lead line about knees.\n---\n"
                + "Knees can hurt [@s1].\n");
        Files.writeString(site.resolve("content/sources.md"), "---\ntitle: Sources\n---\nEvery source.\n");
        Files.writeString(site.resolve("content/topics/_index.md"), "---\ntitle: Topics\n---\nAll topics.\n");
        StringBuilder many = new StringBuilder("---\ntitle: Many sources\n---\n");
        for (int i = 1; i <= 10; i++) many.append("Fact ").append(i).append(" [@s").append(i).append("]. ");
        many.append("Fact one again [@s1].\n");
        Files.writeString(site.resolve("content/topics/many.md"), many.toString());
        Files.writeString(site.resolve("content/topics/few.md"), "---\ntitle: Few sources\n---\nOne [@s1]. Two [@s2]. Three [@s3].\n");
        Fixtures.Run run = Fixtures.cli("build", "--strict", "--site", site.toString(), "--output", (out = tmp.resolve("out")).toString());
        assertEquals(0, run.exit(), run.err());
    }

    static Document html(String path) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void theHomePageShowsItsWaysInBeforeItsText() throws Exception {
        Document home = html("index.html");
        Element article = home.selectFirst("main article");
        List<String> order = article.children().stream().map(e -> e.tagName() + (e.hasClass("content") ? ".content" : "")).toList();
        assertTrue(order.indexOf("nav") < order.indexOf("div.content"), "ways in before the text: " + order);
        assertEquals("A lead line about knees.", article.selectFirst("p.lead").text());
        List<Element> cards = article.select("nav.entry-paths li.card");
        assertEquals(List.of("All topics", "Many sources"), cards.stream().map(c -> c.selectFirst("a").text()).toList());
        assertEquals(List.of("/topics/", "/topics/many/"), cards.stream().map(c -> c.selectFirst("a").attr("href")).toList());
        assertEquals("Every kind of knee pain.", cards.get(0).selectFirst("p").text());
        // the home page's own search is a second landmark with a name of its own
        List<String> searches = home.select("form[role=search]").eachAttr("aria-label");
        assertEquals(2, searches.size());
        assertEquals(2, searches.stream().distinct().count(), searches.toString());
    }

    @Test
    void aLongSourceListFoldsAllButItsFirstEntriesIntoDetails() throws Exception {
        Element sources = html("topics/many/index.html").selectFirst("section.sources");
        Element first = sources.selectFirst("ol.source-list");
        assertEquals(5, first.children().size());
        assertNull(first.parent().closest("details"), "the first five show");
        Element folded = sources.selectFirst("details.more-sources");
        assertEquals("Show all 10 sources", folded.selectFirst("summary").text());
        Element rest = folded.selectFirst("ol.source-list");
        assertEquals("6", rest.attr("start"), "numbering goes on");
        assertEquals(IntStream.rangeClosed(6, 10).mapToObj(i -> "source-" + i).toList(), rest.children().eachAttr("id"));
        assertFalse(folded.hasAttr("open"), "folded, but in the page (printing opens it)");
        assertNull(html("topics/few/index.html").selectFirst("section.sources details"), "three sources are not folded");
    }

    @Test
    void eachSourceHasAGradeBadgeAndItsLinksBackGrouped() throws Exception {
        Element one = html("topics/many/index.html").getElementById("source-1");
        Element meta = one.selectFirst(".ref-meta");
        assertEquals("Evidence Grade A", meta.selectFirst(".grade").text());
        assertTrue(meta.selectFirst(".accessed").text().startsWith("Accessed "), meta.text());
        List<Element> back = meta.select(".backrefs a.backref");
        assertEquals(List.of("#cite-ref-1", "#cite-ref-11"), back.stream().map(a -> a.attr("href")).toList());
        assertEquals(List.of("Back to citation 1", "Back to citation 2"), back.stream().map(Element::text).toList());
        Element single = html("topics/many/index.html").getElementById("source-2").selectFirst(".backrefs a");
        assertEquals("↩Back to the text", single.text());
        assertEquals("Source 1", one.selectFirst(".ref a").text());
    }

    @Test
    void aPhoneGetsOneLinkBackToTheParentPage() throws Exception {
        Element crumbs = html("topics/few/index.html").selectFirst("nav.breadcrumbs");
        assertEquals(List.of("Home", "Topics", "Few sources"), crumbs.select("ol li").eachText());
        Element back = crumbs.selectFirst("p.back a");
        assertEquals("/topics/", back.attr("href"));
        assertEquals("Back to Topics", back.text());
        assertEquals("Back to Home", html("topics/index.html").selectFirst("nav.breadcrumbs p.back a").text());
    }

    @Test
    void theHeaderHasTheMarkTheSiteNameAndALabelledSearch() throws Exception {
        Element header = html("topics/few/index.html").selectFirst("header.site-header");
        Element brand = header.selectFirst("a.brand");
        assertEquals("Knee Pain Guide", brand.text());
        assertEquals("true", brand.selectFirst("svg.logo").attr("aria-hidden"), "the mark is decoration: the name says it");
        Element search = header.selectFirst("form[role=search]");
        assertNotNull(search.selectFirst("label.visually-hidden[for=header-search]"));
    }

    @Test
    void theThemeAddsNoWordsAboutAnyOneSubject() throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path p : pages) {
            String text = Jsoup.parse(Files.readString(p)).text().toLowerCase(Locale.ROOT);
            for (String word : List.of("laser", "skin", "clinic", "resurfacing", "resurface")) {
                assertFalse(text.contains(word), out.relativize(p) + " says '" + word + "'");
            }
        }
    }
}
