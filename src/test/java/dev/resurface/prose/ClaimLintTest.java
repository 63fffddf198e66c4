package dev.resurface.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ClaimLint}: phrases found on word boundaries; negated and quoted uses are not claims. */
class ClaimLintTest {
    static final ClaimLint LINT = new ClaimLint(List.of(
            new ClaimLint.Claim("painless", "comfort varies"),
            new ClaimLint.Claim("no downtime", "recovery takes time"),
            new ClaimLint.Claim("risk-free", "every treatment has risks"),
            new ClaimLint.Claim("guaranteed", "results vary"),
            new ClaimLint.Claim("breakthrough", "promotional"),
            new ClaimLint.Claim("100% safe", "nothing is"),
            new ClaimLint.Claim("permanent", "skin keeps ageing"),
            new ClaimLint.Claim("permanent results", "skin keeps ageing")));

    static List<String> found(String text) {
        return LINT.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsClaimsWithExactOffsets() {
        String text = "The treatment is painless.";
        List<ClaimLint.Match> m = LINT.find(text);
        assertEquals(1, m.size());
        assertEquals(17, m.get(0).start());
        assertEquals(25, m.get(0).end());
        assertEquals("comfort varies", m.get(0).claim().reason());
        assertEquals(List.of("guaranteed"), found("Results are guaranteed!"));
        assertEquals(List.of("risk-free", "breakthrough"), found("A risk-free breakthrough."));
    }

    @Test
    void negationInTheSameSentenceIsNotAClaim() {
        for (String s : List.of("It is not painless.", "No laser treatment is risk-free.", "Results are never guaranteed.",
                "Laser resurfacing isn’t painless", "Laser resurfacing isn't painless", "It is not truly painless.",
                "There is rarely no downtime.", "Nothing about it is 100% safe.")) {
            assertEquals(List.of(), found(s), s);
        }
    }

    @Test
    void negationOnlyCountsInItsOwnSentenceAndNearThePhrase() {
        assertEquals(List.of("painless"), found("It is painless. It is not cheap."));
        assertEquals(List.of("painless"), found("It is not cheap. It is painless."));
        assertEquals(List.of("painless"), found("Not everyone heals fast, but this one is painless."));
    }

    @Test
    void quotationIsNotAClaim() {
        assertEquals(List.of(), found("Some clinics call it “painless”."));
        assertEquals(List.of(), found("Be wary of adverts that say \"no downtime, guaranteed results\"."));
        assertEquals(List.of(), found("An advert said ‘painless and risk-free’, which is wrong."));
        assertEquals(List.of("painless"), found("It’s painless, they say."), "an apostrophe opens no quotation");
        assertEquals(List.of("painless"), found("A stray “quote, then painless."), "a quotation never closed hides nothing");
        assertEquals(List.of("guaranteed"), found("They say “fast” but it is guaranteed."), "a closed quotation ends before the phrase");
    }

    @Test
    void theQuotationMarksMustBeInThePhrasesOwnSentence() {
        assertEquals(List.of(), found("Myth: “there is no downtime”"));
        assertEquals(List.of(), found("Clinics may say \"no downtime\", but most people need a few days."));
        assertEquals(List.of(), found("First sentence. Adverts say “painless.” Then the facts."), "closing marks after the full stop still close it");
        assertEquals(List.of("painless"), found("She said “yes. It is painless” and left."), "the quotation opened in the sentence before");
        assertEquals(List.of("painless"), found("He said “no. Really.” It is painless. Then “fine”."), "a closed quotation, then a plain claim");
        assertEquals(List.of("painless"), found("The 5\" handpiece is small. It is painless, so \"relax\"."), "an inch mark two sentences back opens nothing");
        assertEquals(List.of("no downtime"), found("Adverts say “quick”. There is no downtime. Really “none”."));
    }

    @Test
    void sentencesEndAtAStopFollowedBySpace() {
        String t = "One. Two “three.” Four? e.g.5 six";
        assertEquals(4, ClaimLint.sentenceStart(t, t.indexOf("Two") + 1));
        assertEquals(t.indexOf(" Four"), ClaimLint.sentenceEnd(t, t.indexOf("Two")));
        assertEquals(t.length(), ClaimLint.sentenceEnd(t, t.indexOf("e.g.5")), "a stop inside a word ends nothing");
    }

    @Test
    void wordBoundariesCaseAndSpacing() {
        assertEquals(List.of(), found("She recovered painlessly, unguaranteed."));
        assertEquals(List.of("PAINLESS"), found("PAINLESS!"));
        assertEquals(List.of("no\n  downtime"), found("There is no\n  downtime at all"));
        assertEquals(List.of("100% safe"), found("It is 100% safe"));
        assertEquals(List.of("risk–free"), found("It is risk–free"), "an en dash counts as a hyphen");
    }

    @Test
    void theLongerOfTwoOverlappingPhrasesWins() {
        List<ClaimLint.Match> m = LINT.find("Enjoy permanent results today.");
        assertEquals(1, m.size());
        assertEquals("permanent results", m.get(0).claim().phrase());
    }

    @Test
    void anEmptyListFindsNothing() {
        assertEquals(List.of(), new ClaimLint(List.of()).find("painless, guaranteed, risk-free"));
    }

    @Test
    void helpersAnswerDirectly() {
        String t = "It is not painless";
        assertTrue(ClaimLint.isNegated(t, t.indexOf("painless")));
        assertFalse(ClaimLint.isNegated("Not now. It is painless", 16));
        assertTrue(ClaimLint.isQuoted("say \"painless\" here", 5, 13));
        assertFalse(ClaimLint.isQuoted("say painless here", 4, 12));
    }
}
