package dev.resurface.markdown;

import com.vladsch.flexmark.util.ast.Node;

/**
 * A link or image destination written in the Markdown, with its offset in the body so errors can
 * point at it. {@code node} is the flexmark node whose URL the link stage rewrites.
 */
public record LinkUse(Kind kind, String url, int offset, Node node) {
    /** RAW_HTML: an href or src inside raw HTML; checked, but left as written. */
    public enum Kind { LINK, IMAGE, REFERENCE, RAW_HTML }
}
