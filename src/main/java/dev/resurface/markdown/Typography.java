package dev.resurface.markdown;

/**
 * Real quotes and dashes in the plain text authors write outside Markdown (titles, descriptions, key
 * facts, source notes, glossary definitions), by the same rules the Markdown renderer follows
 * ({@code --} en dash, {@code ---} em dash, {@code ...} ellipsis, straight quotes curled) plus one:
 * a hyphen with a space on each side is a dash ("ablative - it removes" → "ablative – it removes").
 * Text without any of these characters is returned as it is.
 */
public final class Typography {
    private Typography() {}

    public static String smarten(String s) {
        if (s.indexOf('"') < 0 && s.indexOf('\'') < 0 && s.indexOf('-') < 0 && !s.contains("...")) return s;
        String t = s.replace("...", "…").replace("---", "—").replace("--", "–").replace(" - ", " – ");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char before = i == 0 ? ' ' : t.charAt(i - 1);
            boolean opens = Character.isWhitespace(before) || "([{–—“‘/".indexOf(before) >= 0;
            if (c == '"') {
                out.append(opens ? '“' : '”');
            } else if (c == '\'') {
                char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
                // an apostrophe (it's, clinics') or a closing quote, unless it opens a quotation before a word
                out.append(opens && Character.isLetterOrDigit(after) ? '‘' : '’');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
