package dev.resurface.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Hints}: "did you mean" suggestions by Levenshtein distance. */
class HintsTest {

    @Test
    void distanceOfEqualStringsIsZero() {
        assertEquals(0, Hints.distance("title", "title"));
        assertEquals(0, Hints.distance("", ""));
    }

    @Test
    void distanceToEmptyIsTheLength() {
        assertEquals(5, Hints.distance("title", ""));
        assertEquals(5, Hints.distance("", "title"));
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(1, Hints.distance("title", "titles"), "insertion");
        assertEquals(1, Hints.distance("titles", "title"), "deletion");
        assertEquals(1, Hints.distance("title", "tatle"), "substitution");
        assertEquals(2, Hints.distance("titel", "title"), "a transposition is two edits");
        assertEquals(3, Hints.distance("kitten", "sitting"));
    }

    @Test
    void distanceIsSymmetricAndCaseSensitive() {
        assertEquals(Hints.distance("flaw", "lawn"), Hints.distance("lawn", "flaw"));
        assertEquals(1, Hints.distance("Title", "title"));
    }

    @Test
    void closestFindsATypo() {
        assertEquals(Optional.of("title"), Hints.closest("tittle", List.of("baseUrl", "title", "language")));
        assertEquals(Optional.of("description"), Hints.closest("descripton", List.of("title", "description", "date")));
    }

    @Test
    void closestIgnoresCaseWhenMeasuring() {
        assertEquals(Optional.of("baseUrl"), Hints.closest("baseurl", List.of("title", "baseUrl")));
        assertEquals(Optional.of("baseUrl"), Hints.closest("BASEURL", List.of("title", "baseUrl")));
    }

    @Test
    void exactMatchIsNoSuggestion() {
        assertEquals(Optional.empty(), Hints.closest("title", List.of("title", "titles")));
    }

    @Test
    void farAwayWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), Hints.closest("completely-different", List.of("title", "date")));
        assertEquals(Optional.empty(), Hints.closest("zzzzzz", List.of("title", "baseUrl")));
    }

    @Test
    void limitIsTwoEditsForShortWordsAndAThirdOfLongOnes() {
        assertEquals(Optional.of("ab"), Hints.closest("xy", List.of("ab")), "2 edits are allowed for any word");
        assertEquals(Optional.empty(), Hints.closest("abc", List.of("xyz")), "3 edits on a 3-letter word is too many");
        // 12 letters: limit 4
        assertEquals(Optional.of("abcdefghijkl"), Hints.closest("abcdefghWXYZ", List.of("abcdefghijkl")));
        assertEquals(Optional.empty(), Hints.closest("abcdefgVWXYZ", List.of("abcdefghijkl")), "5 edits on 12 letters is too many");
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstCandidate() {
        assertEquals(Optional.of("bat"), Hints.closest("cat", List.of("rat", "bat", "hat")));
        assertEquals(Optional.of("bat"), Hints.closest("cat", List.of("hat", "rat", "bat")));
    }

    @Test
    void theNearestCandidateWinsOverEarlierOnes() {
        assertEquals(Optional.of("weight"), Hints.closest("wieght", List.of("height", "weight")));
        assertEquals(Optional.of("feedLimit"), Hints.closest("feedLimt", List.of("feed", "feedLimit")));
    }

    @Test
    void noCandidatesNoSuggestion() {
        assertEquals(Optional.empty(), Hints.closest("title", List.of()));
        assertEquals("", Hints.didYouMean("title", List.of()));
    }

    @Test
    void didYouMeanWrapsTheSuggestion() {
        assertEquals("did you mean 'title'?", Hints.didYouMean("titel", List.of("title", "date", "tags")));
        assertEquals("", Hints.didYouMean("completely-different", List.of("title", "date")));
    }
}
