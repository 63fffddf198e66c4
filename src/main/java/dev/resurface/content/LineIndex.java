package dev.resurface.content;

import java.util.Arrays;

/** Maps a character offset in a file's text to a 1-based line and column. */
public final class LineIndex {
    private final String text;
    /** Line starts, found on first use: most files never need a position (no problem to report). */
    private volatile int[] starts;

    public LineIndex(String text) {
        this.text = text;
    }

    private int[] starts() {
        int[] s = starts;
        if (s == null) starts = s = scan(text); // a race only computes the same array twice
        return s;
    }

    private static int[] scan(String text) {
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) { // indexOf, not a call per character
            if (n == s.length) s = Arrays.copyOf(s, n * 2);
            s[n++] = i + 1;
        }
        return Arrays.copyOf(s, n);
    }

    public int line(int offset) {
        int i = Arrays.binarySearch(starts(), offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public int col(int offset) {
        return offset - starts()[line(offset) - 1] + 1;
    }

    public int lineCount() { return starts().length; }

    /** Offset of the first character of a 1-based line. */
    public int startOf(int line) {
        int[] s = starts();
        return s[Math.max(0, Math.min(line, s.length) - 1)];
    }
}
