package dev.resurface.content;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Problem;
import dev.resurface.util.Frozen;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each character of a page's Markdown body was written: in the page itself, or in a snippet
 * it includes ({@code {{< snippet "name" >}}}), so every problem found in the body is reported at
 * the file and line the author has to edit. Also keeps which snippets the body read (name → hash of
 * the snippet file, "" for one that does not exist): a cached parse holds only while they are the same.
 */
public final class SourceMap {
    /**
     * A file body text came from.
     *
     * @param path site path, e.g. {@code content/_snippets/isotretinoin.md}
     * @param dir  its folder under content/ ("" for the root): relative links start there
     * @param via  how it came into the page, e.g. "included from content/risks.md:12:1" ("" for the page itself)
     */
    public record Origin(String path, String dir, LineIndex lines, String via) {}

    /** A place in a source file, with how its text came into the page. */
    public record Where(String path, int line, int col, String via) {
        public Diagnostic error(String message, String hint) {
            return Diagnostic.error(path, line, col, message, hint(hint));
        }

        public Diagnostic error(Problem p) {
            return error(p.message(), p.hint());
        }

        public Diagnostic warning(String message, String hint) {
            return Diagnostic.warning(path, line, col, message, hint(hint));
        }

        /** The hint, followed by where the text was included from (when it was). */
        public String hint(String hint) {
            if (via.isEmpty()) return hint;
            return hint == null || hint.isEmpty() ? via : hint + "; " + via;
        }
    }

    /** Run i covers body offsets [starts[i], starts[i + 1]) and begins at offset fileOffsets[i] of origins[i]'s file. */
    private final int[] starts;
    private final int[] fileOffsets;
    private final Origin[] origins;
    private final Map<String, String> snippets;

    private SourceMap(int[] starts, int[] fileOffsets, Origin[] origins, Map<String, String> snippets) {
        this.starts = starts;
        this.fileOffsets = fileOffsets;
        this.origins = origins;
        this.snippets = Frozen.map(snippets);
    }

    /** A body written entirely in the page: offset 0 is {@code bodyOffset} in the page's file. */
    public static SourceMap of(SourceFile page, int bodyOffset) {
        return new SourceMap(new int[] {0}, new int[] {bodyOffset}, new Origin[] {origin(page)}, Map.of());
    }

    /** The same, keeping which snippets the body read (a page taken from a persistent cache, whose body is not parsed again). */
    public static SourceMap of(SourceFile page, int bodyOffset, Map<String, String> snippets) {
        return new SourceMap(new int[] {0}, new int[] {bodyOffset}, new Origin[] {origin(page)}, new TreeMap<>(snippets));
    }

    public static Origin origin(SourceFile page) {
        return new Origin(page.path(), page.dir(), page.lines(), "");
    }

    /** The snippets read to make the body: name → hash of its file ("" for a name that has no file). */
    public Map<String, String> snippets() { return snippets; }

    /** Where the character at a body offset was written. */
    public Where at(int offset) {
        int i = run(offset);
        int fileOffset = fileOffsets[i] + Math.max(0, offset - starts[i]);
        Origin o = origins[i];
        return new Where(o.path(), o.lines().line(fileOffset), o.lines().col(fileOffset), o.via());
    }

    /** The content folder of the file the character at a body offset was written in. */
    public String dirAt(int offset) {
        return origins[run(offset)].dir();
    }

    private int run(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Builds a body and its map together, run by run. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[16];
        private int[] fileOffsets = new int[16];
        private Origin[] origins = new Origin[16];
        private int n;
        private final Map<String, String> snippets = new TreeMap<>();
        private final Origin page;
        private final int bodyOffset;

        /** @param page the page's own file, where an empty body begins at {@code bodyOffset} */
        public Builder(Origin page, int bodyOffset) {
            this.page = page;
            this.bodyOffset = bodyOffset;
        }

        /** Appends {@code chars}, written at {@code fileOffset} of {@code origin}'s file. */
        public Builder append(Origin origin, int fileOffset, CharSequence chars) {
            if (chars.length() == 0) return this;
            boolean continues = n > 0 && origins[n - 1] == origin && fileOffsets[n - 1] + (text.length() - starts[n - 1]) == fileOffset;
            if (!continues) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    fileOffsets = Arrays.copyOf(fileOffsets, n * 2);
                    origins = Arrays.copyOf(origins, n * 2);
                }
                starts[n] = text.length();
                fileOffsets[n] = fileOffset;
                origins[n] = origin;
                n++;
            }
            text.append(chars);
            return this;
        }

        public void read(String snippet, String hash) {
            snippets.put(snippet, hash);
        }

        public int length() { return text.length(); }

        public boolean endsWithNewline() { return text.length() > 0 && text.charAt(text.length() - 1) == '\n'; }

        public String text() { return text.toString(); }

        public SourceMap map() {
            if (n == 0) return new SourceMap(new int[] {0}, new int[] {bodyOffset}, new Origin[] {page}, snippets);
            return new SourceMap(Arrays.copyOf(starts, n), Arrays.copyOf(fileOffsets, n), Arrays.copyOf(origins, n), snippets);
        }
    }
}
