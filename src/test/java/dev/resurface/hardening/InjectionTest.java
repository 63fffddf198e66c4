package dev.resurface.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.resurface.markdown.Typography;
import dev.resurface.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in front matter, data files and Markdown, through the site's real templates: it must
 * reach every output as text, escaped for that output (HTML, attributes, JSON-LD, the search index,
 * the Atom feed, the sitemap), and template syntax in content must never run.
 */
@Tag("slow") // builds fixture sites through the CLI
class InjectionTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final String EVIL = "Evil </script><script>alert(\"x\")</script> & <b>bold</b> {{ x }} ${site.title} <#assign a=1> [#ftl] 'q'";
    /** EVIL as readers see it in titles, descriptions and data-file text: the same, with real quotes (typography). */
    static final String SHOWN = Typography.smarten(EVIL);
    @TempDir
    static Path tmp;
    static Path out;
    static Fixtures.Run run;

    @BeforeAll
    static void build() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Fixtures.copy(ROOT.resolve("content"), site.resolve("content"));
        Fixtures.copy(ROOT.resolve("templates"), site.resolve("templates"));
        Files.copy(ROOT.resolve("site.yml"), site.resolve("site.yml"));
        String yamlEvil = "'" + EVIL.replace("'", "''") + "'";
        Files.writeString(site.resolve("content/evil.md"), "---\n"
                + "title: " + yamlEvil + "\n"
                + "description: " + yamlEvil + "\n"
                + "date: 2026-11-25\n"
                + "lastReviewed: 2026-11-25\n"
                + "type: guide\n"
                + "tags: [" + "'tag " + EVIL.replace("'", "''") + "'" + "]\n"
                + "---\n"
                + "Body " + EVIL.replace("<", "&lt;") + " and raw `${site.title}` <#assign b=2> `{{< not a shortcode >}}` [@evil-source].\n\n"
                + "Quack quack is a glossary word here.\n");
        Files.writeString(site.resolve("content/_data/sources.yml"), Files.readString(site.resolve("content/_data/sources.yml"))
                + "- id: evil-source\n  title: " + yamlEvil + "\n  publisher: " + yamlEvil + "\n  url: https://example.org/?a=1&b=\"2\"\n  accessed: 2026-11-25\n  grade: B\n");
        Files.writeString(site.resolve("content/_data/glossary.yml"), Files.readString(site.resolve("content/_data/glossary.yml"))
                + "- term: quack quack\n  definition: " + yamlEvil + "\n");
        out = tmp.resolve("out");
        run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
    }

    private static Document page(String rel) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(rel)));
    }

    @Test
    void theBuildSucceeds() {
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void htmlTextAndAttributesCarryTheTextEscaped() throws Exception {
        Document d = page("evil/index.html");
        assertEquals(SHOWN, d.selectFirst("h1").text());
        assertEquals(SHOWN, d.selectFirst("meta[name=description]").attr("content"));
        assertEquals(SHOWN, d.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(d.title().startsWith(SHOWN));
        // no element the text could have created
        assertTrue(d.select("b").isEmpty(), "no <b> from the text");
        for (Element s : d.select("script")) {
            assertTrue(s.hasAttr("src") || s.attr("type").equals("application/ld+json") || s.data().contains("className"), s.outerHtml());
        }
        assertTrue(d.text().contains("alert(\"x\")") || d.text().contains("alert(“x”)"), "shown as text");
    }

    @Test
    void bracesTheAttributesSyntaxWouldSwallowAreReported() {
        assertTrue(run.err().contains("content/evil.md:9:"), run.err());
        assertTrue(run.err().contains("'{site.title}' was read as HTML attributes and will not be shown"), run.err());
    }

    @Test
    void templateSyntaxInContentIsTextNotCode() throws Exception {
        Document d = page("evil/index.html");
        String body = d.selectFirst(".content").text();
        assertTrue(body.contains("raw ${site.title} <#assign b=2>"), body);
        assertFalse(body.contains("Laser Skin Resurfacing Guide"), "${site.title} was not evaluated");
    }

    @Test
    void jsonLdIsValidJsonThatCannotCloseItsScript() throws Exception {
        String html = Files.readString(out.resolve("evil/index.html"));
        Document d = Jsoup.parse(html);
        Element ld = d.selectFirst("script[type=application/ld+json]");
        JsonElement json = JsonParser.parseString(ld.data());
        assertTrue(json.toString().contains(SHOWN), json.toString());
        assertTrue(json.toString().contains("b=\\\"2\\\""), "a straight quote (here in the source's URL) survives as data in the JSON");
        int start = html.indexOf("application/ld+json");
        int end = html.indexOf("</script>", start);
        assertFalse(html.substring(start, end).contains("<"), "no '<' inside the JSON-LD element");
    }

    @Test
    void theSearchIndexHoldsTheTextAsJsonStrings() throws Exception {
        var pages = JsonParser.parseString(Files.readString(out.resolve("search-index.json"))).getAsJsonObject().getAsJsonArray("pages");
        List<String> titles = new ArrayList<>();
        pages.forEach(p -> titles.add(p.getAsJsonObject().get("t").getAsString()));
        assertTrue(titles.contains(SHOWN), titles.toString());
    }

    @Test
    void theFeedAndSitemapAreWellFormedXmlWithTheTextIntact() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out.resolve("feed.xml"))));
        var titles = feed.getElementsByTagName("title");
        boolean found = false;
        for (int i = 0; i < titles.getLength(); i++) found |= titles.item(i).getTextContent().equals(SHOWN);
        assertTrue(found, "the feed carries the title as text");
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out.resolve("sitemap.xml"))));
    }

    @Test
    void sourcesAndGlossaryPagesEscapeDataFiles() throws Exception {
        Document sources = page("sources/index.html");
        assertTrue(sources.select("b").isEmpty());
        assertTrue(sources.select("#evil-source").text().contains(SHOWN));
        assertEquals("https://example.org/?a=1&b=\"2\"", sources.selectFirst("#evil-source a").attr("href"));
        Document glossary = page("glossary/index.html");
        assertTrue(glossary.select("b").isEmpty());
        assertTrue(glossary.text().contains(SHOWN));
        // the marked term on the page carries the definition in its toggletip, escaped
        Element term = page("evil/index.html").selectFirst("a.term[href$=#quack-quack]");
        Element definition = term.parent().selectFirst(".term-def");
        assertTrue(definition.text().endsWith(": " + SHOWN), definition.outerHtml());
        assertTrue(definition.select("b").isEmpty());
    }

    @Test
    void tagPagesEscapeTheTagName() throws Exception {
        List<Path> tagPages;
        try (var s = Files.list(out.resolve("tags"))) {
            tagPages = s.filter(Files::isDirectory).toList();
        }
        boolean found = false;
        for (Path t : tagPages) {
            Document d = Jsoup.parse(Files.readString(t.resolve("index.html")));
            assertTrue(d.select("b").isEmpty());
            found |= d.selectFirst("h1").text().contains(EVIL);
        }
        assertTrue(found);
    }
}
