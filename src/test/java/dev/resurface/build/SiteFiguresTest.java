package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own figures and comparison tables (templates/shortcodes/skin-depth, timeline and
 * comparison-table): every drawing has words beside it that say the same, the recovery time line
 * repeats the recovery page's own numbers at the right places, captions are never inside a scrolling
 * area, and a data file naming an unknown source or drawing is an error at the shortcode's line.
 */
@Tag("slow") // builds this repository's whole site
class SiteFiguresTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--strict", "--site", ROOT.toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path + "index.html")));
    }

    @Test
    void theSkinDepthFigureSaysInWordsWhatEachDrawingShows() throws IOException {
        for (String path : List.of("types/", "what-is-laser-resurfacing/", "ablative-vs-non-ablative/")) {
            Element figure = page(path).selectFirst("main figure.skin-depth");
            assertNotNull(figure, path);
            assertTrue(figure.selectFirst("figcaption").text().contains("not to scale"), "relative depth only: " + path);
            Elements panels = figure.select(".depth-panel");
            assertEquals(List.of("Full ablative (CO2 or Er:YAG)", "Fractional ablative", "Non-ablative fractional", "Pulsed dye laser and IPL"),
                    panels.select(".depth-name").eachText());
            for (Element p : panels) {
                assertFalse(p.selectFirst(".depth-text").text().isBlank());
                Element svg = p.selectFirst("svg");
                assertEquals("true", svg.attr("aria-hidden"), "the words beside it are the text alternative");
                // drawn at its own size: labels are never scaled down on a phone
                assertEquals("0 0 " + svg.attr("width") + " " + svg.attr("height"), svg.attr("viewBox"));
                assertEquals(List.of("epidermis", "dermis"), svg.select("text").eachText());
            }
            assertSourcesExist(figure);
        }
        assertTrue(page("what-is-laser-resurfacing/").select("main img[src*=ablative-vs-fractional]").isEmpty(), "the old 640 px diagram is gone");
    }

    @Test
    void theRecoveryTimelineRepeatsTheRecoveryPagesOwnNumbers() throws IOException {
        Document d = page("recovery/");
        Element figure = d.selectFirst("main figure.timeline");
        assertNotNull(figure);
        assertEquals(List.of("Full CO2 or Er:YAG", "Fractional CO2 or Er:YAG (one UK clinic's website, not a study)", "Non-ablative fractional"),
                figure.select(".timeline-name").eachText());
        Element content = d.selectFirst("main .content").clone();
        content.select("figure").remove();
        String prose = content.text();
        List<String> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+ to \\d+ (?:days|weeks)|about \\d+ days|several months").matcher(figure.select(".timeline-text").text());
        while (m.find()) numbers.add(m.group());
        assertEquals(List.of("1 to 2 weeks", "several months", "7 to 10 days", "2 to 3 days", "about 2 days"), numbers);
        for (String n : numbers) {
            String inWords = n.replace("1 to 2 weeks", "one to two weeks");
            assertTrue(prose.contains(n) || prose.contains(inWords), "the page itself says '" + n + "'");
        }
        for (Element bar : figure.select(".timeline-bar")) assertEquals("true", bar.selectFirst("svg").attr("aria-hidden"));
        assertSourcesExist(figure);
    }

    @Test
    void barsSitOnTheTimeLineWhereTheirDaysFall() throws IOException {
        // three equal zones of 100: days 0–7, 7–28, 28 and later; linear inside each
        Elements bars = page("recovery/").select("main figure.timeline .timeline-bar svg");
        assertEquals(List.of("0", "100"), List.of(bars.get(0).select("rect").get(1).attr("x"), bars.get(0).select("rect").get(1).attr("width")),
                "open wound: solid to day 7");
        assertEquals("33.33", bars.get(0).select("rect").get(2).attr("width"), "and paler to day 14");
        assertEquals("url(#fade-recovery-timeline-1-2)", bars.get(1).select("rect").last().attr("fill"), "redness fades out, no end");
        assertEquals("14.29", bars.get(2).select("rect").get(2).attr("width"), "fractional CO2: paler from day 7 to day 10");
        assertEquals(List.of("28.57", "14.29"), List.of(bars.get(3).select("rect").get(1).attr("width"), bars.get(3).select("rect").get(2).attr("width")), "fractional Er:YAG: 2, then to 3 days");
    }

    @Test
    void aComparisonTablesCaptionStandsAboveItsScrollingAreaAndNamesIt() throws IOException {
        for (String path : List.of("types/compare/", "ablative-vs-non-ablative/")) {
            Element block = page(path).selectFirst("main .table-block");
            Element caption = block.child(0);
            assertTrue(caption.hasClass("table-caption") && !caption.id().isEmpty(), path);
            assertTrue(block.select(".table-scroll caption, .table-scroll .table-caption").isEmpty(), "nothing of the caption scrolls away: " + path);
            assertEquals(caption.id(), block.selectFirst(".table-scroll").attr("aria-labelledby"));
            assertEquals(caption.id(), block.selectFirst("table").attr("aria-labelledby"));
            assertTrue(block.selectFirst(".table-scroll").hasClass("table-cards"), "rows become cards on a phone: " + path);
        }
    }

    private static void assertSourcesExist(Element figure) throws IOException {
        Document sources = page("sources/");
        Elements links = figure.select(".table-sources a");
        assertFalse(links.isEmpty());
        for (Element a : links) {
            String id = a.attr("href").replaceFirst("^/sources/#", "");
            assertNotNull(sources.getElementById(id), "the sources page lists " + id);
        }
    }

    @Test
    void anUnknownSourceOrDrawingInAFiguresDataIsAnErrorAtTheShortcode() throws IOException {
        Path site = tmp.resolve("site");
        for (String folder : List.of("content", "templates")) Fixtures.copy(ROOT.resolve(folder), site.resolve(folder));
        Files.copy(ROOT.resolve("site.yml"), site.resolve("site.yml"));
        Path depth = site.resolve("content/_data/treatment-depth.yml");
        Files.writeString(depth, Files.readString(depth).replace("drawing: fractional-ablative", "drawing: fractional")
                .replace("[aslms-resurfacing, mayo-what-to-expect]", "[aslms-resurfacing, no-such-source]"));
        Fixtures.Run run = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/types/_index.md:"), run.err());
        assertTrue(run.err().contains("unknown drawing 'fractional' in content/_data/treatment-depth.yml: use full-ablative, fractional-ablative,"), run.err());
        Files.writeString(depth, Files.readString(depth).replace("drawing: fractional\n", "drawing: fractional-ablative\n"));
        run = Fixtures.cli("check", "--site", site.toString());
        assertTrue(run.err().contains("source 'no-such-source' is not in content/_data/sources.yml"), run.err());
    }
}
