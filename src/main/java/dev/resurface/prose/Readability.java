package dev.resurface.prose;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flesch reading ease and Flesch-Kincaid grade of plain-text prose. Sentences end at '.', '!', '?'
 * or '…' (not inside "2.5", "e.g." or initials) and at the end of every block, so a list item
 * without a full stop is a sentence. Syllables come from an English heuristic (vowel groups with
 * the usual silent-e rules): good enough to rank pages, not to grade a single word.
 */
public final class Readability {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "vs", "approx", "no", "st", "cf", "fig");

    private Readability() {}

    public record Score(int words, int sentences, int syllables, double wordsPerSentence, double syllablesPerWord,
                        double readingEase, double grade) {}

    public static Score score(List<String> blocks) {
        int words = 0, sentences = 0, syllables = 0;
        for (String block : blocks) {
            int[] c = count(block);
            words += c[0];
            sentences += c[1];
            syllables += c[2];
        }
        if (words == 0 || sentences == 0) return new Score(0, 0, 0, 0, 0, 0, 0);
        double wps = (double) words / sentences;
        double spw = (double) syllables / words;
        double ease = 206.835 - 1.015 * wps - 84.6 * spw;
        double grade = 0.39 * wps + 11.8 * spw - 15.59;
        return new Score(words, sentences, syllables, round(wps, 10), round(spw, 100), round(ease, 10), round(grade, 10));
    }

    private static double round(double v, int scale) {
        return Math.round(v * scale) / (double) scale;
    }

    /** {words, sentences, syllables} of one block. */
    static int[] count(String text) {
        int words = 0, sentences = 0, syllables = 0;
        boolean wordsSinceEnd = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && (text.charAt(i) != '.' || Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1)))))) {
                    i++;
                }
                String word = text.substring(start, i);
                words++;
                syllables += syllablesOfToken(word);
                wordsSinceEnd = true;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && wordsSinceEnd && endsSentence(text, i)) {
                sentences++;
                wordsSinceEnd = false;
            }
            i++;
        }
        if (wordsSinceEnd) sentences++;
        return new int[] {words, sentences, syllables};
    }

    /** Characters that join the parts of one word: apostrophes, hyphens, and the separators of 2,000 or 2.5. */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == ',' || c == '.';
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        int next = i + 1;
        while (next < text.length() && "\"'”’)]".indexOf(text.charAt(next)) >= 0) next++;
        if (next < text.length() && !Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '.') return false;
        if (c != '.') return true;
        // the word before the full stop: an abbreviation or an initial does not end a sentence
        int s = i;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String before = text.substring(s, i).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(before)) return false;
        if (before.length() == 1 && Character.isUpperCase(text.charAt(s))) return false; // "J. Smith"
        if (before.contains(".") && before.replace(".", "").length() <= 3) return false; // "U.S."
        return true;
    }

    private static int syllablesOfToken(String token) {
        boolean letters = false;
        for (int i = 0; i < token.length() && !letters; i++) letters = Character.isLetter(token.charAt(i));
        if (!letters) return 1;
        int total = 0;
        for (int start = 0; start <= token.length(); ) { // the parts between hyphens, empty ones skipped
            int end = token.indexOf('-', start);
            if (end < 0) end = token.length();
            if (end > start) total += syllables(token.substring(start, end));
            start = end + 1;
        }
        return Math.max(1, total);
    }

    /** Syllables in one English word (heuristic). Hand-written scans, not regular expressions: this runs for every word. */
    public static int syllables(String word) {
        String w = asciiLower(word);
        if (w == null) { // not plain ASCII letters: the general way
            w = word.toLowerCase(Locale.ROOT).replace("\u2019", "'");
            if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
            w = lettersOnly(w);
        }
        if (w.isEmpty()) return 1;
        if (w.length() <= 3) return 1;
        int count = 0;
        boolean prevVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = isVowel(w, i);
            if (v && !prevVowel) count++;
            prevVowel = v;
        }
        // silent final e ("make"), but not "-le" after a consonant ("table") or "-ee"
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ie") && count > 1) count--;
        else if (w.endsWith("le") && w.length() > 2 && isVowel(w, w.length() - 3) && count > 1) count--;
        // silent "-es"/"-ed" ("makes", "jumped"), spoken after t/d ("faded") or s/x/z/ch/sh sounds ("boxes")
        if (w.endsWith("ed") && count > 1 && !w.endsWith("ted") && !w.endsWith("ded") && !isVowel(w, w.length() - 3)) count--;
        if (w.endsWith("es") && count > 1 && !sibilantEs(w) && !isVowel(w, w.length() - 3)) count--;
        // vowel pairs spoken as two syllables ("media", "radio", "medium", "usual", "being", "area"),
        // but not in "-tion", "-sion", "-cial", "-tial" endings
        count += hiatuses(w);
        if (w.endsWith("ier") || w.endsWith("iet")) count++; // quiet, easier
        return Math.max(1, count);
    }

    /** The word in lower case if it is only ASCII letters (nearly every word), else null. */
    private static String asciiLower(String word) {
        boolean upper = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') upper = true;
            else if (c < 'a' || c > 'z') return null;
        }
        if (!upper) return word;
        char[] out = word.toCharArray();
        for (int i = 0; i < out.length; i++) if (out[i] <= 'Z') out[i] += 'a' - 'A';
        return new String(out);
    }

    /** The word with everything but a–z removed. */
    private static String lettersOnly(String w) {
        StringBuilder out = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean keep = c >= 'a' && c <= 'z';
            if (!keep && out == null) out = new StringBuilder(w.length()).append(w, 0, i);
            else if (keep && out != null) out.append(c);
        }
        return out == null ? w : out.toString();
    }

    /** "-es" after an s, x, z, ch, sh, ce, ge, se or ze sound ("boxes", "places"): the e is spoken. */
    private static boolean sibilantEs(String w) {
        for (String end : SIBILANT_ES) if (w.endsWith(end)) return true;
        return false;
    }

    private static final List<String> SIBILANT_ES = List.of("ses", "xes", "zes", "ches", "shes", "cees", "gees", "sees", "zees");

    /**
     * Vowel pairs spoken apart, counted left to right without overlap: i+a/o (not after t, s, c or x),
     * i+u, u+a/o, a final "ea" after a consonant, and "ing" after a vowel.
     */
    private static int hiatuses(String w) {
        int n = 0;
        int len = w.length();
        int i = 0;
        while (i < len - 1) {
            char c = w.charAt(i);
            char d = w.charAt(i + 1);
            char before = i > 0 ? w.charAt(i - 1) : 0;
            int match = 0;
            if (c == 'i' && (d == 'a' || d == 'o') && "tscx".indexOf(before) < 0) match = 2;
            else if (c == 'i' && d == 'u') match = 2;
            else if (c == 'u' && (d == 'a' || d == 'o')) match = 2;
            else if (c == 'e' && d == 'a' && i + 2 == len && before != 0 && "aeiou".indexOf(before) < 0) match = 2;
            else if (c == 'i' && d == 'n' && i + 2 < len && w.charAt(i + 2) == 'g' && before != 0 && "aeiouy".indexOf(before) >= 0) match = 3;
            if (match > 0) {
                n++;
                i += match;
            } else {
                i++;
            }
        }
        return n;
    }

    private static boolean isVowel(String w, int i) {
        if (i < 0 || i >= w.length()) return false;
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) return true;
        // y is a vowel except at the start of a word or after a vowel ("yes", "day")
        return c == 'y' && i > 0 && "aeiou".indexOf(w.charAt(i - 1)) < 0;
    }
}
