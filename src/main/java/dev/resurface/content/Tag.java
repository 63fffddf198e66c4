package dev.resurface.content;

import java.util.List;

/** A tag as written by authors, its URL slug, and its pages in reading order. */
public record Tag(String name, String slug, String path, List<Page> pages) {
    public Tag {
        pages = List.copyOf(pages);
    }
}
