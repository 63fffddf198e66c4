package dev.resurface.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A parsed Markdown body and what the later stages need from it. The syntax tree ({@link #document}
 * and the nodes {@link #links}, {@link #citations} and {@link #shortcodes} point into) is owned by one
 * page and is only touched by the thread working on that page.
 *
 * @param tree      the syntax tree, which a build lets go once the page is rendered ({@link #release})
 * @param anchors   every id a link may target on this page (headings, {@code {#id}}, footnotes, raw HTML ids)
 * @param summary   plain text before {@code <!--more-->}, else the first paragraph
 * @param cited     distinct cited ids in order of first citation (source 1, 2, …)
 * @param headings  the plain text of every heading, any level, in order
 */
public record ParsedMarkdown(Tree tree, List<TocEntry> toc, Set<String> anchors, int words, String summary,
                             List<String> cited, List<String> headings, List<Dropped> dropped) {
    /**
     * A page's syntax tree and the nodes the later stages visit. It is the one part of a parse that can
     * be let go: it is most of a parse's memory (at 3,000 long pages, about 300 MB held from the parse to
     * the Markdown stage), and a build needs it only until the page is rendered; serve's cache keeps it.
     */
    public static final class Tree {
        private Document document;
        private List<LinkUse> links;
        private List<Citation> citations;
        private List<Shortcode> shortcodes;
        private final boolean hasShortcodes;

        Tree(Document document, List<LinkUse> links, List<Citation> citations, List<Shortcode> shortcodes) {
            this.document = document;
            this.links = List.copyOf(links);
            this.citations = List.copyOf(citations);
            this.shortcodes = List.copyOf(shortcodes);
            this.hasShortcodes = !shortcodes.isEmpty();
        }

        private volatile boolean released;

        private void release() {
            released = true;
            document = null;
            links = null;
            citations = null;
            shortcodes = null;
        }

        private <T> T get(T part) {
            if (released) throw new IllegalStateException("this page's syntax tree was let go after the page was rendered");
            return part;
        }
    }

    /**
     * What other pages and later stages read of a parse, without the syntax tree (whose parts are then
     * null or empty): a persistent cache keeps this much of a file whose bytes it knows.
     */
    public static ParsedMarkdown outline(List<TocEntry> toc, Set<String> anchors, int words, String summary, List<String> cited) {
        return new ParsedMarkdown(new Tree(null, List.of(), List.of(), List.of()), toc, anchors, words, summary, cited, List.of(), List.of());
    }

    /**
     * Something the author wrote that will not be shown, with why: text in braces that the attributes
     * syntax took ("{x}" in a sentence), or raw HTML removed because it is unsafe.
     */
    public record Dropped(int offset, String message, String hint) {}

    public ParsedMarkdown {
        dropped = List.copyOf(dropped);
        cited = List.copyOf(cited);
        headings = List.copyOf(headings);
        toc = List.copyOf(toc);
        anchors = Collections.unmodifiableSet(anchors);
    }

    /** The syntax tree's root (null for an outline). */
    public Document document() {
        return tree.get(tree.document);
    }

    /** Every link, image and reference, in document order. */
    public List<LinkUse> links() {
        return tree.get(tree.links);
    }

    /** Every citation, in document order. */
    public List<Citation> citations() {
        return tree.get(tree.citations);
    }

    public List<Shortcode> shortcodes() {
        return tree.get(tree.shortcodes);
    }

    /** Whether the body calls a shortcode; known after the tree is released too. */
    public boolean hasShortcodes() {
        return tree.hasShortcodes;
    }

    /**
     * Lets the syntax tree go once the page is rendered: everything else of the parse stays (other pages'
     * links are checked against its anchors). Reading the tree afterwards fails loudly.
     */
    public void release() {
        tree.release();
    }

    /** Whether {@link #release} was called (an outline never had a tree to release). */
    public boolean released() {
        return tree.released;
    }
}
