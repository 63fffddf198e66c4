package dev.resurface.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link PhraseScan} finds exactly what {@link Matcher#find()} finds, in the same order. */
class PhraseScanTest {
    // built like ClaimLint's and Glossary's patterns: word boundaries, any case, an abbreviation as written
    private static final List<String> PHRASES = List.of("no downtime", "skin care", "painless", "100% safe", "skin", "IPL", "co2", "ſun", "\uD835\uDC00x");
    private static final List<String> BRANCHES = List.of("no\\s+downtime", "skin care", "painless", "100% safe", "skin", "(?-i:IPL)", "co2", "ſun", "\uD835\uDC00x");
    private static final PhraseScan SCAN = new PhraseScan(PHRASES, BRANCHES, "(?<![\\p{L}\\p{N}])", "(?![\\p{L}\\p{N}])", true);
    private static final Pattern PATTERN = SCAN.pattern();

    private static List<String> byFind(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> byScan(String text) {
        List<String> out = new ArrayList<>();
        for (PhraseScan.Hit h : SCAN.findAll(text)) out.add(h.start() + ":" + h.text());
        return out;
    }

    @Test
    void thePatternIsTheAlternationOfTheBranches() {
        assertEquals("(?<![\\p{L}\\p{N}])(?:" + String.join("|", BRANCHES) + ")(?![\\p{L}\\p{N}])", PATTERN.pattern());
    }

    @Test
    void sameMatchesAsFindOnProse() {
        for (String text : List.of("Painless? It is not painless, and there is no  downtime-free SKIN care.",
                "IPL and ipl and Ipl; CO2 or co2 or Co2", "skins, askin, skin-deep, 2skin, ²skin, ſkin, SKİN, \u212Aind, skin care, SKIN  care, Sun, SUN, ſun",
                "100% safe, 100% SAFE, x100% safe", "", "s", "no\ndowntime")) {
            assertEquals(byFind(text), byScan(text), text);
        }
    }

    @Test
    void sameMatchesAsFindOnRandomText() {
        Random rnd = new Random(7);
        String alphabet = "skinSKINpalesPLco2CO2 %10-.ſİıK\u212A\u00e9\n\uD835\uDC00";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(60);
            for (int i = 0; i < n; i++) {
                if (rnd.nextInt(8) == 0) sb.append(PHRASES.get(rnd.nextInt(PHRASES.size())));
                else sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(byFind(text), byScan(text), text);
        }
    }
}
