package dev.resurface.content;

import java.util.List;

/**
 * A tag: its name for readers (from the tags data file, else as first written), URL slug, pages in
 * reading order, and its description from the data file ("" without one).
 */
public record Tag(String name, String slug, String path, List<Page> pages, String description) {
    public Tag {
        pages = List.copyOf(pages);
    }

    public Tag(String name, String slug, String path, List<Page> pages) {
        this(name, slug, path, pages, "");
    }
}
