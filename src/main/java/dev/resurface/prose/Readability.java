package dev.resurface.prose;

import dev.resurface.util.Letters;
import java.util.Arrays;
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
        return score(blocks, null);
    }

    /** @param memo syllable counts of words seen before (one per thread), or null */
    public static Score score(List<String> blocks, Memo memo) {
        int words = 0, sentences = 0, syllables = 0;
        for (String block : blocks) {
            int[] c = count(block, memo);
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
    static int[] count(String block) {
        return count(block, null);
    }

    /**
     * {@link #count(String)} with a syllable memo. The scans work on a char array: most pages hold a
     * character beyond Latin-1 (a dash, a curly quote), and String.charAt on such text is a bounds-checked
     * call per character under the launcher's C1-only JIT (it was a fifth of a 10,000-page build).
     */
    static int[] count(String block, Memo memo) {
        char[] t = block.toCharArray();
        int n = t.length;
        int words = 0, sentences = 0, syllables = 0;
        boolean wordsSinceEnd = false;
        char[] scratch = new char[32];
        int i = 0;
        while (i < n) {
            char c = t[i];
            if (Letters.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Letters.isLetterOrDigit(t[i])
                        || (isJoiner(t[i]) && i + 1 < n && Letters.isLetterOrDigit(t[i + 1])
                        && (t[i] != '.' || Character.isDigit(t[i + 1]) && Character.isDigit(t[i - 1]))))) {
                    i++;
                }
                words++;
                if (i - start > scratch.length) scratch = new char[i - start];
                syllables += syllablesOfToken(t, start, i, scratch, memo);
                wordsSinceEnd = true;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && wordsSinceEnd && endsSentence(t, i)) {
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

    private static boolean endsSentence(char[] t, int i) {
        char c = t[i];
        int next = i + 1;
        while (next < t.length && "\"'”’)]".indexOf(t[next]) >= 0) next++;
        if (next < t.length && !Character.isWhitespace(t[next]) && t[next] != '.') return false;
        if (c != '.') return true;
        // the word before the full stop: an abbreviation or an initial does not end a sentence
        int s = i;
        while (s > 0 && (Letters.isLetter(t[s - 1]) || t[s - 1] == '.')) s--;
        String before = new String(t, s, i - s).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(before)) return false;
        if (before.length() == 1 && Character.isUpperCase(t[s])) return false; // "J. Smith"
        if (before.contains(".") && before.replace(".", "").length() <= 3) return false; // "U.S."
        return true;
    }

    /** Syllables of the token t[from, to); scratch holds at least to - from chars. */
    private static int syllablesOfToken(char[] t, int from, int to, char[] scratch, Memo memo) {
        boolean letters = false;
        for (int i = from; i < to && !letters; i++) letters = Letters.isLetter(t[i]);
        if (!letters) return 1;
        int total = 0;
        for (int start = from; start <= to; ) { // the parts between hyphens, empty ones skipped
            int end = start;
            while (end < to && t[end] != '-') end++;
            if (end > start) total += syllables(t, start, end, scratch, memo);
            start = end + 1;
        }
        return Math.max(1, total);
    }

    /** Syllables in one English word (heuristic). */
    public static int syllables(String word) {
        char[] t = word.toCharArray();
        return syllables(t, 0, t.length, new char[t.length], null);
    }

    private static int syllables(char[] t, int from, int to, char[] scratch, Memo memo) {
        int len = asciiLower(t, from, to, scratch);
        if (len >= 0) { // plain ASCII letters, nearly every word
            if (len <= 3) return 1;
            if (memo == null) return syllablesOfLower(scratch, len);
            int known = memo.get(scratch, len);
            if (known > 0) return known;
            int count = syllablesOfLower(scratch, len);
            memo.put(scratch, len, count);
            return count;
        }
        // the general way
        String s = new String(t, from, to - from).toLowerCase(Locale.ROOT).replace("\u2019", "'");
        if (s.endsWith("'s")) s = s.substring(0, s.length() - 2);
        char[] w = lettersOnly(s).toCharArray();
        return w.length <= 3 ? 1 : syllablesOfLower(w, w.length);
    }

    /** Syllables of w[0, len), lower-case a–z, len > 3. Hand-written scans, not regular expressions: this runs for every new word. */
    private static int syllablesOfLower(char[] w, int len) {
        int count = 0;
        boolean prevVowel = false;
        for (int i = 0; i < len; i++) {
            boolean v = isVowel(w, len, i);
            if (v && !prevVowel) count++;
            prevVowel = v;
        }
        // silent final e ("make"), but not "-le" after a consonant ("table") or "-ee"
        if (endsWith(w, len, "e") && !endsWith(w, len, "le") && !endsWith(w, len, "ee") && !endsWith(w, len, "ie") && count > 1) count--;
        else if (endsWith(w, len, "le") && isVowel(w, len, len - 3) && count > 1) count--;
        // silent "-es"/"-ed" ("makes", "jumped"), spoken after t/d ("faded") or s/x/z/ch/sh sounds ("boxes")
        if (endsWith(w, len, "ed") && count > 1 && !endsWith(w, len, "ted") && !endsWith(w, len, "ded") && !isVowel(w, len, len - 3)) count--;
        if (endsWith(w, len, "es") && count > 1 && !sibilantEs(w, len) && !isVowel(w, len, len - 3)) count--;
        // vowel pairs spoken as two syllables ("media", "radio", "medium", "usual", "being", "area"),
        // but not in "-tion", "-sion", "-cial", "-tial" endings
        count += hiatuses(w, len);
        if (endsWith(w, len, "ier") || endsWith(w, len, "iet")) count++; // quiet, easier
        return Math.max(1, count);
    }

    /** Writes t[from, to) in lower case into out and returns its length if it is only ASCII letters (nearly every word), else -1. */
    private static int asciiLower(char[] t, int from, int to, char[] out) {
        for (int i = from; i < to; i++) {
            char c = t[i];
            if (c >= 'a' && c <= 'z') out[i - from] = c;
            else if (c >= 'A' && c <= 'Z') out[i - from] = (char) (c + ('a' - 'A'));
            else return -1;
        }
        return to - from;
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

    private static boolean endsWith(char[] w, int len, String end) {
        int k = end.length();
        if (k > len) return false;
        for (int i = 0; i < k; i++) if (w[len - k + i] != end.charAt(i)) return false;
        return true;
    }

    /** "-es" after an s, x, z, ch, sh, ce, ge, se or ze sound ("boxes", "places"): the e is spoken. */
    private static boolean sibilantEs(char[] w, int len) {
        for (String end : SIBILANT_ES) if (endsWith(w, len, end)) return true;
        return false;
    }

    private static final List<String> SIBILANT_ES = List.of("ses", "xes", "zes", "ches", "shes", "cees", "gees", "sees", "zees");

    /**
     * Vowel pairs spoken apart, counted left to right without overlap: i+a/o (not after t, s, c or x),
     * i+u, u+a/o, a final "ea" after a consonant, and "ing" after a vowel.
     */
    private static int hiatuses(char[] w, int len) {
        int n = 0;
        int i = 0;
        while (i < len - 1) {
            char c = w[i];
            char d = w[i + 1];
            char before = i > 0 ? w[i - 1] : 0;
            int match = 0;
            if (c == 'i' && (d == 'a' || d == 'o') && "tscx".indexOf(before) < 0) match = 2;
            else if (c == 'i' && d == 'u') match = 2;
            else if (c == 'u' && (d == 'a' || d == 'o')) match = 2;
            else if (c == 'e' && d == 'a' && i + 2 == len && before != 0 && "aeiou".indexOf(before) < 0) match = 2;
            else if (c == 'i' && d == 'n' && i + 2 < len && w[i + 2] == 'g' && before != 0 && "aeiouy".indexOf(before) >= 0) match = 3;
            if (match > 0) {
                n++;
                i += match;
            } else {
                i++;
            }
        }
        return n;
    }

    private static boolean isVowel(char[] w, int len, int i) {
        if (i < 0 || i >= len) return false;
        char c = w[i];
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return true;
        // y is a vowel except at the start of a word or after a vowel ("yes", "day")
        if (c != 'y' || i == 0) return false;
        char p = w[i - 1];
        return p != 'a' && p != 'e' && p != 'i' && p != 'o' && p != 'u';
    }

    /**
     * Syllable counts of lower-case words seen before, so a word is worked out once per thread rather
     * than every time it occurs. Not thread-safe: one per thread. Bounded: once full it only answers.
     */
    public static final class Memo {
        private static final int SLOTS = 1 << 16;
        private final char[][] keys = new char[SLOTS][];
        private final byte[] counts = new byte[SLOTS];
        private int size;

        /** The count stored for w[0, len), or 0. */
        int get(char[] w, int len) {
            for (int i = hash(w, len); ; i = (i + 1) & (SLOTS - 1)) {
                char[] k = keys[i];
                if (k == null) return 0;
                if (k.length == len && Arrays.equals(k, 0, len, w, 0, len)) return counts[i];
            }
        }

        void put(char[] w, int len, int count) {
            if (size >= SLOTS / 2 || count > Byte.MAX_VALUE) return;
            int i = hash(w, len);
            while (keys[i] != null) i = (i + 1) & (SLOTS - 1);
            keys[i] = Arrays.copyOf(w, len);
            counts[i] = (byte) count;
            size++;
        }

        private static int hash(char[] w, int len) {
            int h = 0;
            for (int i = 0; i < len; i++) h = 31 * h + w[i];
            return (h ^ (h >>> 16)) & (SLOTS - 1);
        }
    }
}
