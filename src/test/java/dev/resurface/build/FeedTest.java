package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feed: well-formed XML whose entries carry a summary (and, when configured, the content),
 * ordered by date and then by the site's own order, with reference pages left out by configuration,
 * and a real date even when it has no entries.
 */
@Tag("slow") // builds fixture sites through the CLI
class FeedTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** A site published in one day, like this repository's: core pages, a section, and reference pages. */
    static Path site(Path t, String feedYaml) throws Exception {
        Path site = t.resolve("site");
        Files.createDirectories(site.resolve("content/types"));
        Files.writeString(site.resolve("site.yml"), "title: Feed Site\nbaseUrl: https://example.org/guide/\n"
                + "schema:\n  fields:\n    type: {type: string, values: [guide, reference]}\n    feed: {type: bool}\n"
                + "options:\n  feedLimit: 4\n" + feedYaml);
        page(site, "_index.md", "title: Home\ndate: 2026-01-01", "Welcome.");
        page(site, "what-is.md", "title: What is laser skin resurfacing?\ntype: guide\ndate: 2026-01-01\nweight: 10\n"
                + "description: The basics in two minutes.", "Lasers remove or heat thin layers of skin.\n\n## How it works\n\nSee [risks](risks.md#top) and [the list](#how-it-works).");
        page(site, "risks.md", "title: Risks\ntype: guide\ndate: 2026-01-01\nweight: 60", "## Top\n\nRedness and swelling are common for days.");
        page(site, "types/_index.md", "title: Types\ndate: 2026-01-01\nweight: 30", "The main lasers.");
        page(site, "types/co2.md", "title: CO2 laser\ntype: guide\ndate: 2026-01-01\nweight: 10", "The strongest laser.");
        page(site, "disclaimer.md", "title: Disclaimer\ntype: reference\ndate: 2026-01-01\nweight: 95", "General information only.");
        page(site, "glossary.md", "title: Glossary\ntype: reference\ndate: 2026-01-01\nweight: 97", "Words explained.");
        page(site, "about.md", "title: About\ndate: 2026-01-01\nweight: 90", "Who we are.");
        page(site, "news.md", "title: Zebra news\ntype: guide\ndate: 2026-03-01\nupdated: 2026-03-05\nweight: 99", "The newest page.");
        return site;
    }

    static void page(Path site, String file, String frontMatter, String body) throws Exception {
        Files.writeString(site.resolve("content").resolve(file), "---\n" + frontMatter + "\n---\n" + body + "\n");
    }

    static Fixtures.Run build(Path site, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--site", site.toString(), "--output", out.toString(), "--today", "2026-06-01"));
        args.addAll(List.of(extra));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    static Document feed(Path out) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out.resolve("feed.xml"))));
    }

    static List<Element> entries(Document feed) {
        List<Element> out = new ArrayList<>();
        NodeList n = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < n.getLength(); i++) out.add((Element) n.item(i));
        return out;
    }

    static String child(Element e, String name) {
        NodeList n = e.getElementsByTagNameNS(ATOM, name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    static String feedUpdated(Document feed) {
        for (org.w3c.dom.Node n = feed.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("updated")) return e.getTextContent();
        }
        return null;
    }

    @Test
    void sameDayPagesFollowTheSitesOrderAndReferencePagesCanBeLeftOut(@TempDir Path t) throws Exception {
        Path site = site(t, "feed:\n  exclude:\n    - {type: reference}\n    - /about/\n");
        Fixtures.Run r = build(site, t.resolve("out"));
        assertEquals(0, r.exit(), r.err());
        Document feed = feed(t.resolve("out"));
        assertEquals(List.of("Zebra news", "What is laser skin resurfacing?", "CO2 laser", "Risks"),
                entries(feed).stream().map(e -> child(e, "title")).toList(),
                "newest first; then the site's order: what-is (10), the types section (30) with its pages, risks (60)");
        assertEquals("2026-03-05T00:00:00Z", feedUpdated(feed), "the newest entry's last change");
    }

    @Test
    void withoutExclusionsTheLimitKeepsTheCorePagesNotTheAlphabet(@TempDir Path t) throws Exception {
        Path site = site(t, "");
        assertEquals(0, build(site, t.resolve("out")).exit());
        assertEquals(List.of("Zebra news", "What is laser skin resurfacing?", "CO2 laser", "Risks"),
                entries(feed(t.resolve("out"))).stream().map(e -> child(e, "title")).toList());
    }

    @Test
    void aDeclaredFieldGivesAPerPageSwitch(@TempDir Path t) throws Exception {
        Path site = site(t, "feed: {exclude: [{feed: false}]}\n");
        page(site, "news.md", "title: Zebra news\ntype: guide\ndate: 2026-03-01\nfeed: false", "Not for subscribers.");
        assertEquals(0, build(site, t.resolve("out")).exit());
        assertEquals(List.of("What is laser skin resurfacing?", "CO2 laser", "Risks", "About"),
                entries(feed(t.resolve("out"))).stream().map(e -> child(e, "title")).toList());
    }

    @Test
    void entriesCarryTheirSummaryAndNoContentByDefault(@TempDir Path t) throws Exception {
        Path site = site(t, "feed: {exclude: [{type: reference}]}\n");
        assertEquals(0, build(site, t.resolve("out")).exit());
        List<Element> e = entries(feed(t.resolve("out")));
        assertEquals("The basics in two minutes.", child(e.get(1), "summary"), "the description when there is one");
        assertEquals("Redness and swelling are common for days.", child(e.get(3), "summary"), "else the page's summary (first paragraph)");
        assertTrue(e.stream().allMatch(x -> child(x, "content") == null), "no content unless feed.content is set");
    }

    @Test
    void feedContentAddsEachPagesHtmlResolvedAgainstThePage(@TempDir Path t) throws Exception {
        Path site = site(t, "feed:\n  content: true\n  exclude: [{type: reference}]\n");
        assertEquals(0, build(site, t.resolve("out")).exit());
        Element what = entries(feed(t.resolve("out"))).get(1);
        Element content = (Element) what.getElementsByTagNameNS(ATOM, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertEquals("https://example.org/guide/what-is/", content.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base"),
                "relative links (#how-it-works) resolve against the page, not the feed");
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(content.getTextContent());
        assertEquals("Lasers remove or heat thin layers of skin.", html.selectFirst("p").text());
        assertEquals("How it works", html.selectFirst("h2#how-it-works").text());
        assertEquals("/guide/risks/#top", html.selectFirst("a").attr("href"));
        assertEquals("The basics in two minutes.", child(what, "summary"), "the summary stays beside the content");
    }

    @Test
    void anEmptyFeedIsDatedByTheNewestPageNeverTheEpoch(@TempDir Path t) throws Exception {
        Path site = site(t, "feed: {exclude: [{type: guide}, {type: reference}, /about/]}\n");
        assertEquals(0, build(site, t.resolve("out")).exit());
        Document feed = feed(t.resolve("out"));
        assertEquals(List.of(), entries(feed));
        assertEquals("2026-03-05T00:00:00Z", feedUpdated(feed), "the newest date of any page");
    }

    @Test
    void aSiteWithoutDatesGetsTheBuildsDate(@TempDir Path t) throws Exception {
        Path site = t.resolve("plain");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("site.yml"), "title: Plain\nbaseUrl: https://example.org/\n");
        page(site, "_index.md", "title: Home", "Hello.");
        page(site, "a.md", "title: A", "Text.");
        assertEquals(0, build(site, t.resolve("out")).exit());
        Document feed = feed(t.resolve("out"));
        assertEquals(List.of(), entries(feed));
        assertEquals("2026-06-01T00:00:00Z", feedUpdated(feed));
        assertFalse(Files.readString(t.resolve("out/feed.xml")).contains("1970"));
    }

    @Test
    void feedSettingsAreCheckedAtTheirLine(@TempDir Path t) throws Exception {
        Path site = site(t, "feed:\n  exclude: [/disclaimr/, 42]\n  limit: 3\n");
        Fixtures.Run r = build(site, t.resolve("out"));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("site.yml:10:26: error: each of 'exclude' must be a site path such as /disclaimer/ or a condition such as {type: reference}"), r.err());
        assertTrue(r.err().contains("site.yml:11:3: error: unknown key 'limit' in feed"), r.err());

        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")).replace(", 42]\n  limit: 3\n", "]\n"));
        Fixtures.Run typo = build(site, t.resolve("out"));
        assertEquals(List.of("site.yml:10:13: warning: feed.exclude names '/disclaimr/', which is no page of this site (did you mean '/disclaimer/'?)"),
                typo.errLines());
    }
}
