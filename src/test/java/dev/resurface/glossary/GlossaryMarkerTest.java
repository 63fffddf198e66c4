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
        String html = render("The CO2 laser is a laser. Erythema, then erythema again.\n");
        assertEquals("<p>The <a class=\"term\" href=\"/g/#co2-laser\" title=\"The carbon dioxide laser.\">CO2 laser</a> is a "
                + "<a class=\"term\" href=\"/g/#laser\" title=\"A device.\">laser</a>. "
                + "<a class=\"term\" href=\"/g/#erythema\" title=\"Redness of the skin.\">Erythema</a>, then erythema again.</p>\n", html);
    }

    @Test
    void anAliasCountsAsTheTermsUse() {
        String html = render("Redness (erythema) fades.\n");
        assertTrue(html.contains(">Redness</a> (erythema)"), html);
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
