package dev.resurface.glossary;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.resurface.markdown.Citation;
import dev.resurface.markdown.GlossaryTerm;
import dev.resurface.markdown.Shortcode;
import dev.resurface.util.PhraseScan;
import java.util.HashSet;
import java.util.Set;

/**
 * Marks the first use of each glossary term on a page: the matched text becomes a
 * {@link GlossaryTerm} node (a link to the term's entry, and its definition in a toggletip). Headings, links, code, citations and
 * shortcodes are left alone, and so is a term already marked on the page.
 */
public final class GlossaryMarker {
    private final Glossary glossary;
    private final String pageHref;

    /** @param pageHref the glossary page's URL (with the base path), e.g. {@code /glossary/} */
    public GlossaryMarker(Glossary glossary, String pageHref) {
        this.glossary = glossary;
        this.pageHref = pageHref;
    }

    /** Marks the document in place; returns the ids of the terms marked. */
    public Set<String> mark(Node document) {
        Set<String> used = new HashSet<>();
        if (glossary.pattern() == null) return used;
        walk(document, used, 0);
        return used;
    }

    private void walk(Node n, Set<String> used, int depth) {
        if (depth > 500 || skip(n)) return;
        Node c = n.getFirstChild();
        while (c != null) {
            Node next = c.getNext();
            if (c instanceof Text t) markText(t, used);
            else walk(c, used, depth + 1);
            c = next;
        }
    }

    private static boolean skip(Node n) {
        return n instanceof Heading || n instanceof Link || n instanceof LinkRef || n instanceof AutoLink || n instanceof MailLink
                || n instanceof Code || n instanceof Image || n instanceof ImageRef || n instanceof Citation || n instanceof Shortcode
                || n instanceof GlossaryTerm;
    }

    private void markText(Text text, Set<String> used) {
        BasedSequence chars = text.getChars();
        Node current = text;
        int done = 0;
        // matched on a String: same characters, and far cheaper to read than a segmented sequence
        for (PhraseScan.Hit m : glossary.findAll(chars.toString())) {
            Term term = glossary.termOf(m.text());
            if (term == null || !used.add(term.id())) continue;
            // split: text before | the term | the rest (scanned on in this loop)
            if (m.start() > done) current.insertBefore(new Text(chars.subSequence(done, m.start())));
            GlossaryTerm node = new GlossaryTerm(chars.subSequence(m.start(), m.end()), pageHref + "#" + term.id(), term.id(), term.term(),
                    term.definition());
            node.appendChild(new Text(chars.subSequence(m.start(), m.end())));
            current.insertBefore(node);
            done = m.end();
        }
        if (done == 0) return;
        if (done < chars.length()) current.insertBefore(new Text(chars.subSequence(done, chars.length())));
        current.unlink();
    }
}
