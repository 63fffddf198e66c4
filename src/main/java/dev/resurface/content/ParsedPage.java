package dev.resurface.content;

import dev.resurface.markdown.ParsedMarkdown;

/**
 * A page after parsing, before its links are resolved and it is rendered.
 *
 * @param path     site-relative URL path, e.g. {@code /types/co2/}
 * @param section  the folder under content/ the page belongs to ("" for the root)
 * @param bodyOffset where the Markdown body starts in {@code src.text()}, to map positions back
 */
public record ParsedPage(SourceFile src, FrontMatter fm, ParsedMarkdown md, PageKind kind, String section,
                         String path, int bodyOffset) {
    public Pos pos(int bodyRelativeOffset) {
        int abs = bodyOffset + bodyRelativeOffset;
        return new Pos(src.lines().line(abs), src.lines().col(abs));
    }
}
