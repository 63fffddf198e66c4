package dev.resurface.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Readability}: sentence and word counting, the syllable heuristic and the two Flesch formulas. */
class ReadabilityTest {
    @Test
    void formulasOnAHandComputedExample() {
        // 6 words, 1 sentence, 6 syllables: ease = 206.835 - 1.015*6 - 84.6*1 = 116.145 → 116.1;
        // grade = 0.39*6 + 11.8*1 - 15.59 = -1.45 → -1.4 (rounded half up, towards +∞)
        Readability.Score s = Readability.score(List.of("The cat sat on the mat."));
        assertEquals(new Readability.Score(6, 1, 6, 6.0, 1.0, 116.1, -1.4), s);
    }

    @Test
    void harderTextScoresAHigherGrade() {
        Readability.Score easy = Readability.score(List.of("The skin heals. It can be red for a week. Use sun cream."));
        Readability.Score hard = Readability.score(List.of("Postoperative erythema frequently persists considerably beyond "
                + "epithelialisation, necessitating meticulous photoprotection."));
        assertTrue(easy.grade() < 3, "easy: " + easy);
        assertTrue(hard.grade() > 15, "hard: " + hard);
        assertTrue(easy.readingEase() > hard.readingEase());
    }

    @Test
    void decimalsAbbreviationsAndInitialsDoNotEndSentences() {
        Readability.Score s = Readability.score(List.of("Use 2.5 ml, e.g. on the face. Dr. Smith and J. Jones agree. The U.S. rules differ."));
        assertEquals(3, s.sentences(), s.toString());
    }

    @Test
    void wordsKeepApostrophesHyphensAndNumbersTogether() {
        Readability.Score s = Readability.score(List.of("Don't skip non-ablative care: 2,000 people, 10% of them."));
        assertEquals(9, s.words(), s.toString()); // don't | skip | non-ablative | care | 2,000 | people | 10 | of | them
    }

    @Test
    void eachBlockEndsASentenceEvenWithoutAFullStop() {
        Readability.Score s = Readability.score(List.of("Redness", "Swelling for a few days", "Itching."));
        assertEquals(3, s.sentences());
        assertEquals(7, s.words());
    }

    @Test
    void emptyInputScoresZeroWithoutDividingByZero() {
        assertEquals(new Readability.Score(0, 0, 0, 0, 0, 0, 0), Readability.score(List.of()));
        assertEquals(new Readability.Score(0, 0, 0, 0, 0, 0, 0), Readability.score(List.of("", " ... ")));
    }

    @Test
    void syllableHeuristicIsRightForMostCommonAndHealthWords() {
        Map<String, Integer> words = new LinkedHashMap<>();
        String[] list = {
            "laser:2", "ablative:3", "redness:2", "erythema:4", "infection:3", "pigmentation:4", "treatment:2", "recovery:4",
            "skin:1", "scar:1", "wrinkle:2", "procedure:3", "dermatologist:5", "anaesthetic:4", "fractional:3", "collagen:3",
            "swelling:2", "practitioner:4", "consultation:4", "people:2", "table:2", "little:2", "simple:2", "made:1",
            "make:1", "jumped:1", "wanted:2", "faded:2", "boxes:2", "the:1", "a:1", "i:1", "area:3", "idea:3",
            "quiet:2", "being:2", "going:2", "really:2", "beautiful:3", "sunburn:2", "itching:2", "peeling:2",
            "ointment:2", "dressing:2", "months:1", "weeks:1", "cream:1", "clinic:2", "doctor:2", "nurse:1",
            "surgery:3", "medicine:3", "results:2", "session:2", "sessions:2", "visible:3", "patient:2", "healing:2",
            "colour:2", "darker:2", "lighter:2", "risk:1", "risks:1", "cold:1", "sore:1", "herpes:2", "milia:3",
            "sensitive:3", "improve:2", "usually:4", "several:3", "evidence:3", "medical:3", "eyelid:2", "surface:2",
        };
        for (String w : list) words.put(w.split(":")[0], Integer.parseInt(w.split(":")[1]));
        List<String> wrong = new ArrayList<>();
        for (var e : words.entrySet()) {
            int got = Readability.syllables(e.getKey());
            if (got != e.getValue()) wrong.add(e.getKey() + "=" + got + " (expected " + e.getValue() + ")");
        }
        double accuracy = 1.0 - (double) wrong.size() / words.size();
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy + ", wrong: " + wrong);
    }

    @Test
    void hyphenatedWordsAddTheirPartsAndNumbersCountOne() {
        assertEquals(Readability.syllables("non") + Readability.syllables("ablative"), Readability.score(List.of("non-ablative")).syllables());
        assertEquals(1, Readability.score(List.of("2,000")).syllables());
    }

    @Test
    void theSyllableMemoNeverChangesACountEvenWhenFull() {
        java.util.Random r = new java.util.Random(5);
        String letters = "aeiouybcdlmnrstxzAEG";
        List<String> blocks = new ArrayList<>();
        for (int b = 0; b < 3000; b++) { // about 60,000 words, most of them new: the memo fills (32,768) and then only answers
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                for (int k = 1 + r.nextInt(12); k > 0; k--) sb.append(letters.charAt(r.nextInt(letters.length())));
                sb.append(r.nextInt(8) == 0 ? ". " : r.nextInt(10) == 0 ? "-" : " ");
            }
            blocks.add(sb.toString());
        }
        Readability.Memo memo = new Readability.Memo();
        for (int round = 0; round < 2; round++) { // the second round answers from the memo
            for (String block : blocks) {
                assertEquals(java.util.Arrays.toString(Readability.count(block)), java.util.Arrays.toString(Readability.count(block, memo)), block);
            }
        }
        assertEquals(Readability.score(blocks), Readability.score(blocks, memo));
    }
}
