package dev.resurface.content;

import dev.resurface.markdown.TocEntry;
import java.util.List;

/**
 * A finished page: everything templates need, immutable and shared by all render threads.
 *
 * @param source   the Markdown file relative to the site folder ("" for a section page the engine made up)
 * @param contentPath the file relative to content/, e.g. {@code types/co2.md}
 * @param path     site-relative URL path, e.g. {@code /types/co2/}
 * @param html     the rendered Markdown body
 * @param summary  plain text
 * @param trust    sources, review dates and readability
 */
public record Page(String source, String contentPath, PageKind kind, String section, String path, FrontMatter fm,
                   String html, List<TocEntry> toc, String summary, int words, int readingMinutes, Trust trust) {
    public Page {
        toc = List.copyOf(toc);
    }

    public String title() { return fm.title(); }

    /** The output file for this page, relative to the output folder. */
    public String outputFile() {
        return path.equals("/") ? "index.html" : path.substring(1) + "index.html";
    }
}
