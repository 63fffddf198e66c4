package dev.resurface.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.markdown.MarkdownEngine;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page's searchable text: cut at its headings, with blocks that never run together. */
class SearchTextTest {
    private static final MarkdownEngine MD = new MarkdownEngine(List.of(2, 3), 40);

    private static List<Passage> passages(String markdown) {
        return SearchText.passages(MD.parse(markdown).document(), MD::plainText);
    }

    @Test
    void theTextIsCutAtEachHeadingOfThePageWithItsAnchor() { // a heading inside a quote or list stays text
        List<Passage> p = passages("""
                Intro text.

                ## How long redness lasts

                Weeks to months.

                ### Week one {#week-one}

                Raw skin.

                #### A small heading

                Stays in its passage.

                > ## In a quote
                > Quoted.
                """);
        assertEquals(List.of(
                new Passage("", "", "Intro text."),
                new Passage("how-long-redness-lasts", "How long redness lasts", "Weeks to months."),
                new Passage("week-one", "Week one", "Raw skin."),
                new Passage("a-small-heading", "A small heading", "Stays in its passage. In a quote. Quoted.")), p);
    }

    @Test
    void aPageStartingWithAHeadingHasNoIntroAndAnEmptySectionIsKeptForItsHeading() {
        assertEquals(List.of(new Passage("risks", "Risks", ""), new Passage("cost", "Cost", "Ask first.")),
                passages("## Risks\n\n## Cost\n\nAsk first.\n"));
    }

    @Test
    void listItemsDefinitionsAndTableRowsEndAsSentences() {
        List<Passage> p = passages("""
                Normal:

                - raw, red skin
                - swelling
                - itching!

                Downtime
                : Time off work

                | Laser | Recovery |
                | --- | --- |
                | CO2 | 2 weeks |
                """);
        assertEquals("Normal: raw, red skin. swelling. itching! Downtime. Time off work. Laser, Recovery. CO2, 2 weeks.", p.get(0).text());
    }

    @Test
    void aSentenceEndingInAQuoteOrBracketIsNotStoppedTwice() {
        assertEquals("Mayo Clinic calls them “subtle.” (See below.)", passages("Mayo Clinic calls them “subtle.”\n\n(See below.)\n").get(0).text()
                .replace("\"", "“"));
        assertEquals("one two.", SearchText.tidy(" one \n two ."));
    }

    @Test
    void passagesSurviveTheBuildsStringFormAndTwoJoinedAreBoth() {
        List<Passage> a = List.of(new Passage("", "", "Intro."), new Passage("x", "X", "Text."));
        List<Passage> b = List.of(new Passage("y", "Y", ""));
        assertEquals(a, SearchText.decode(SearchText.encode(a)));
        assertEquals(List.of(a.get(0), a.get(1), b.get(0)), SearchText.decode(SearchText.encode(a) + SearchText.encode(b)));
        assertEquals(List.of(new Passage("", "", "plain old text")), SearchText.decode("plain old text"));
        assertEquals(List.of(), SearchText.decode(""));
    }

    @Test
    void tidyGivesWhatTheRegexesGaveOnCornerCasesAndRandomText() {
        for (String t : List.of("", " ", "a", " a ", "a  b", "a \t\n b", "word [x] .", "a ,b", "a\n)", "x ) )", "a\u00a0 .", "\u2003a \u2003 b\u2003",
                "a\u000b\f\r.", "a  ,.;", "(a )", "a \u0085 b", "\u001fa\u001e")) {
            assertEquals(regexTidy(t), SearchText.tidy(t), "'" + t + "'");
        }
        Random r = new Random(42);
        String alphabet = "ab .,;:!?)( \t\n\u000b\f\r\u00a0\u2003\u2009’—";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String t = sb.toString();
            assertEquals(regexTidy(t), SearchText.tidy(t), "'" + t + "'");
        }
    }

    /** What tidy was, as regexes. */
    private static String regexTidy(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll(" ([.,;:!?)])", "$1");
    }
}
