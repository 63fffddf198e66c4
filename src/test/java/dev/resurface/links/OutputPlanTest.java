package dev.resurface.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OutputPlan}: every output file has exactly one source. */
class OutputPlanTest {

    private static OutputPlan.Claim claim(String path) {
        return new OutputPlan.Claim(path, path, 1, 1);
    }

    @Test
    void distinctClaimsAreAcceptedAndTheirSitePathsKeptInOrder() {
        OutputPlan plan = new OutputPlan();
        assertTrue(plan.claim("b/index.html", "/b/", claim("content/b.md")));
        assertTrue(plan.claim("a/index.html", "/a/", claim("content/a.md")));
        assertTrue(plan.claim("img/p.png", "/img/p.png", claim("content/img/p.png")));
        assertEquals(List.of("/b/", "/a/", "/img/p.png"), List.copyOf(plan.sitePaths()));
        assertEquals(List.of(), plan.problems());
    }

    @Test
    void aDuplicateClaimIsAnErrorAtTheSecondNamingBoth() {
        OutputPlan plan = new OutputPlan();
        plan.claim("a/index.html", "/a/", new OutputPlan.Claim("content/a.md", "content/a.md", 1, 1));
        assertFalse(plan.claim("a/index.html", "/a/", new OutputPlan.Claim("alias '/a/' in content/b.md", "content/b.md", 4, 10)));
        assertEquals(List.of("content/b.md:4:10: error: URL /a/ is produced by both content/a.md and alias '/a/' in content/b.md "
                + "(change a slug, a file name or an alias so each URL has one source)"), plan.problems().stream().map(Diagnostic::format).toList());
    }

    @Test
    void theFirstClaimWins() {
        OutputPlan plan = new OutputPlan();
        plan.claim("x.html", "/x.html", claim("first"));
        plan.claim("x.html", "/x.html", claim("second"));
        plan.claim("x.html", "/x.html", claim("third"));
        assertEquals(2, plan.problems().size());
        assertTrue(plan.problems().stream().allMatch(d -> d.message().contains("both first and ")), plan.problems().toString());
        assertEquals(List.of("/x.html"), List.copyOf(plan.sitePaths()));
    }

    @Test
    void namesDifferingOnlyInCaseAreAWarningAndBothAreKept() {
        OutputPlan plan = new OutputPlan();
        assertTrue(plan.claim("a/index.html", "/a/", claim("content/a.md")));
        assertTrue(plan.claim("A/index.html", "/A/", new OutputPlan.Claim("content/A.md", "content/A.md", 2, 3)));
        List<Diagnostic> p = plan.problems();
        assertEquals(List.of("content/A.md:2:3: warning: output A/index.html differs from a/index.html only in letter case "
                + "(they overwrite each other on macOS and Windows; rename one)"), p.stream().map(Diagnostic::format).toList());
        assertFalse(p.get(0).isError());
        assertEquals(List.of("/a/", "/A/"), List.copyOf(plan.sitePaths()));
    }

    @Test
    void aGeneratedPositionlessClaimIsReportedWithoutPosition() {
        OutputPlan plan = new OutputPlan();
        plan.claim("sitemap.xml", "/sitemap.xml", new OutputPlan.Claim("content/sitemap.xml", "content/sitemap.xml", 0, 0));
        plan.claim("sitemap.xml", "/sitemap.xml", new OutputPlan.Claim("the generated /sitemap.xml", "content/sitemap.xml", 0, 0));
        assertEquals("content/sitemap.xml: error: URL /sitemap.xml is produced by both content/sitemap.xml and the generated /sitemap.xml "
                + "(change a slug, a file name or an alias so each URL has one source)", plan.problems().get(0).format());
    }
}
