package dev.resurface.markdown;

import java.util.Optional;

/**
 * Refuses Markdown nested beyond what any article needs, before the parser sees it: the parser and
 * the renderer recurse once per level, so thousands of levels would exhaust the stack or take
 * minutes. The limits are fixed, so the same file is accepted or refused whatever the thread count.
 */
public final class NestingGuard {
    /** Block quotes and lists inside one another. */
    public static final int MAX_BLOCK_DEPTH = 64;
    /** Leading indentation, in columns (each list level indents by 2 to 4). */
    public static final int MAX_INDENT = 256;
    /** A run of * or _ inside a line of text (each pair opens one more emphasis level). */
    public static final int MAX_DELIMITER_RUN = 64;

    /** What a stack overflow while parsing or rendering a page says (the limits above let almost nothing through to it). */
    public static final String TOO_DEEP = "this page is nested too deeply to process (block quotes, lists, brackets or emphasis inside one another thousands of times)";
    public static final String TOO_DEEP_HINT = "flatten the nesting; no real article needs more than a few levels";

    /** Where and why a body is refused. */
    public record Problem(int line, int col, String message) {}

    private NestingGuard() {}

    public static Optional<Problem> check(String text) {
        char[] body = text.toCharArray(); // an array, not charAt: a call per character under the launcher's C1-only JIT
        int line = 1;
        int start = 0;
        while (start <= body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') end++;
            Optional<Problem> p = checkLine(body, start, end, line);
            if (p.isPresent()) return p;
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    private static Optional<Problem> checkLine(char[] s, int from, int to, int line) {
        int i = from;
        int indent = 0;
        int depth = 0;
        // the line's container prefix: spaces, '>' quote markers and list markers, in any mix
        while (i < to) {
            char c = s[i];
            if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\t') {
                indent += 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && i + 1 < to && s[i + 1] == ' ') {
                depth++;
                i += 2;
            } else {
                break;
            }
            if (depth > MAX_BLOCK_DEPTH) {
                return Optional.of(new Problem(line, i - from, "block quotes or lists are nested more than " + MAX_BLOCK_DEPTH + " levels deep"));
            }
            if (indent > MAX_INDENT) {
                return Optional.of(new Problem(line, i - from, "the line is indented more than " + MAX_INDENT + " columns (lists nested too deeply)"));
            }
        }
        // a long run of emphasis delimiters inside text (a line of only * or _ is a thematic break)
        boolean text = false;
        for (int k = i; k < to; k++) {
            char c = s[k];
            if (c != '*' && c != '_' && c != ' ' && c != '\r') {
                text = true;
                break;
            }
        }
        if (!text) return Optional.empty();
        int run = 0;
        for (int k = i; k < to; k++) {
            char c = s[k];
            run = (c == '*' || c == '_') ? run + 1 : 0;
            if (run > MAX_DELIMITER_RUN) {
                return Optional.of(new Problem(line, k - from + 1, "more than " + MAX_DELIMITER_RUN + " * or _ in a row (emphasis nested too deeply)"));
            }
        }
        return Optional.empty();
    }
}
