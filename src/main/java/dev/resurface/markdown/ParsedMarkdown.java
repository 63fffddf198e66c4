package dev.resurface.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A parsed Markdown body and what the later stages need from it. The {@code document} is owned
 * by one page and is only touched by the thread working on that page.
 *
 * @param anchors every id a link may target on this page (headings, {@code {#id}}, footnotes, raw HTML ids)
 * @param summary plain text before {@code <!--more-->}, else the first paragraph
 * @param citations every citation, in document order
 * @param cited     distinct cited ids in order of first citation (source 1, 2, …)
 * @param headings  the plain text of every heading, any level, in order
 */
public record ParsedMarkdown(Document document, List<TocEntry> toc, Set<String> anchors, List<LinkUse> links,
                             int words, String summary, List<Citation> citations, List<String> cited,
                             List<Shortcode> shortcodes, List<String> headings, List<Dropped> dropped) {
    /**
     * What other pages and later stages read of a parse, without the syntax tree (which is then null):
     * a persistent cache keeps this much of a file whose bytes it knows.
     */
    public static ParsedMarkdown outline(List<TocEntry> toc, Set<String> anchors, int words, String summary, List<String> cited) {
        return new ParsedMarkdown(null, toc, anchors, List.of(), words, summary, List.of(), cited, List.of(), List.of(), List.of());
    }

    /**
     * Something the author wrote that will not be shown, with why: text in braces that the attributes
     * syntax took ("{x}" in a sentence), or raw HTML removed because it is unsafe.
     */
    public record Dropped(int offset, String message, String hint) {}

    public ParsedMarkdown {
        dropped = List.copyOf(dropped);
        citations = List.copyOf(citations);
        cited = List.copyOf(cited);
        shortcodes = List.copyOf(shortcodes);
        headings = List.copyOf(headings);
        toc = List.copyOf(toc);
        anchors = Collections.unmodifiableSet(anchors);
        links = List.copyOf(links);
    }
}
