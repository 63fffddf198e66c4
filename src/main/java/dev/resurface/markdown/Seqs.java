package dev.resurface.markdown;

import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** flexmark sequences as Strings, fast: their own toString copies a character at a time through bounds-checked calls. */
public final class Seqs {
    private Seqs() {}

    /**
     * The characters of {@code s}. A plain slice of the parsed String (wrapped with its options, see
     * {@link MarkdownEngine#source}) is copied in one go; flexmark
     * reads a NUL in its input as U+FFFD, and so does this. Anything else (a sequence stitched from
     * several pieces) goes through flexmark's own toString.
     */
    public static String string(BasedSequence s) {
        if (s instanceof SubSequence sub && (sub.getBase() instanceof String || sub.getBase() instanceof BasedOptionsSequence)) {
            String base = sub.getBase().toString();
            return base.substring(sub.getStartOffset(), sub.getEndOffset()).replace('\0', '\uFFFD');
        }
        return s.toString();
    }
}
