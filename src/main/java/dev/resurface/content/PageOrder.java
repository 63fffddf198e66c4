package dev.resurface.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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

    /**
     * {@code pages} sorted by {@link #NEWEST_FIRST}, comparing dates as numbers before asking the
     * comparator: the same order, but at 10,000 pages most pairs differ by date and the comparator
     * chain is the cost of site assembly.
     */
    public static List<Page> newestFirst(Collection<Page> pages) {
        Dated[] a = new Dated[pages.size()];
        int i = 0;
        for (Page p : pages) a[i++] = new Dated(dateOf(p).toEpochDay(), p);
        Arrays.sort(a, (x, y) -> x.day() != y.day() ? Long.compare(y.day(), x.day()) : NEWEST_FIRST.compare(x.page(), y.page()));
        List<Page> out = new ArrayList<>(a.length);
        for (Dated d : a) out.add(d.page());
        return out;
    }

    private record Dated(long day, Page page) {}
}
