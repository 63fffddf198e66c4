package dev.resurface.render;

import java.text.Normalizer;
import java.util.Locale;

/** Tag names to URL slugs: "Non-ablative lasers" is {@code non-ablative-lasers}. */
public final class Tags {
    private Tags() {}

    /**
     * NFKC, lower case (ROOT), each run of code points that are neither letters ({@code \p{L}}) nor
     * numbers ({@code \p{N}}) one '-', none at either end; "tag" when nothing is left. Written out by
     * hand rather than with two regular expressions: it runs per page per tag on every build.
     */
    public static String slug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        if (isAscii(name)) {
            boolean gap = false;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
                else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) { gap = true; continue; }
                if (gap && out.length() > 0) out.append('-');
                gap = false;
                out.append(c);
            }
        } else {
            String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            boolean gap = false;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (!isLetterOrNumber(c)) { gap = true; continue; }
                if (gap && out.length() > 0) out.append('-');
                gap = false;
                out.appendCodePoint(c);
            }
        }
        return out.length() == 0 ? "tag" : out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** The general categories of {@code \p{L}} and {@code \p{N}} in java.util.regex. */
    private static boolean isLetterOrNumber(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
