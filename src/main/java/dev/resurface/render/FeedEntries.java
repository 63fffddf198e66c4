package dev.resurface.render;

import dev.resurface.config.SchemaRule;
import dev.resurface.config.SiteConfig;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.Page;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Atom feed lists: dated regular pages not excluded by {@code feed.exclude}, newest first,
 * at most {@code options.feedLimit}; and the feed's own date. Pages of the same date come in the order
 * of the site's contents (weights, each section's pages where the section stands; then title and
 * path), so a site published in one day keeps its core pages when the limit cuts the list.
 *
 * @param pages   the entries, in feed order
 * @param updated the newest entry's date; with no entries, the newest date of any page; with no dated
 *                page at all, the build's date (never the epoch)
 */
public record FeedEntries(List<Page> pages, LocalDate updated) {
    public FeedEntries {
        pages = List.copyOf(pages);
    }

    public static FeedEntries of(Site site, LocalDate today) {
        SiteConfig.Feed feed = site.config().feed();
        Map<Page, List<Integer>> places = new IdentityHashMap<>(); // each page's place worked out once, not per comparison
        Comparator<Page> order = Comparator.comparing((Page p) -> p.fm().date().orElseThrow(), Comparator.reverseOrder())
                .thenComparing(p -> places.computeIfAbsent(p, q -> place(site, q)), FeedEntries::compare)
                .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Page::path);
        List<Page> entries = site.regularPages().stream()
                .filter(p -> p.fm().date().isPresent() && !excluded(p, feed))
                .sorted(order).limit(site.config().options().feedLimit()).toList();
        LocalDate updated = newest(entries).or(() -> newest(site.pages())).orElse(today);
        return new FeedEntries(entries, updated);
    }

    static boolean excluded(Page p, SiteConfig.Feed feed) {
        for (SiteConfig.Feed.Exclusion x : feed.exclude()) {
            if (!x.path().isEmpty() ? x.path().equals(p.path())
                    : FrontMatterParser.matches(new SchemaRule(x.when(), List.of(), 0, x.line()), p.kind().label(), p.section(), Map.of(), p.fm().params())) {
                return true;
            }
        }
        return false;
    }

    /** A page's place in the site's contents: the weights of the sections holding it, outermost first, then its own. */
    static List<Integer> place(Site site, Page p) {
        List<Integer> out = new ArrayList<>();
        for (String key = p.section(); !key.isEmpty(); key = Section.parentOf(key)) {
            out.add(0, site.section(key).map(s -> s.page().fm().weight()).orElse(0));
        }
        out.add(p.fm().weight());
        return out;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    private static Optional<LocalDate> newest(List<Page> pages) {
        return pages.stream().map(p -> p.fm().updated().or(() -> p.fm().date())).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** A {@code feed.exclude} path that names no page excludes nothing: most likely a typo. */
    public static List<Diagnostic> check(Site site) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> paths = site.pages().stream().map(Page::path).toList();
        for (SiteConfig.Feed.Exclusion x : site.config().feed().exclude()) {
            if (x.path().isEmpty() || site.byPath(x.path()).isPresent()) continue;
            String hint = Hints.didYouMean(x.path(), paths);
            out.add(Diagnostic.warning("site.yml", x.line(), x.col(), "feed.exclude names '" + x.path() + "', which is no page of this site",
                    hint.isEmpty() ? "write a page's site path, e.g. /disclaimer/ for content/disclaimer.md" : hint));
        }
        return out;
    }
}
