package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PageOrder}: the two list orders, with ties always broken by the URL path. */
class PageOrderTest {

    private static Page page(String path, String title, int weight, LocalDate date) {
        FrontMatter fm = new FrontMatter(title, Optional.empty(), Optional.ofNullable(date), Optional.empty(), false, Optional.empty(),
                weight, List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), FrontMatter.Review.NONE);
        return new Page("content" + path + ".md", path.substring(1) + ".md", PageKind.PAGE, "", path, fm, "", List.of(), "", 0, 1, Trust.NONE);
    }

    private static List<String> sorted(List<Page> pages, java.util.Comparator<Page> order) {
        List<Page> copy = new ArrayList<>(pages);
        Collections.reverse(copy);
        copy.sort(order);
        return copy.stream().map(Page::path).toList();
    }

    @Test
    void readingOrderIsWeightFirst() {
        List<Page> pages = List.of(
                page("/c/", "C", 3, null),
                page("/a/", "A", -1, null),
                page("/b/", "B", 0, null));
        assertEquals(List.of("/a/", "/b/", "/c/"), sorted(pages, PageOrder.READING));
    }

    @Test
    void readingOrderThenNewestFirstWithUndatedLast() {
        List<Page> pages = List.of(
                page("/old/", "X", 0, LocalDate.of(2020, 1, 1)),
                page("/undated/", "X", 0, null),
                page("/new/", "X", 0, LocalDate.of(2025, 1, 1)));
        assertEquals(List.of("/new/", "/old/", "/undated/"), sorted(pages, PageOrder.READING));
    }

    @Test
    void readingOrderThenTitleIgnoringCase() {
        List<Page> pages = List.of(
                page("/1/", "banana", 0, null),
                page("/2/", "Apple", 0, null),
                page("/3/", "cherry", 0, null));
        assertEquals(List.of("/2/", "/1/", "/3/"), sorted(pages, PageOrder.READING));
    }

    @Test
    void readingOrderFinallyByPath() {
        List<Page> pages = List.of(
                page("/b/", "Same", 0, null),
                page("/a/", "same", 0, null),
                page("/c/", "SAME", 0, null));
        assertEquals(List.of("/a/", "/b/", "/c/"), sorted(pages, PageOrder.READING));
    }

    @Test
    void weightBeatsDate() {
        List<Page> pages = List.of(
                page("/new/", "A", 2, LocalDate.of(2025, 1, 1)),
                page("/old/", "B", 1, LocalDate.of(2000, 1, 1)));
        assertEquals(List.of("/old/", "/new/"), sorted(pages, PageOrder.READING));
    }

    @Test
    void newestFirstIgnoresWeight() {
        List<Page> pages = List.of(
                page("/light-old/", "A", -5, LocalDate.of(2020, 1, 1)),
                page("/heavy-new/", "B", 9, LocalDate.of(2025, 1, 1)),
                page("/undated/", "C", -9, null));
        assertEquals(List.of("/heavy-new/", "/light-old/", "/undated/"), sorted(pages, PageOrder.NEWEST_FIRST));
    }

    @Test
    void newestFirstThenTitleThenPath() {
        LocalDate d = LocalDate.of(2024, 6, 1);
        List<Page> pages = List.of(
                page("/z/", "beta", 0, d),
                page("/y/", "Alpha", 0, d),
                page("/x/", "beta", 0, d));
        assertEquals(List.of("/y/", "/x/", "/z/"), sorted(pages, PageOrder.NEWEST_FIRST));
    }

    @Test
    void ordersAreDeterministicWhateverTheInputOrder() {
        LocalDate d = LocalDate.of(2024, 6, 1);
        List<Page> pages = new ArrayList<>(List.of(page("/a/", "T", 0, d), page("/b/", "T", 0, d), page("/c/", "T", 0, null), page("/d/", "t", 1, d)));
        List<String> first = sorted(pages, PageOrder.READING);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(pages, new java.util.Random(i));
            List<Page> copy = new ArrayList<>(pages);
            copy.sort(PageOrder.READING);
            assertEquals(first, copy.stream().map(Page::path).toList());
        }
    }

    @Test
    void newestFirstAndInReadingOrderSortLikeTheComparators() {
        String[] titles = {"Apple", "apple", "Banana", "banana", "cherry", "Éclair", ""};
        for (int seed = 0; seed < 30; seed++) {
            Random r = new Random(seed);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                LocalDate date = r.nextInt(6) == 0 ? null : r.nextInt(50) == 0 ? LocalDate.MIN : r.nextInt(50) == 0 ? LocalDate.MAX
                        : LocalDate.of(2020 + r.nextInt(3), 1 + r.nextInt(2), 1 + r.nextInt(3));
                int weight = r.nextInt(3) == 0 ? r.nextInt(5) - 2 : 0;
                pages.add(page("/p" + r.nextInt(400) + "/", titles[r.nextInt(titles.length)], weight, date)); // some paths twice
            }
            List<Page> expected = new ArrayList<>(pages);
            expected.sort(PageOrder.NEWEST_FIRST);
            List<Page> actual = PageOrder.newestFirst(pages);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) assertSame(expected.get(i), actual.get(i), "seed " + seed + " at " + i);
            expected.sort(PageOrder.READING);
            actual = PageOrder.inReadingOrder(pages);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) assertSame(expected.get(i), actual.get(i), "reading, seed " + seed + " at " + i);
        }
    }
}
