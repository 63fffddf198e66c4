package dev.resurface.render;

import static dev.resurface.render.TinySite.dated;
import static dev.resurface.render.TinySite.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.Page;
import dev.resurface.content.Site;
import dev.resurface.content.Trust;
import dev.resurface.diag.Diagnostic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the Atom feed lists, in which order, and its date. */
class FeedEntriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final Page home = page("_index.md", "Home");

    private static List<String> titles(FeedEntries f) {
        return f.pages().stream().map(Page::title).toList();
    }

    private static SiteConfig config(String extra) {
        return TinySite.config("title: T\nbaseUrl: https://example.org/\n" + extra);
    }

    @Test
    void newestFirstAndOnlyDatedRegularPages() {
        Site site = TinySite.site(List.of(home, dated("a.md", "Old", LocalDate.of(2025, 1, 1), 0),
                dated("b.md", "New", LocalDate.of(2026, 3, 1), 0), page("c.md", "Undated")));
        FeedEntries feed = FeedEntries.of(site, TODAY);
        assertEquals(List.of("New", "Old"), titles(feed));
        assertEquals(LocalDate.of(2026, 3, 1), feed.updated());
    }

    @Test
    void pagesOfOneDayComeInTheOrderOfTheSitesContents() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        Page early = TinySite.page("early/_index.md", "Early section", Optional.empty(), 1, List.of(), Map.of(), "", "", Trust.NONE);
        Page late = TinySite.page("late/_index.md", "Late section", Optional.empty(), 2, List.of(), Map.of(), "", "", Trust.NONE);
        Site site = TinySite.site(List.of(home, late, early, dated("late/a.md", "Late A", day, 1), dated("early/b.md", "Early B", day, 2),
                dated("early/a.md", "Early A", day, 1), dated("z.md", "Top-level", day, 0)));
        assertEquals(List.of("Top-level", "Early A", "Early B", "Late A"), titles(FeedEntries.of(site, TODAY)));
    }

    @Test
    void theLimitKeepsTheNewest() {
        Site site = TinySite.site(config("options: {feedLimit: 2}\n"), List.of(home, dated("a.md", "A", LocalDate.of(2026, 1, 1), 0),
                dated("b.md", "B", LocalDate.of(2026, 1, 2), 0), dated("c.md", "C", LocalDate.of(2026, 1, 3), 0)), Map.of());
        assertEquals(List.of("C", "B"), titles(FeedEntries.of(site, TODAY)));
    }

    @Test
    void excludedByPathOrByCondition() {
        Page legal = TinySite.page("disclaimer.md", "Disclaimer", Optional.of(LocalDate.of(2026, 2, 1)), 0, List.of(), Map.of(), "", "", Trust.NONE);
        Page ref = TinySite.page("glossary.md", "Glossary", Optional.of(LocalDate.of(2026, 2, 2)), 0, List.of(), Map.of("type", "reference"), "", "", Trust.NONE);
        Page article = dated("a.md", "Article", LocalDate.of(2026, 1, 1), 0);
        Site site = TinySite.site(config("feed: {exclude: [/disclaimer/, {type: reference}]}\n"), List.of(home, legal, ref, article), Map.of());
        FeedEntries feed = FeedEntries.of(site, TODAY);
        assertEquals(List.of("Article"), titles(feed));
        assertEquals(LocalDate.of(2026, 1, 1), feed.updated());
    }

    @Test
    void withNoEntriesTheDateIsTheNewestPagesAndWithoutAnyDateToday() {
        Page legal = TinySite.page("disclaimer.md", "Disclaimer", Optional.of(LocalDate.of(2026, 2, 1)), 0, List.of(), Map.of(), "", "", Trust.NONE);
        Site excluded = TinySite.site(config("feed: {exclude: [/disclaimer/]}\n"), List.of(home, legal), Map.of());
        assertEquals(List.of(), titles(FeedEntries.of(excluded, TODAY)));
        assertEquals(LocalDate.of(2026, 2, 1), FeedEntries.of(excluded, TODAY).updated());
        assertEquals(TODAY, FeedEntries.of(TinySite.site(List.of(home, page("a.md", "A"))), TODAY).updated(), "never the epoch");
    }

    @Test
    void anExcludedPathThatIsNoPageIsAWarningWithTheLikelyPage() {
        Site site = TinySite.site(config("feed: {exclude: [/disclaimr/]}\n"), List.of(home, page("disclaimer.md", "Disclaimer")), Map.of());
        List<Diagnostic> warnings = FeedEntries.check(site);
        assertEquals(1, warnings.size());
        Diagnostic d = warnings.get(0);
        assertEquals("site.yml", d.path());
        assertEquals("feed.exclude names '/disclaimr/', which is no page of this site", d.message());
        assertEquals(true, d.hint().contains("/disclaimer/"), d.hint());
    }
}
