package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small path rules of render/: tag slugs ({@link Tags}), alias paths ({@link Aliases}), output files ({@link Outputs}). */
class TagsAliasesOutputsTest {

    @Test
    void aTagSlugIsLowerCaseWordsJoinedByHyphens() {
        assertEquals("non-ablative-lasers", Tags.slug("Non-ablative lasers"));
        assertEquals("co2-laser", Tags.slug("  CO2   laser! "));
        assertEquals("co2", Tags.slug("CO₂"), "compatibility forms are folded (NFKC)");
        assertEquals("über-haut", Tags.slug("Über Haut"), "letters of any script stay");
        assertEquals("tag", Tags.slug("?!"), "a name without letters or digits still gets a slug");
    }

    @Test
    void anAliasMustBeAPlainPathFromTheRoot() {
        assertEquals(Optional.empty(), Aliases.problem("/old/").map(Problem::message));
        assertEquals(Optional.empty(), Aliases.problem("/old/page.html").map(Problem::message));
        assertEquals(Optional.of("alias 'old/' must start with '/' (a path from the site root)"), Aliases.problem("old/").map(Problem::message));
        assertEquals(Optional.of("alias '/' would replace the home page"), Aliases.problem("/").map(Problem::message));
        assertEquals(Optional.of("alias '/a/../b/' must not contain '.' or '..'"), Aliases.problem("/a/../b/").map(Problem::message));
        assertEquals(Optional.of("alias '/a//b/' has an empty path segment"), Aliases.problem("/a//b/").map(Problem::message));
        assertTrue(Aliases.problem("/a b/").map(Problem::message).orElseThrow().contains("characters that do not belong in a URL path"));
        assertTrue(Aliases.problem("/a?x=1").map(Problem::message).isPresent());
    }

    @Test
    void anAliasIsWrittenWhereAVisitorsRequestLands() {
        assertEquals("old/index.html", Aliases.fileOf("/old/"));
        assertEquals("old/index.html", Aliases.fileOf("/old"));
        assertEquals("a/page.html", Aliases.fileOf("/a/page.html"));
        assertEquals("/old/", Aliases.sitePathOf("/old"));
        assertEquals("/old/", Aliases.sitePathOf("/old/"));
        assertEquals("/a/page.html", Aliases.sitePathOf("/a/page.html"));
    }

    @Test
    void outputsMapSitePathsToFiles() {
        assertEquals("index.html", Outputs.fileOf("/"));
        assertEquals("types/co2/index.html", Outputs.fileOf("/types/co2/"));
        assertEquals("feed.xml", Outputs.fileOf(Outputs.FEED));
        assertEquals("tags/index.html", Outputs.fileOf(Outputs.TAGS));
        assertEquals("/tags/co2/", Outputs.tagPath("co2"));
        assertEquals("tags/co2/index.html", Outputs.fileOf(Outputs.tagPath("co2")));
        assertEquals("404.html", Outputs.fileOf(Outputs.NOT_FOUND));
    }
}
