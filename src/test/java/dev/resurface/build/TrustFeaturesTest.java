package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.resurface.testing.Fixtures;
import dev.resurface.testing.HtmlValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health-content features on the "trust" fixture, built once through the real CLI with a fixed
 * "today": citations and source lists, review dates, glossary marking, claim lint, balance rule,
 * readability, shortcodes and JSON-LD, each checked in the generated HTML or the exact diagnostics.
 */
@Tag("slow") // builds fixture sites through the CLI
class TrustFeaturesTest {
    static final String TODAY = "2026-06-01";
    @TempDir
    static Path tmp;
    static Path site;
    static Path out;
    static Fixtures.Run run;

    @BeforeAll
    static void build() {
        site = Fixtures.site("trust", tmp);
        out = tmp.resolve("out");
        run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString(), "--today", TODAY);
    }

    static Document html(String file) {
        return Jsoup.parse(Fixtures.read(out.resolve(file)));
    }

    static final List<String> WARNINGS = List.of(
            "content/_data/sources.yml:19:3: warning: 'clinic-c' is not used by any published page (cite it from a page, or remove it from the data file)",
            "content/_data/sources.yml:25:3: warning: source 'agency-d' has no 'year' (add the year it was published, or year: n.d. if it states none)",
            "content/guides/hard.md:1:1: warning: hard to read: Flesch-Kincaid grade 40.4 is above the site's limit of 9 (reading ease -150.2, 25.0 words a sentence) (shorter sentences and everyday words lower the grade)",
            "content/treatments/laser-a.md:20:85: warning: misleading claim 'painless': comfort varies from person to person (reword it, or quote it (\"…\") if you are reporting what others say)",
            "content/treatments/laser-b.md:1:1: warning: page has no section on risks and side effects (add a section whose heading matches 'risks|side effects' (rule at site.yml:30))",
            "content/treatments/laser-b.md:5:15: warning: review overdue: the next review was due on 2020-07-01 (check the page against its sources, then set lastReviewed to the review date)");

    @Test
    void buildsWithExactlyTheExpectedWarnings() {
        assertEquals(0, run.exit(), run.err());
        assertEquals(WARNINGS, run.errLines());
        assertTrue(run.out().matches("built 8 pages, 4 other files, 6 warnings in \\d+ ms\n"), run.out());
    }

    @Test
    void strictTurnsEveryWarningIntoAnErrorAndWritesNothing(@TempDir Path t) {
        Fixtures.Run strict = Fixtures.cli("build", "--site", site.toString(), "--output", t.resolve("o").toString(), "--today", TODAY, "--strict");
        assertEquals(1, strict.exit());
        List<String> expected = WARNINGS.stream().map(w -> w.replace(": warning: ", ": error: ")).toList();
        assertEquals(expected, strict.errLines().subList(0, expected.size()));
        assertFalse(Files.exists(t.resolve("o")));
    }

    @Test
    void aReviewBecomesOverdueOnceTheDayPassesItsDueDate(@TempDir Path t) {
        Fixtures.Run later = Fixtures.cli("build", "--site", site.toString(), "--output", t.resolve("o").toString(), "--today", "2026-09-02");
        assertTrue(later.err().contains("content/treatments/laser-a.md:5:15: warning: review overdue: the next review was due on 2026-09-01"), later.err());
        Fixtures.Run onTheDay = Fixtures.cli("build", "--site", site.toString(), "--output", t.resolve("p").toString(), "--today", "2026-09-01");
        assertFalse(onTheDay.err().contains("laser-a.md:5:15"), "due today is not yet overdue: " + onTheDay.err());
    }

    @Test
    void citationsAreNumberedInOrderOfFirstUseAndLinkToTheSourceList() {
        Document d = html("treatments/laser-a/index.html");
        Elements sups = d.select("sup.cite");
        assertEquals(List.of("[1]", "[2, 1]", "[3]"), sups.eachText());
        assertEquals(List.of("cite-ref-1", "cite-ref-2", "cite-ref-3"), sups.eachAttr("id"));
        assertEquals("#source-2", sups.get(1).select("a").first().attr("href"));
        assertEquals("A small split-face trial (A Journal, 1999)", sups.get(1).select("a").first().attr("title"));
        Elements items = d.select("section.sources ol > li");
        assertEquals(List.of("source-1", "source-2", "source-3"), items.eachAttr("id"));
        assertTrue(items.get(0).text().startsWith("Laser resurfacing for the public. A Professional Society, 2025. Accessed 10 January 2026. Evidence grade A."), items.get(0).text());
        assertEquals(List.of("#cite-ref-1", "#cite-ref-2"), items.get(0).select("a[href^=#cite-ref]").eachAttr("href"));
        assertEquals("https://doi.org/10.1001/example.135.4.391", items.get(1).selectFirst("a").attr("href"), "a DOI becomes a link");
        assertTrue(items.get(1).text().startsWith("Author A, Author B. A small split-face trial. A Journal 1999;135(4):391-7. PubMed: 10201234. Evidence grade A."),
                "a journal article reads as a reference: " + items.get(1).text());
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/10201234/", items.get(1).select("a").get(1).attr("href"));
        assertEquals("Choosing a practitioner </script><b>", items.get(2).selectFirst("a").text(), "titles are escaped, never markup");
    }

    @Test
    void theSourcesPageListsEverySourceWithThePagesCitingIt() {
        Document d = html("sources/index.html");
        assertEquals("Sources", d.selectFirst("h1").text());
        Elements items = d.select("ol > li");
        assertEquals(List.of("society-a", "trial-b", "clinic-c", "agency-d"), items.eachAttr("id"));
        assertEquals(List.of("Laser A", "Laser B"), items.get(0).select("a[href^=/treatments/]").eachText());
        assertTrue(items.get(2).text().endsWith("Not cited by any page yet."), items.get(2).text());
        assertTrue(items.get(2).text().startsWith("A clinic page no one cites. A Clinic, no date."), "year: n.d. says so: " + items.get(2).text());
    }

    @Test
    void reviewLineClaimsAReviewOnlyWhenFrontMatterNamesAReviewer() {
        Element a = html("treatments/laser-a/index.html").selectFirst("p.review");
        assertEquals("Page last reviewed: 1 March 2026. Next review due: 1 September 2026. Reviewed by Fixture Reviewer, Fictional person used by the test suite.", a.text());
        assertEquals("2026-09-01", a.select("time").get(1).attr("datetime"), "nextReview = lastReviewed + the 6-month period");
        Element b = html("treatments/laser-b/index.html").selectFirst("p.review");
        assertEquals("Last checked against its sources: 1 January 2020. Next check due: 1 July 2020. This page has not yet been reviewed by a clinician.",
                b.text(), "without a reviewer the line says what was done, never 'Page last reviewed'");
        assertNull(html("guides/hard/index.html").selectFirst("p.review"), "no review line without lastReviewed");
    }

    @Test
    void glossaryMarksOnlyTheFirstUseOfEachTermInProse() {
        Document d = html("treatments/laser-a/index.html");
        Elements terms = d.select("a.term");
        assertEquals(List.of("ablative", "erythema", "IPL", "non-ablative"), terms.eachText());
        assertEquals(List.of("/glossary/#ablative", "/glossary/#erythema", "/glossary/#ipl", "/glossary/#non-ablative"), terms.eachAttr("href"));
        assertEquals("erythema: Redness of the skin.", d.select(".term-def").get(1).text(), "the definition opens in place");
        assertTrue(d.select("h2 a.term, code a.term, a:not(.term) a.term").isEmpty(), "never inside headings, code or links");
        assertEquals("erythema", d.selectFirst("code").text());
        assertTrue(d.select("main p").get(0).text().contains("intense pulsed light is not a laser"), "an alias of a term already marked stays plain");
    }

    @Test
    void theGlossaryPageListsTermsAToZWithAnchorsTheMarksLinkTo() {
        Document d = html("glossary/index.html");
        assertEquals(List.of("A", "E", "I", "N", "#"), d.select("main h2").eachText());
        assertEquals(List.of("ablative", "erythema", "ipl", "non-ablative", "5-fu"), d.select("dt").eachAttr("id"));
        assertEquals("IPL (also: intense pulsed light)", d.select("dt").get(2).text());
        assertEquals(5, d.select("dt dfn").size());
        assertTrue(html("glossary/index.html").select("a.term").isEmpty(), "the glossary does not link terms to itself");
    }

    @Test
    void shortcodeRendersItsTemplateWithDataAndEscaping() {
        Document d = html("treatments/laser-a/index.html");
        Element table = d.selectFirst("table.comparison");
        assertEquals("Downtime <by type>", table.selectFirst("caption").text());
        assertEquals(List.of("CO2 1-2 weeks", "Er:YAG <fast> about a week"), table.select("tbody tr").eachText());
        assertFalse(table.parent().tagName().equals("p"), "a shortcode alone in its paragraph is a block");
        assertTrue(Fixtures.read(out.resolve("treatments/laser-a/index.html")).contains("Er:YAG &lt;fast&gt;"));
    }

    static JsonObject webPage(String file) {
        String json = html(file).selectFirst("script[type=application/ld+json]").data();
        JsonArray graph = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("@graph");
        assertEquals("WebSite", graph.get(0).getAsJsonObject().get("@type").getAsString());
        return graph.get(1).getAsJsonObject();
    }

    @Test
    void everyPageHasMedicalWebPageJsonLd() {
        JsonObject a = webPage("treatments/laser-a/index.html");
        assertEquals("MedicalWebPage", a.get("@type").getAsString());
        assertEquals("2026-03-01", a.get("lastReviewed").getAsString());
        assertEquals("Fixture Reviewer", a.getAsJsonObject("reviewedBy").get("name").getAsString());
        assertEquals("https://schema.org/Patient", a.get("audience").getAsString());
        assertEquals(3, a.getAsJsonArray("citation").size());
        // the procedure is one node of the graph with an @id, which the page refers to
        assertEquals("https://example.org/treatments/laser-a/#procedure", a.getAsJsonObject("about").get("@id").getAsString());
        assertEquals(List.of("Trust fixture home", "Treatments", "Laser A"), a.getAsJsonObject("breadcrumb").getAsJsonArray("itemListElement")
                .asList().stream().map(e -> e.getAsJsonObject().get("name").getAsString()).toList());

        JsonObject b = webPage("treatments/laser-b/index.html");
        assertFalse(b.has("reviewedBy"), "no reviewer is ever invented");
        assertFalse(b.has("lastReviewed"), "checking the sources is not a review: no review date is claimed without a reviewer");
        JsonObject guide = webPage("guides/hard/index.html");
        assertFalse(guide.has("about"), "only pages matching structuredData.procedure are about a procedure");
        assertFalse(guide.has("lastReviewed"));
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        String raw = Fixtures.read(out.resolve("treatments/laser-a/index.html"));
        String script = raw.substring(raw.indexOf("<script type=\"application/ld+json\">"), raw.indexOf("</script>") + 9);
        assertTrue(script.contains("Choosing a practitioner \\u003c/script\\u003e\\u003cb\\u003e"), script);
        assertEquals(1, script.split("</script>", -1).length - 1, "exactly one closing tag: the element's own");
    }

    @Test
    void everyGeneratedPageIsValidHtml() throws Exception {
        assertEquals(List.of(), HtmlValidator.errors(out));
    }

    @Test
    void checkReportGivesPerPageFigures(@TempDir Path t) throws Exception {
        Path report = t.resolve("report.json");
        Fixtures.Run r = Fixtures.cli("check", "--site", site.toString(), "--today", TODAY, "--report", report.toString());
        assertEquals(0, r.exit(), r.err());
        JsonObject root = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals(6, root.get("warnings").getAsInt());
        JsonObject a = null;
        JsonObject hard = null;
        for (var e : root.getAsJsonArray("pageReport")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("source").getAsString().equals("content/treatments/laser-a.md")) a = o;
            if (o.get("source").getAsString().equals("content/guides/hard.md")) hard = o;
        }
        assertEquals(3, a.get("citations").getAsInt());
        assertEquals("2026-09-01", a.get("nextReview").getAsString());
        assertEquals("fixture-reviewer", a.get("reviewedBy").getAsString());
        assertEquals(1, a.getAsJsonArray("warnings").size(), "the claim warning belongs to laser-a");
        JsonObject score = hard.getAsJsonObject("readability");
        assertEquals(25, score.get("words").getAsInt());
        assertEquals(1, score.get("sentences").getAsInt());
        assertEquals(40.4, score.get("fleschKincaidGrade").getAsDouble());
        assertTrue(hard.getAsJsonArray("warnings").get(0).getAsString().contains("hard to read"));
    }
}
