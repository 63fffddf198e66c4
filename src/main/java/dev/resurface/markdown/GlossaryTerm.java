package dev.resurface.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The first use of a glossary term on a page: its text is kept as a child; it renders as a link
 * to the term's entry on the glossary page, with the definition as the link's title.
 */
public final class GlossaryTerm extends Node implements DoNotDecorate {
    private final String href;
    private final String definition;

    public GlossaryTerm(BasedSequence chars, String href, String definition) {
        super(chars);
        this.href = href;
        this.definition = definition;
    }

    public String href() { return href; }

    public String definition() { return definition; }

    @Override
    public BasedSequence[] getSegments() { return new BasedSequence[] {getChars()}; }
}
