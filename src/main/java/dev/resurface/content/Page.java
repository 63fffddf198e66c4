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

    /**
     * A page the engine makes up, with no Markdown file and no body: a section page for a folder
     * without {@code _index.md}, the sources or glossary page, a tag page.
     *
     * @param contentPath the {@code _index.md} it stands for, or "" when it stands for none
     * @param summary     what listings show for it ("" for none)
     */
    public static Page madeUp(PageKind kind, String contentPath, String section, String path, FrontMatter fm, String summary) {
        return new Page("", contentPath, kind, section, path, fm, "", List.of(), summary, 0, 0, Trust.NONE);
    }

    public String title() { return fm.title(); }

    /** The output file for this page, relative to the output folder. */
    public String outputFile() {
        return path.equals("/") ? "index.html" : path.substring(1) + "index.html";
    }
}
