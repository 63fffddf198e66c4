package dev.resurface.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The synonyms file authors edit: what it means, and a clear error at the place of each mistake. */
class SynonymsTest {
    private static final String PATH = "content/_data/synonyms.yml";

    private record Read(Synonyms synonyms, List<String> problems) {}

    private static Read read(String yaml) {
        YamlReader.Result r = YamlReader.read(yaml, PATH, 0);
        assertEquals(List.of(), r.problems(), "the test's YAML itself is fine");
        Checked<Synonyms> s = Synonyms.read(r.root().orElseThrow(), PATH);
        return new Read(s.value(), s.problems().stream().map(Diagnostic::format).toList());
    }

    @Test
    void groupsAndOneWayWordsAreReadInLowerCaseWithSingleSpaces() {
        Read r = read("""
                groups:
                  - [Cost, price,  "Fee"]
                  - [dark skin, skin  of colour, fitzpatrick]
                oneWay:
                  Fraxel: [non-ablative fractional]
                  roaccutane: isotretinoin
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(List.of("cost", "price", "fee"), List.of("dark skin", "skin of colour", "fitzpatrick")), r.synonyms().groups());
        assertEquals(Map.of("fraxel", List.of("non-ablative fractional"), "roaccutane", List.of("isotretinoin")), r.synonyms().oneWay());
        assertFalse(r.synonyms().isEmpty());
    }

    @Test
    void aFileThatIsNotAMapSaysWhatItShouldBe() {
        assertEquals(List.of(PATH + ":1:1: error: the synonyms file must be a map with 'groups' and/or 'oneWay', found a list "
                + "(e.g. 'groups: [[cost, price, fee]]' and 'oneWay: {fraxel: [non-ablative fractional]}')"), read("- [cost, price]\n").problems());
    }

    @Test
    void everyMistakeIsAnErrorAtItsPlaceAndTheRestIsKept() {
        Read r = read("""
                group:
                  - [a, b]
                groups:
                  - cost
                  - [pain]
                  - [pain, hurt, pain]
                  - [healing, Pain]
                  - [how, the]
                  - [yes, true, 42]       # YAML reads yes as true/false
                  - [red, redness]
                oneWay:
                  fraxel:
                  the: [x]
                  ipl: {a: b}
                """);
        assertEquals(List.of(
                PATH + ":1:1: error: unknown key 'group' in the synonyms file (did you mean 'groups'?)",
                PATH + ":4:5: error: each group must be a list of words in brackets, found text (e.g. '- [cost, price, fee]')",
                PATH + ":5:5: error: a group needs at least two words that mean the same, found only 'pain' (add the other words, or remove the group)",
                PATH + ":6:18: error: 'pain' is twice in the same list (remove one)",
                PATH + ":7:15: error: 'pain' is already in the group at line 6 (merge the two groups into one)",
                PATH + ":8:6: error: 'how' is only common words that search ignores, so it would not find anything (use a word that says what the reader looks for)",
                PATH + ":8:11: error: 'the' is only common words that search ignores, so it would not find anything (use a word that says what the reader looks for)",
                PATH + ":8:5: error: a group needs at least two words that mean the same (add the other words, or remove the group)",
                PATH + ":9:6: error: a synonym must be a word or phrase, found true/false (put it in quotes, e.g. 'yes' or 'no' as \"yes\")",
                PATH + ":9:11: error: a synonym must be a word or phrase, found true/false (put it in quotes, e.g. 'yes' or 'no' as \"yes\")",
                PATH + ":9:5: error: a group needs at least two words that mean the same, found only '42' (add the other words, or remove the group)",
                PATH + ":12:3: error: 'fraxel' must be followed by a list of what a search for it also finds, found nothing (null) (e.g. 'fraxel: [non-ablative fractional]')",
                PATH + ":13:3: error: 'the' is only common words that search ignores (write a word or phrase a reader types, e.g. 'fraxel')",
                PATH + ":14:3: error: 'ipl' must be followed by a list of what a search for it also finds, found a map (e.g. 'fraxel: [non-ablative fractional]')"),
                r.problems());
        assertEquals(List.of(List.of("pain", "hurt"), List.of("healing", "pain"), List.of("red", "redness")), r.synonyms().groups(),
                "what is right is kept, so one typo does not turn search's synonyms off");
    }

    @Test
    void stopWordsAreCommonWordsOnly() {
        assertTrue(StopWords.onlyStopWords("how does it"));
        assertTrue(StopWords.onlyStopWords("Don’t"));
        assertFalse(StopWords.onlyStopWords("how long"));
        assertFalse(StopWords.onlyStopWords("cost"));
        assertTrue(StopWords.WORDS.contains("the"));
        assertFalse(StopWords.WORDS.contains("laser"));
    }
}
