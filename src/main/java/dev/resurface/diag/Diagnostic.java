package dev.resurface.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One author-facing problem, located at {@code path:line:col} (path relative to the site folder,
 * with forward slashes; line and column 1-based, 0 when unknown).
 *
 * @param followOn null, or the failed input this problem only follows from (it is then counted, not listed)
 */
public record Diagnostic(String path, int line, int col, Severity severity, String message, String hint, FollowOn followOn)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::col)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::hint)
            .thenComparing(d -> d.followOn() == null ? "" : d.followOn().input() + "\0" + d.followOn().what());

    public Diagnostic {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : shorten(oneLine(hint));
        message = shorten(oneLine(message));
    }

    public Diagnostic(String path, int line, int col, Severity severity, String message, String hint) {
        this(path, line, col, severity, message, hint, null);
    }

    /** Longest message or hint kept: a pasted megabyte must not become a megabyte of terminal output. */
    public static final int MAX_TEXT = 300;

    /** Control characters (a newline in a quoted link, say) shown escaped: one diagnostic, one line. */
    static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7f && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069)) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.substring(0, i));
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String shorten(String s) {
        if (s.length() <= MAX_TEXT) return s;
        int cut = MAX_TEXT - 1;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return s.substring(0, cut) + "…";
    }

    public static Diagnostic error(String path, int line, int col, String message, String hint) {
        return new Diagnostic(path, line, col, Severity.ERROR, message, hint);
    }

    public static Diagnostic warning(String path, int line, int col, String message, String hint) {
        return new Diagnostic(path, line, col, Severity.WARNING, message, hint);
    }

    /**
     * An error that only follows from {@code input} failing to load (already reported there): it is
     * counted into that input's note instead of being listed.
     */
    public static Diagnostic followOn(String input, String what, String path, int line, int col, String message) {
        return new Diagnostic(path, line, col, Severity.ERROR, message, "", new FollowOn(input, what));
    }

    public boolean isError() { return severity == Severity.ERROR; }

    public boolean isWarning() { return severity == Severity.WARNING; }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(path, line, col, s, message, hint, followOn);
    }

    /** Compiler style: {@code content/a.md:14:3: error: message (hint)}. */
    public String format() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (col > 0) sb.append(':').append(col);
        }
        sb.append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }

    @Override
    public int compareTo(Diagnostic o) { return ORDER.compare(this, o); }

    @Override
    public String toString() { return format(); }
}
