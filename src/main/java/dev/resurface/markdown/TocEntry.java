package dev.resurface.markdown;

import java.util.List;

/** One heading in a page's table of contents, with the headings nested under it. */
public record TocEntry(int level, String id, String title, List<TocEntry> children) {
    public TocEntry {
        children = List.copyOf(children);
    }
}
