package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.content.Page;
import dev.resurface.content.Trust;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which parts of a page a body edit changed, and how a read of one is recorded. */
class FacetTest {
    private final Page before = TinySite.page("a.md", "A");

    private Page with(String html, String summary, int words, Trust trust) {
        return new Page(before.source(), before.contentPath(), before.kind(), before.section(), before.path(), before.fm(), html,
                before.toc(), summary, words, before.readingMinutes(), trust);
    }

    @Test
    void anUnchangedPageChangedNothing() {
        assertEquals(Set.of(), Facet.changed(before, with(before.html(), before.summary(), before.words(), before.trust())));
    }

    @Test
    void eachChangeIsItsOwnFacet() {
        assertEquals(EnumSet.of(Facet.HTML), Facet.changed(before, with("<p>new</p>", before.summary(), before.words(), before.trust())));
        assertEquals(EnumSet.of(Facet.SUMMARY), Facet.changed(before, with(before.html(), "new", before.words(), before.trust())));
        assertEquals(EnumSet.of(Facet.WORDS), Facet.changed(before, with(before.html(), before.summary(), 99, before.trust())));
        Trust reviewed = new Trust(List.of(), Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(EnumSet.of(Facet.TRUST), Facet.changed(before, with(before.html(), before.summary(), before.words(), reviewed)));
    }

    @Test
    void keysNameThePageAndTheFacet() {
        assertEquals(List.of(Facet.key("/a/", Facet.HTML), Facet.key("/a/", Facet.TOC)), Facet.keys("/a/", EnumSet.of(Facet.HTML, Facet.TOC)));
        assertEquals(false, Facet.key("/a/", Facet.HTML).equals(Facet.key("/a/", Facet.TOC)));
    }

    @Test
    void theDescriptionReadsTheSummaryAndJsonLdTheSummaryAndTrust() {
        assertEquals(EnumSet.of(Facet.SUMMARY), Facet.BY_KEY.get("description"));
        assertEquals(EnumSet.of(Facet.SUMMARY, Facet.TRUST), Facet.BY_KEY.get("jsonLd"));
        assertEquals(null, Facet.BY_KEY.get("title"), "the title is front matter: an edit of it rebuilds everything anyway");
    }
}
