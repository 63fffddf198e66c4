package dev.resurface.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * An inline citation, {@code [@id]} or {@code [@a; @b]}. {@code ids} are as written; each id's
 * offset in the body is kept for "unknown source" errors. A citation that does not parse keeps
 * {@code problem} (and renders as its text) so the author gets an error instead of silent text.
 */
public final class Citation extends Node implements DoNotDecorate {
    private final List<String> ids;
    private final List<Integer> offsets;
    private final String problem;
    private String refId = "";

    Citation(BasedSequence chars, List<String> ids, List<Integer> offsets, String problem) {
        super(chars);
        this.ids = List.copyOf(ids);
        this.offsets = List.copyOf(offsets);
        this.problem = problem;
    }

    public List<String> ids() { return ids; }

    /** Body offsets of each id (same order as {@link #ids()}). */
    public List<Integer> offsets() { return offsets; }

    /** Why the citation could not be read, or "" when it is fine. */
    public String problem() { return problem; }

    /** The id of the rendered {@code <sup>}, the target of the reference list's back links. */
    public String refId() { return refId; }

    void setRefId(String id) { refId = id; }

    @Override
    public BasedSequence[] getSegments() { return new BasedSequence[] {getChars()}; }
}
