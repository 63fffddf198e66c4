package dev.resurface.content;

import java.util.List;

/**
 * A folder under content/: its own page (from {@code _index.md}, or made up from the folder name),
 * its pages in reading order, and the keys of its sub-sections.
 */
public record Section(String key, Page page, List<Page> pages, List<String> subsections) {
    public Section {
        pages = List.copyOf(pages);
        subsections = List.copyOf(subsections);
    }

    /** The parent section key, or empty for the root section. */
    public static String parentOf(String key) {
        int i = key.lastIndexOf('/');
        return key.isEmpty() ? "" : i < 0 ? "" : key.substring(0, i);
    }

    /** The key of the section a page is listed in: its own folder for a page, the folder above for a section page. */
    public static String containing(Page p) {
        return p.kind() == PageKind.PAGE ? p.section() : parentOf(p.section());
    }
}
