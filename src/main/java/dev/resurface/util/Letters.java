package dev.resurface.util;

/**
 * {@link Character#isLetterOrDigit(char)} and {@link Character#isLetter(char)} with the answer for
 * ASCII worked out inline: the word and syllable counts ask for every character of every page, and
 * the general lookup is several calls deep under the launcher's C1-only JIT. Same answers for every char.
 */
public final class Letters {
    private Letters() {}

    public static boolean isLetterOrDigit(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    public static boolean isLetter(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return Character.isLetter(c);
    }
}
