package dev.resurface.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The first use of a glossary term on a page: its text is kept as a child. It renders as a link to
 * the term's entry on the glossary page followed by a toggletip that shows the definition in place
 * ({@link TermToggletip}).
 */
public final class GlossaryTerm extends Node implements DoNotDecorate {
    private final String href;
    private final String id;
    private final String term;
    private final String definition;

    /**
     * @param href the term's entry on the glossary page
     * @param id   the term's id (its anchor on the glossary page), unique among the page's marked terms
     * @param term the term as the glossary writes it (the text on the page may be an alias)
     */
    public GlossaryTerm(BasedSequence chars, String href, String id, String term, String definition) {
        super(chars);
        this.href = href;
        this.id = id;
        this.term = term;
        this.definition = definition;
    }

    public String href() { return href; }

    public String id() { return id; }

    public String term() { return term; }

    public String definition() { return definition; }

    @Override
    public BasedSequence[] getSegments() { return new BasedSequence[] {getChars()}; }
}
