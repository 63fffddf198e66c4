package dev.resurface.content;

import dev.resurface.markdown.ParsedMarkdown;

/**
 * A page after parsing, before its links are resolved and it is rendered.
 *
 * @param path       site-relative URL path, e.g. {@code /types/co2/}
 * @param section    the folder under content/ the page belongs to ("" for the root)
 * @param bodyOffset where the Markdown body starts in {@code src.text()}
 * @param map        where each character of the parsed body was written (the page, or a snippet it includes)
 */
public record ParsedPage(SourceFile src, FrontMatter fm, ParsedMarkdown md, PageKind kind, String section,
                         String path, int bodyOffset, SourceMap map) {
    /** Where the character at an offset of the parsed body was written, to report a problem there. */
    public SourceMap.Where at(int bodyRelativeOffset) {
        return map.at(bodyRelativeOffset);
    }

    /** The content folder a relative link at this body offset starts from: the page's, or its snippet's. */
    public String dirAt(int bodyRelativeOffset) {
        return map.dirAt(bodyRelativeOffset);
    }
}
