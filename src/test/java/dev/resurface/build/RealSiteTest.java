package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import dev.resurface.testing.HtmlValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own site (site.yml, content/, templates/) builds cleanly with --strict and is valid HTML. */
@Tag("slow") // builds and validates this repository's whole site
class RealSiteTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    @TempDir
    static Path tmp;
    static Path out;
    static Fixtures.Run run;
    static Map<String, String> sourcesBefore;

    @BeforeAll
    static void build() {
        sourcesBefore = Fixtures.snapshot(ROOT.resolve("content"));
        out = tmp.resolve("out");
        run = Fixtures.cli("build", "--strict", "--site", ROOT.toString(), "--output", out.toString());
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void buildingDoesNotTouchTheSources() {
        assertEquals(sourcesBefore, Fixtures.snapshot(ROOT.resolve("content")));
    }

    @Test
    void everyTreatmentPageShowsTheGetHelpCardAndLinksToWhatToDoIfSomethingGoesWrong() throws Exception {
        for (String page : List.of("co2", "erbium-yag", "non-ablative-fractional", "pulsed-dye-and-ipl", "nd-yag-and-others")) {
            Document d = Jsoup.parse(Files.readString(out.resolve("types/" + page + "/index.html")));
            Element card = d.selectFirst("main .get-help--urgent");
            assertFalse(card == null, page + " shows the urgent care card");
            assertTrue(card.selectFirst(".get-help__heading").text().startsWith("Urgent advice:"), "urgency is said in words, not only by colour");
            assertTrue(card.text().contains("fever") && card.text().contains("NHS 111"), page + ": warning signs and where to go");
            assertFalse(d.select("main a[href=/if-something-goes-wrong/]").isEmpty(), page + " links to 'If something goes wrong'");
        }
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertFalse(home.select("footer a[href=/if-something-goes-wrong/]").isEmpty(), "the footer links to 'If something goes wrong'");
    }

    @Test
    void aPagesTopicsShowTheTagsDisplayNames() throws Exception {
        // content/_data/tags.yml names "co2" "CO2 laser": the tag page says so, and so must the topics under each page
        Document d = Jsoup.parse(Files.readString(out.resolve("types/co2/index.html")));
        assertEquals("CO2 laser", d.selectFirst("main p.tags a[href=/tags/co2/]").text());
        assertEquals("CO2 laser", Jsoup.parse(Files.readString(out.resolve("tags/co2/index.html"))).selectFirst("h1").text());
    }

    @Test
    void searchLandmarksOnOnePageHaveDistinctNames() throws Exception {
        // axe's landmark-unique: the header's search and a page's own search must not share a name
        for (String file : List.of("index.html", "404.html")) {
            List<String> names = Jsoup.parse(Files.readString(out.resolve(file))).select("form[role=search]").eachAttr("aria-label");
            assertTrue(names.size() >= 2, file + " has the header's search and its own");
            assertEquals(names.size(), new java.util.HashSet<>(names).size(), file + ": " + names);
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertEquals(List.of(), HtmlValidator.errors(out));
    }

    @Test
    void everyArticleHasTitleDescriptionAndCanonical() throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
        assertTrue(pages.size() >= 8, "pages: " + pages.size());
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        java.util.Map<String, String> descriptions = new java.util.HashMap<>();
        for (Path p : pages) {
            Document d = Jsoup.parse(Files.readString(p));
            if (!d.select("meta[http-equiv=refresh]").isEmpty()) continue; // alias redirect
            String rel = out.relativize(p).toString();
            assertFalse(d.title().isBlank(), rel + " has a title");
            assertFalse(d.select("meta[name=description]").attr("content").isBlank(), rel + " has a description");
            assertTrue(d.select("link[rel=canonical]").attr("href").startsWith("https://"), rel + " has a canonical URL");
            assertEquals(1, d.select("h1").size(), rel + " has one h1");
            if (rel.startsWith("tags")) continue; // tag pages share the description pattern by design
            String before = titles.put(d.title(), rel);
            assertEquals(null, before, "title '" + d.title() + "' is used by " + before + " and " + rel);
            String desc = d.select("meta[name=description]").attr("content");
            String other = descriptions.put(desc, rel);
            assertEquals(null, other, "description of " + rel + " is also used by " + other);
            assertFalse(d.select("meta[property=og:title]").attr("content").isBlank(), rel + " has Open Graph tags");
        }
    }

    /** The content's own promise (issue: the guide): every article is sourced, dated, described and readable. */
    @Test
    void everyArticleIsSourcedDatedAndWithinTheReadingGrade() throws Exception {
        Path report = tmp.resolve("report.json");
        Fixtures.Run check = Fixtures.cli("check", "--strict", "--site", ROOT.toString(), "--report", report.toString());
        assertEquals(0, check.exit(), check.err());
        com.google.gson.JsonArray pages = com.google.gson.JsonParser.parseString(Files.readString(report)).getAsJsonObject().getAsJsonArray("pageReport");
        // lists made from the data files, not articles: the sources, the glossary and the search page
        List<String> lists = List.of("content/sources.md", "content/glossary.md", "content/search.md");
        int articles = 0;
        for (var e : pages) {
            var p = e.getAsJsonObject();
            String src = p.get("source").getAsString();
            if (!src.startsWith("content/")) continue;
            assertTrue(p.has("lastReviewed") && !p.get("lastReviewed").isJsonNull(), src + " has a last-reviewed date");
            if (lists.contains(src)) continue;
            articles++;
            assertTrue(p.get("citations").getAsInt() >= 1, src + " cites its sources");
            assertTrue(p.getAsJsonObject("readability").get("fleschKincaidGrade").getAsDouble() <= 9.0, src + " reads at grade 9 or below");
        }
        assertTrue(articles >= 20, "articles: " + articles);
    }

    private static int gzipped(byte[] bytes) throws java.io.IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write(bytes);
        }
        return buf.size();
    }

    /** Every page's HTML with its stylesheets and scripts stays within 40 KB compressed (images aside). */
    @Test
    void everyPageWeighsAtMost40KilobytesCompressed() throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        List<String> heavy = new java.util.ArrayList<>();
        int heaviest = 0;
        for (Path p : pages) {
            byte[] html = Files.readAllBytes(p);
            int total = gzipped(html);
            Document d = Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8));
            for (var e : d.select("link[rel=stylesheet][href], script[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                Path file = out.resolve(url.substring(1));
                assertTrue(Files.isRegularFile(file), url + " exists");
                total += gzipped(Files.readAllBytes(file));
            }
            heaviest = Math.max(heaviest, total);
            if (total > 40 * 1024) heavy.add(out.relativize(p) + ": " + total + " bytes");
        }
        assertEquals(List.of(), heavy);
        assertTrue(heaviest > 0);
    }
}
