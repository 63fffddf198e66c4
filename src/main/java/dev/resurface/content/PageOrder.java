package dev.resurface.content;

import java.time.LocalDate;
import java.util.Comparator;

/** The orders pages are listed in; each ends with the URL path so ties never depend on chance. */
public final class PageOrder {
    private PageOrder() {}

    private static LocalDate dateOf(Page p) {
        return p.fm().date().orElse(LocalDate.MIN);
    }

    /** Reading order within a section: weight, then newest, then title. */
    public static final Comparator<Page> READING = Comparator
            .comparingInt((Page p) -> p.fm().weight())
            .thenComparing(PageOrder::dateOf, Comparator.reverseOrder())
            .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Page::path);

    /** Feeds and "latest" lists: newest first, then title. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing(PageOrder::dateOf, Comparator.reverseOrder())
            .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Page::path);
}
