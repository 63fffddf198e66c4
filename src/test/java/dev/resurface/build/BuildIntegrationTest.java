package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the "basic" fixture once through the real CLI and inspects the generated site with jsoup. */
@Tag("slow") // builds fixture sites through the CLI
class BuildIntegrationTest {
    @TempDir
    static Path tmp;
    static Path out;
    static Fixtures.Run run;

    @BeforeAll
    static void build() {
        Path site = Fixtures.site("basic", tmp);
        out = tmp.resolve("out");
        run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
    }

    static Document html(String file) {
        return Jsoup.parse(Fixtures.read(out.resolve(file)));
    }

    @Test
    void buildSucceedsWithOneSummaryLine() {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().matches("built 6 pages, 13 other files, 0 warnings in \\d+ ms\n"), run.out());
    }

    @Test
    void prettyUrlsSlugsAndSections() {
        for (String f : List.of("index.html", "types/index.html", "types/co2/index.html", "types/erbium/index.html",
                "guides/index.html", "guides/choosing-a-clinic/index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertFalse(Files.exists(out.resolve("guides/choosing/index.html")), "slug replaces the file name");
    }

    @Test
    void draftsAreLeftOut() {
        assertFalse(Files.exists(out.resolve("types/draft-page/index.html")));
        assertFalse(Fixtures.read(out.resolve("sitemap.xml")).contains("draft-page"));
    }

    @Test
    void relativeMarkdownLinksBecomeSiteUrlsWithBasePath() {
        Document d = html("types/co2/index.html");
        assertEquals("/guide/types/erbium/#how-it-compares", d.select("article a:contains(Er:YAG)").attr("href"));
        assertEquals("/guide/guides/choosing-a-clinic/#questions-to-ask", d.select("article a:contains(reference link)").attr("href"));
        assertEquals("https://www.nhs.uk/", d.select("article a:contains(https://www.nhs.uk/)").attr("href"), "autolinks stay external");
        Document e = html("types/erbium/index.html");
        assertEquals("/guide/types/", e.select("article a:contains(the section)").attr("href"));
        assertEquals("/guide/", e.select("article a:contains(home)").attr("href"));
    }

    @Test
    void imagesGetSizeLazyLoadingAndRewrittenSource() {
        Element img = html("types/co2/index.html").selectFirst("article img");
        assertEquals("/guide/types/img/diagram.svg", img.attr("src"));
        assertEquals("640", img.attr("width"));
        assertEquals("300", img.attr("height"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("Ablative versus fractional", img.attr("alt"));
        assertTrue(Files.isRegularFile(out.resolve("types/img/diagram.svg")), "assets are copied beside their page");
        assertTrue(Files.isRegularFile(out.resolve("types/img/photo.png")));
    }

    @Test
    void headingIdsAreGithubStyleAndUnique() {
        Document d = html("types/co2/index.html");
        assertEquals(List.of("risks-and-side-effects", "rare-risks", "risks-and-side-effects-1", "custom-id"),
                d.select("article h2, article h3").eachAttr("id"));
    }

    @Test
    void tableOfContentsIsNested() {
        Document d = html("types/co2/index.html");
        assertEquals(List.of("#risks-and-side-effects", "#risks-and-side-effects-1", "#custom-id"), d.select("#toc > ul > li > a").eachAttr("href"));
        assertEquals(List.of("#rare-risks"), d.select("#toc > ul > li > ul > li > a").eachAttr("href"));
    }

    @Test
    void markdownExtensionsRender() {
        Document d = html("types/co2/index.html");
        Element a = d.selectFirst("article");
        assertEquals(1, a.select("table thead th").size() / 2);
        assertEquals("Old claim", a.select("del").text());
        assertEquals("Its definition.", a.select("dl dd").text());
        assertEquals(1, a.select("sup a.footnote-ref[href=#fn-1]").size());
        assertEquals("Redness can last weeks.", a.select("li#fn-1 p").text());
        assertEquals("Paragraph with a class.", a.select("p.note").text());
        assertEquals("Raw HTML stays.", a.select("div#raw-html-id").text());
        assertTrue(a.html().contains("“older”") || a.html().contains("&ldquo;older&rdquo;"), "typographic quotes");
    }

    @Test
    void pageModelReachesTemplates() {
        Document d = html("types/co2/index.html");
        Element meta = d.selectFirst("#meta");
        assertEquals("2026-01-15", meta.attr("data-date"));
        assertEquals("1", meta.attr("data-reading"));
        assertTrue(Integer.parseInt(meta.attr("data-words")) > 60);
        assertEquals("Ablative CO2 laser resurfacing explained.", meta.attr("data-description"));
        assertEquals("The CO2 laser removes thin layers of skin. It is one of the “older” lasers – and still used.",
                meta.attr("data-summary"), "summary is the first paragraph as plain text, typography kept");
        assertEquals("1 March 2026", d.select("#reviewed").text(), "params keep their types (dates)");
        assertEquals("good", d.select("#evidence").text());
        assertEquals(List.of("/guide/types/erbium/", "/guide/guides/choosing-a-clinic/"), d.select("#related a").eachAttr("href"),
                "front-matter fields of type page reach templates as pages");
        assertEquals(List.of("Er:YAG laser", "Choosing a clinic"), d.select("#related a").eachText());
        assertEquals("page", d.body().attr("data-kind"));
        assertEquals("https://example.org/guide/types/co2/", d.select("link[rel=canonical]").attr("href"));
    }

    @Test
    void breadcrumbsPrevNextAndMenus() {
        Document d = html("types/co2/index.html");
        assertEquals(List.of("Welcome", "Types of laser", "CO2 laser: what to expect"), d.select("#crumbs li").eachText());
        assertEquals("/guide/types/erbium/", d.select("#next").attr("href"));
        assertTrue(d.select("#prev").isEmpty());
        Document e = html("types/erbium/index.html");
        assertEquals("/guide/types/co2/", e.select("#prev").attr("href"));
        assertEquals(List.of("Home", "Types", "Tags"), d.select("#menu a").eachText(), "menu ordered by weight");
        Document types = html("types/index.html");
        assertEquals("page", types.select("#menu a[aria-current]").attr("aria-current"));
    }

    @Test
    void summaryStopsAtMoreMarker() {
        Document d = html("index.html");
        assertEquals("Welcome to the fixture. Read about CO2 lasers or the risks.", d.select("#summary").text());
        assertEquals(List.of("/guide/guides/", "/guide/types/"), d.select("#sections a").eachAttr("href"), "top sections in reading order");
        assertEquals(List.of("CO2 laser: what to expect", "Er:YAG laser", "Choosing a clinic"), d.select("#latest a").eachText(),
                "site.pages newest first");
    }

    @Test
    void sectionPagesListTheirPagesInReadingOrder() {
        Document d = html("types/index.html");
        assertEquals(List.of("CO2 laser: what to expect", "Er:YAG laser"), d.select("#pages a").eachText());
        Document g = html("guides/index.html");
        assertEquals("Guides", g.select("h1").text(), "a folder without _index.md gets a section page titled from its name");
    }

    @Test
    void dataFilesReachTemplates() {
        Element f = html("index.html").selectFirst("footer");
        assertEquals("Sam Example", f.attr("data-people"));
        assertEquals("3", f.attr("data-count"));
        assertEquals("fixture", f.attr("data-owner"));
    }

    @Test
    void tagPagesAndIndex() {
        Document t = html("tags/ablative/index.html");
        assertEquals(List.of("CO2 laser: what to expect", "Er:YAG laser"), t.select("li a").eachText());
        assertTrue(Files.isRegularFile(out.resolve("tags/co2/index.html")));
        assertEquals(List.of("/guide/tags/ablative/", "/guide/tags/co2/"), html("types/co2/index.html").select("#tags a").eachAttr("href"));
        assertTrue(html("tags/index.html").select("a").eachText().containsAll(List.of("Ablative", "CO2", "erbium")));
    }

    @Test
    void aliasesRedirect() {
        for (String f : List.of("co2-laser/index.html", "old/co2.html")) {
            Document d = html(f);
            assertEquals("0; url=/guide/types/co2/", d.select("meta[http-equiv=refresh]").attr("content"));
            assertEquals("https://example.org/guide/types/co2/", d.select("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void sitemapFeedRobotsAnd404() {
        String sitemap = Fixtures.read(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/guide/types/co2/</loc>"));
        assertTrue(sitemap.contains("<lastmod>2026-02-01</lastmod>"), "lastmod is 'updated' when set");
        String feed = Fixtures.read(out.resolve("feed.xml"));
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertTrue(feed.indexOf("CO2 laser: what to expect") < feed.indexOf("Er:YAG laser"), "newest first");
        assertTrue(feed.contains("<updated>2026-02-01T00:00:00Z</updated>"));
        assertFalse(feed.contains("Welcome"), "pages without a date are not in the feed");
        assertTrue(Fixtures.read(out.resolve("robots.txt")).contains("Sitemap: https://example.org/guide/sitemap.xml"));
        Document nf = html("404.html");
        assertEquals("/guide/", nf.select("#not-found a").attr("href"), "a site template overrides the built-in 404 page");
        assertEquals("404", nf.body().attr("data-kind"));
    }

    @Test
    void themeAssetsAreFingerprinted() {
        String href = html("index.html").select("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/guide/assets/style\\.[0-9a-f]{8}\\.css"), href);
        assertTrue(Files.isRegularFile(out.resolve(href.substring("/guide/".length()))));
    }

    @Test
    void draftsFlagIncludesDrafts(@TempDir Path t) {
        Path site = Fixtures.site("basic", t);
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", t.resolve("o").toString(), "--drafts");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(t.resolve("o/types/draft-page/index.html")));
    }

    @Test
    void sectionTemplateIsTheDefaultForItsPages() {
        assertEquals(1, html("guides/choosing-a-clinic/index.html").select("#guide-layout").size(), "templates/guides/page.ftlh");
        assertEquals(0, html("types/co2/index.html").select("#guide-layout").size(), "other sections keep page.ftlh");
    }

    @Test
    void layoutFromFrontMatter(@TempDir Path t) throws Exception {
        Path site = Fixtures.site("basic", t);
        Path md = site.resolve("content/guides/choosing.md");
        Files.writeString(md, Files.readString(md).replace("slug: choosing-a-clinic", "slug: choosing-a-clinic\nlayout: wide"));
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", t.resolve("o").toString());
        assertEquals(0, r.exit(), r.err());
        Document d = Jsoup.parse(Fixtures.read(t.resolve("o/guides/choosing-a-clinic/index.html")));
        assertEquals(1, d.select("#wide").size());
        assertEquals(0, d.select("#guide-layout").size(), "front matter layout wins over the section's default");
    }

    @Test
    void baseUrlOverride(@TempDir Path t) {
        Path site = Fixtures.site("basic", t);
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", t.resolve("o").toString(), "--base-url", "http://localhost:8080/");
        assertEquals(0, r.exit(), r.err());
        Document d = Jsoup.parse(Fixtures.read(t.resolve("o/types/co2/index.html")));
        assertEquals("http://localhost:8080/types/co2/", d.select("link[rel=canonical]").attr("href"));
        assertEquals("/types/erbium/#how-it-compares", d.select("article a:contains(Er:YAG)").attr("href"));
    }
}
