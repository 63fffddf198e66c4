package dev.resurface.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.markdown.MarkdownEngine;
import dev.resurface.markdown.ParsedMarkdown;
import dev.resurface.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** {@link Glossary} reading and sorting, and {@link GlossaryMarker} marking the first use of each term. */
class GlossaryMarkerTest {
    static final MarkdownEngine MD = new MarkdownEngine(List.of(2, 3), 40);

    static Glossary glossary(String yaml, List<Diagnostic> problems) {
        Checked<Glossary> read = Glossary.read(YamlReader.read(yaml, "g.yml", 0).root().get(), "g.yml", "en-GB");
        problems.addAll(read.problems());
        return read.value();
    }

    static final Glossary G = glossary("""
            - {term: erythema, definition: Redness of the skin., aliases: [redness]}
            - {term: IPL, definition: Intense pulsed light.}
            - {term: laser, definition: A device.}
            - {term: CO2 laser, definition: The carbon dioxide laser.}
            - {term: Ölbad, definition: An oil bath (a non-ASCII term).}
            """, new ArrayList<>());

    static String render(String body) {
        ParsedMarkdown md = MD.parse(body);
        new GlossaryMarker(G, "/g/").mark(md.document());
        return MD.render(md.document());
    }

    @Test
    void termsAreSortedWithLettersAndIds() {
        assertEquals(List.of("CO2 laser", "erythema", "IPL", "laser", "Ölbad"), G.terms().stream().map(Term::term).toList());
        assertEquals(List.of("C", "E", "I", "L", "O"), List.copyOf(G.byLetter().keySet()));
        assertEquals("co2-laser", G.terms().get(0).id());
        assertEquals("olbad", G.terms().get(4).id());
    }

    @Test
    void firstUseOnlyLongestFormFirstAndAnyCase() {
        Document d = Jsoup.parseBodyFragment(render("The CO2 laser is a laser. Erythema, then erythema again.\n"));
        Elements terms = d.select("a.term");
        assertEquals(List.of("CO2 laser", "laser", "Erythema"), terms.eachText());
        assertEquals(List.of("/g/#co2-laser", "/g/#laser", "/g/#erythema"), terms.eachAttr("href"));
        assertTrue(d.selectFirst("p").text().endsWith(", then erythema again."), d.html());
    }

    @Test
    void aTermIsALinkThenAButtonThatOpensItsDefinitionInPlace() {
        // without popover support (or CSS) the link still leads to the entry; no whitespace, so no gap when the button is hidden
        assertEquals("<p>After: <span class=\"term-wrap\"><a class=\"term\" href=\"/g/#erythema\">redness</a><button type=\"button\" "
                + "class=\"term-tip\" popovertarget=\"def:erythema\" aria-label=\"Meaning of redness\">?</button><span class=\"term-def\" "
                + "id=\"def:erythema\" popover><strong>erythema</strong>: Redness of the skin.</span></span> fades.</p>\n",
                render("After: redness fades.\n"));
    }

    @Test
    void theDefinitionAndTheButtonsNameAreEscaped() {
        Glossary g = glossary("- {term: \"a<b\", definition: \"x \\\"<i>\\\" & y\", id: ab}\n", new ArrayList<>());
        ParsedMarkdown md = MD.parse("Say a<b now.\n");
        new GlossaryMarker(g, "/g/").mark(md.document());
        Element p = Jsoup.parseBodyFragment(MD.render(md.document())).selectFirst("p");
        assertTrue(p.select("i").isEmpty(), p.html());
        // definitions get real quotes like other text readers see (docs/metadata.md, typography)
        assertEquals("a<b: x \u201c<i>\u201d & y", p.selectFirst(".term-def").text());
        assertEquals("Meaning of a<b", p.selectFirst("button").attr("aria-label"));
    }

    @Test
    void anAliasCountsAsTheTermsUse() {
        String html = render("Redness (erythema) fades.\n");
        assertTrue(html.contains(">Redness</a>") && html.contains("</span></span> (erythema) fades."), html);
    }

    @Test
    void abbreviationsMatchOnlyAsWrittenAndNeverInsideWords() {
        assertEquals("<p>An ipl, a lasers shop, relaser.</p>\n", render("An ipl, a lasers shop, relaser.\n"));
        assertTrue(render("Try IPL.\n").contains(">IPL</a>"));
    }

    @Test
    void headingsLinksCodeAndCitationsAreLeftAlone() {
        String html = render("## Laser\n\n`laser` [laser](x.md) [@laser] laser\n");
        assertEquals(1, html.split("class=\"term\"", -1).length - 1, html);
        assertTrue(html.contains("<h2 id=\"laser\">Laser</h2>"), html);
    }

    @Test
    void returnsTheTermsMarked() {
        ParsedMarkdown md = MD.parse("IPL and laser.\n");
        assertEquals(Set.of("ipl", "laser"), new GlossaryMarker(G, "/g/").mark(md.document()));
    }

    @Test
    void badEntriesAreReportedAtTheirLine() {
        List<Diagnostic> problems = new ArrayList<>();
        glossary("""
                - {term: a, definition: x}
                - {term: A, definition: y}
                - {term: b}
                - {definition: z}
                """, problems);
        assertEquals(List.of(
                "g.yml:2:3: error: glossary term 'A' has the same id 'a' as the term at line 1 (merge the two entries, or give one an 'id')",
                "g.yml:3:3: error: glossary term 'b' has no 'definition' (explain it in one plain sentence)",
                "g.yml:4:3: error: glossary entry has no 'term'"), problems.stream().map(Diagnostic::format).toList());
    }
}
