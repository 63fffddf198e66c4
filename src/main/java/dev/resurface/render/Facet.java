package dev.resurface.render;

import dev.resurface.content.Page;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a page that an edit of its Markdown body can change (its front matter staying the
 * same). Templates read them through {@link PageModel}; recording which output read which page's
 * facets tells serve which outputs one page's body edit can change.
 */
public enum Facet {
    HTML, TOC, SUMMARY, WORDS, TRUST;

    /** What each template key of {@code page} reads, for the keys that read any facet. */
    static final Map<String, Set<Facet>> BY_KEY = Map.ofEntries(
            Map.entry("content", EnumSet.of(HTML)),
            Map.entry("toc", EnumSet.of(TOC)),
            Map.entry("summary", EnumSet.of(SUMMARY)),
            Map.entry("description", EnumSet.of(SUMMARY)),
            Map.entry("words", EnumSet.of(WORDS)),
            Map.entry("readingTime", EnumSet.of(WORDS)),
            Map.entry("citations", EnumSet.of(TRUST)),
            Map.entry("lastReviewed", EnumSet.of(TRUST)),
            Map.entry("nextReview", EnumSet.of(TRUST)),
            Map.entry("reviewer", EnumSet.of(TRUST)),
            Map.entry("readability", EnumSet.of(TRUST)),
            Map.entry("jsonLd", EnumSet.of(SUMMARY, TRUST)));

    /** The facets that differ between two versions of one page. */
    public static Set<Facet> changed(Page before, Page after) {
        Set<Facet> out = EnumSet.noneOf(Facet.class);
        if (!before.html().equals(after.html())) out.add(HTML);
        if (!before.toc().equals(after.toc())) out.add(TOC);
        if (!before.summary().equals(after.summary())) out.add(SUMMARY);
        if (before.words() != after.words() || before.readingMinutes() != after.readingMinutes()) out.add(WORDS);
        if (!before.trust().equals(after.trust())) out.add(TRUST);
        return out;
    }

    /** How a read is recorded: the page's site path and the facet. */
    public static String key(String pagePath, Facet f) {
        return pagePath + '\u0000' + f.name();
    }

    /** The recorded keys for these facets of one page. */
    public static List<String> keys(String pagePath, Set<Facet> facets) {
        return facets.stream().map(f -> key(pagePath, f)).toList();
    }
}
