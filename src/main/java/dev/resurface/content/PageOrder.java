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
     * {@code pages} sorted by {@link #NEWEST_FIRST}, written out on keys read once per page: the same
     * order (date as a day number, newest first; then title ignoring case; then path), but at 10,000
     * pages the comparator chain was most of site assembly.
     */
    public static List<Page> newestFirst(Collection<Page> pages) {
        return sorted(pages, PageOrder::compareNewestFirst);
    }

    /** {@code pages} sorted by {@link #READING}, written out on keys read once per page like {@link #newestFirst}. */
    public static List<Page> inReadingOrder(Collection<Page> pages) {
        return sorted(pages, (x, y) -> x.weight != y.weight ? Integer.compare(x.weight, y.weight) : compareNewestFirst(x, y));
    }

    private static List<Page> sorted(Collection<Page> pages, Comparator<Keyed> order) {
        Keyed[] a = new Keyed[pages.size()];
        int i = 0;
        for (Page p : pages) a[i++] = new Keyed(p.fm().weight(), dateOf(p).toEpochDay(), p.title(), p.path(), p);
        Arrays.sort(a, order);
        List<Page> out = new ArrayList<>(a.length);
        for (Keyed k : a) out.add(k.page());
        return out;
    }

    private record Keyed(int weight, long day, String title, String path, Page page) {}

    private static int compareNewestFirst(Keyed x, Keyed y) {
        if (x.day != y.day) return x.day > y.day ? -1 : 1;
        int c = String.CASE_INSENSITIVE_ORDER.compare(x.title, y.title);
        return c != 0 ? c : x.path.compareTo(y.path);
    }
}
