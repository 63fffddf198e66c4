package dev.resurface.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Text kept as UTF-8 bytes until it is read. A page's rendered body is held from the Markdown stage
 * until its output is written; as a String it is UTF-16 as soon as it has one curly quote or dash
 * (nearly every page), twice the bytes of its UTF-8 form (at 3,000 long pages: 300 MB against 150 MB).
 * Text UTF-8 cannot carry as it is (a lone surrogate) is kept as the String.
 */
public final class Utf8Text {
    public static final Utf8Text EMPTY = new Utf8Text(new byte[0], null);

    private final byte[] bytes;
    private final String text;

    private Utf8Text(byte[] bytes, String text) {
        this.bytes = bytes;
        this.text = text;
    }

    public static Utf8Text of(String text) {
        if (text.isEmpty()) return EMPTY;
        return loneSurrogate(text) ? new Utf8Text(null, text) : new Utf8Text(text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static boolean loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else return true;
        }
        return false;
    }

    public boolean isEmpty() {
        return text != null ? text.isEmpty() : bytes.length == 0;
    }

    /** The text, decoded afresh on each call. */
    @Override
    public String toString() {
        if (text != null) return text;
        return bytes.length == 0 ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Utf8Text t)) return false;
        // a lone surrogate is never in the bytes, so text kept as a String never equals text kept as bytes
        return text != null || t.text != null ? Objects.equals(text, t.text) : Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return text != null ? text.hashCode() : Arrays.hashCode(bytes);
    }
}
