package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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

/**
 * The "snippets" fixture through the real CLI: one block of Markdown written once in
 * content/_snippets/ and included by two pages (once inside a list item), with a nested snippet; its
 * citations, glossary marking, links, headings, lint and readability behave as if written in place,
 * and its problems are reported at the snippet's own lines with where it was included.
 */
@Tag("slow") // builds fixture sites through the CLI
class SnippetSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path out;
    static Fixtures.Run run;

    @BeforeAll
    static void build() {
        site = Fixtures.site("snippets", tmp);
        out = tmp.resolve("out");
        run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString(), "--today", "2026-06-01");
    }

    static Document html(String file) {
        return Jsoup.parse(Fixtures.read(out.resolve(file)));
    }

    static final List<String> WARNINGS = List.of(
            "content/_snippets/isotretinoin.md:7:95: warning: misleading claim 'painless': comfort varies from person to person "
                    + "(reword it, or quote it (\"…\") if you are reporting what others say; included from content/guides/recovery.md:9:3)",
            "content/_snippets/isotretinoin.md:7:95: warning: misleading claim 'painless': comfort varies from person to person "
                    + "(reword it, or quote it (\"…\") if you are reporting what others say; included from content/risks.md:7:1)",
            "content/_snippets/unused.md:1:1: warning: snippet 'unused' is not included by any published page "
                    + "(include it with {{< snippet \"unused\" >}} on a line of its own, or delete it)");

    @Test
    void buildsWithTheSnippetsWarningsAtTheSnippetsOwnLines() {
        assertEquals(0, run.exit(), run.err());
        assertEquals(WARNINGS, run.errLines());
        assertEquals(95, Fixtures.read(site.resolve("content/_snippets/isotretinoin.md")).split("\n")[6].indexOf("painless") + 1, "the column is the word's");
    }

    @Test
    void strictMakesThemErrors(@TempDir Path t) {
        Fixtures.Run strict = Fixtures.cli("build", "--strict", "--site", site.toString(), "--output", t.resolve("o").toString(), "--today", "2026-06-01");
        assertEquals(1, strict.exit());
        assertEquals(WARNINGS.stream().map(w -> w.replace(": warning: ", ": error: ")).toList(), strict.errLines().subList(0, 3));
    }

    @Test
    void citationsAreNumberedInEachPagesOwnOrder() {
        Document risks = html("risks/index.html");
        assertEquals(List.of("[1]", "[2]"), risks.select("sup.cite").eachText());
        assertEquals(List.of("A source the page cites itself", "Isotretinoin and skin procedures"), risks.select("section.sources li > a:first-child").eachText());
        Document recovery = html("guides/recovery/index.html");
        assertEquals(List.of("[1]", "[2]", "[2]"), recovery.select("sup.cite").eachText(), "the nested snippet cites the same source again");
        assertEquals(List.of("Isotretinoin and skin procedures", "Sun protection after skin treatment"),
                recovery.select("section.sources li > a:first-child").eachText());
    }

    @Test
    void glossaryTermsAreMarkedOnTheirFirstUseOnThePage() {
        assertEquals(List.of("erythema", "isotretinoin"), html("risks/index.html").select("a.term").eachText());
        assertEquals(List.of("isotretinoin"), html("guides/recovery/index.html").select("a.term").eachText());
    }

    @Test
    void linksStartFromTheSnippetsFolderAndAnchorsAreThePages() {
        for (String page : List.of("risks/index.html", "guides/recovery/index.html")) {
            Element link = html(page).select("main a").stream().filter(a -> a.text().equals("the risks page")).findFirst().orElseThrow();
            assertEquals("/risks/#after-the-snippet", link.attr("href"), page);
        }
        Document risks = html("risks/index.html");
        assertEquals("#isotretinoin-and-laser-treatment", risks.select("main a").stream()
                .filter(a -> a.text().equals("the isotretinoin section")).findFirst().orElseThrow().attr("href"));
        assertEquals(List.of("Isotretinoin and laser treatment", "After the snippet"), risks.select("nav.toc a").eachText(), "its heading is in the contents");
    }

    @Test
    void anIndentedCallStaysInsideItsListItemAndFencedCodeIsLeftAlone() {
        Document d = html("guides/recovery/index.html");
        Element item = d.selectFirst("main ul > li");
        assertEquals("Isotretinoin and laser treatment", item.selectFirst("h2").text());
        assertEquals(2, d.select("main ul > li").size());
        assertEquals("{{< snippet \"isotretinoin\" >}}", d.selectFirst("pre code").text());
    }

    @Test
    void snippetsAreNeverPublished() throws Exception {
        try (var files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.toString().contains("_snippets") || p.toString().contains("unused")).toList());
        }
        assertFalse(Fixtures.read(out.resolve("sitemap.xml")).contains("snippet"));
    }

    @Test
    void readabilityAndWordsCountTheSnippetWithThePage(@TempDir Path t) throws Exception {
        Path report = t.resolve("r.json");
        Fixtures.Run check = Fixtures.cli("check", "--site", site.toString(), "--today", "2026-06-01", "--report", report.toString());
        assertEquals(0, check.exit(), check.err());
        JsonObject risks = null;
        for (var e : JsonParser.parseString(Files.readString(report)).getAsJsonObject().getAsJsonArray("pageReport")) {
            if (e.getAsJsonObject().get("source").getAsString().equals("content/risks.md")) risks = e.getAsJsonObject();
        }
        // the page's own prose is 10 words; the snippet's paragraph adds 22
        assertEquals(32, risks.getAsJsonObject("readability").get("words").getAsInt());
        assertEquals(2, risks.get("citations").getAsInt());
        assertTrue(risks.getAsJsonArray("warnings").toString().contains("painless"), "the snippet's claim counts as the page's: " + risks);
    }
}
