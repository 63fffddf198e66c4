package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Site#replacing}: swapping pages for new versions of themselves (serve's quick rebuild) gives
 * the same site as building it from scratch with the new pages: lists, neighbours, lookups, tags.
 */
class SiteReplacingTest {

    private static Page page(String section, String name, int weight, String html) {
        FrontMatter fm = new FrontMatter(name, Optional.empty(), Optional.of(LocalDate.of(2026, 1, weight)), Optional.empty(), false, Optional.empty(),
                weight, List.of("t" + weight % 2), List.of(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), FrontMatter.Review.NONE);
        String path = "/" + section + "/" + name + "/";
        return new Page("content/" + section + "/" + name + ".md", section + "/" + name + ".md", PageKind.PAGE, section, path, fm, html,
                List.of(), "", 0, 1, Trust.NONE);
    }

    private static Site site(List<Page> pages) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (String key : List.of("a", "b")) {
            List<Page> members = pages.stream().filter(p -> p.section().equals(key)).sorted(PageOrder.READING).toList();
            sections.put(key, new Section(key, null, members, List.of()));
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (String t : List.of("t0", "t1")) {
            tags.put(t, new Tag(t, t, "/tags/" + t + "/", pages.stream().filter(p -> p.fm().tags().contains(t)).sorted(PageOrder.NEWEST_FIRST).toList()));
        }
        dev.resurface.config.SiteConfig config = dev.resurface.config.SiteConfigLoader.load("title: T\nbaseUrl: https://example.org/\n", Optional.empty()).config().orElseThrow();
        return new Site(config, pages, sections, tags, Map.of(), Map.of(), Map.of(), Reference.NONE);
    }

    @Test
    void replacingPagesGivesTheSiteBuiltFromTheNewPages() {
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i <= 9; i++) pages.add(page(i % 2 == 0 ? "a" : "b", "p" + i, i, "<p>old " + i + "</p>"));
        Site before = site(pages);
        // replace a first, a middle and a last page of their sections, two of them neighbours
        Map<Page, Page> newer = new IdentityHashMap<>();
        List<Page> after = new ArrayList<>(pages);
        for (int i : new int[] {0, 4, 6, 8}) {
            Page old = pages.get(i);
            Page now = new Page(old.source(), old.contentPath(), old.kind(), old.section(), old.path(), old.fm(), "<p>new</p>",
                    old.toc(), "new summary", 7, 1, old.trust());
            newer.put(old, now);
            after.set(i, now);
        }
        Site patched = before.replacing(newer);
        Site fresh = site(after);
        assertEquals(fresh.pages(), patched.pages());
        assertEquals(fresh.regularPages(), patched.regularPages());
        assertEquals(fresh.sections(), patched.sections());
        assertEquals(fresh.tags(), patched.tags());
        for (Page p : after) {
            assertSame(p, patched.byPath(p.path()).orElseThrow());
            assertSame(p, patched.byContentPath(p.contentPath()).orElseThrow());
            assertEquals(fresh.prev(p), patched.prev(p), "prev of " + p.path());
            assertEquals(fresh.next(p), patched.next(p), "next of " + p.path());
            patched.prev(p).ifPresent(q -> assertSame(q, patched.byPath(q.path()).orElseThrow(), "neighbours are the new pages"));
            patched.next(p).ifPresent(q -> assertSame(q, patched.byPath(q.path()).orElseThrow(), "neighbours are the new pages"));
        }
        // the old site is unchanged
        assertEquals("<p>old 1</p>", before.byPath(pages.get(0).path()).orElseThrow().html());
    }
}
