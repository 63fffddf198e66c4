package dev.resurface.render;

import static dev.resurface.render.TinySite.assertRenders;
import static dev.resurface.render.TinySite.dated;
import static dev.resurface.render.TinySite.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.content.FrontMatter;
import dev.resurface.content.Page;
import dev.resurface.content.Site;
import dev.resurface.content.Trust;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code page} as templates see it: values computed from the page and the site on access. */
class PageModelTest {
    @TempDir
    Path tmp;

    private final Page home = page("_index.md", "Home");
    private final Page types = page("types/_index.md", "Types");
    private final Page first = dated("types/first.md", "First", LocalDate.of(2026, 1, 1), 1);
    private final Page second = dated("types/second.md", "Second", LocalDate.of(2026, 1, 2), 2);
    private final Site site = TinySite.site(List.of(home, types, first, second));

    @Test
    void templatesSeeEveryDocumentedKeyInOrder() {
        assertRenders(String.join(",", PageModel.KEYS) + ",", tmp, site, first, "<#list page?keys as k>${k},</#list>");
    }

    @Test
    void urlPermalinkPathAndKind() {
        assertRenders("/guide/types/first/ https://example.org/guide/types/first/ /types/first/ page", tmp, site, first,
                "${page.url} ${page.permalink} ${page.path} ${page.kind}");
        assertRenders("section home", tmp, site, types, "${page.kind} <#if site.home.isHome>home</#if>");
    }

    @Test
    void theDescriptionFallsBackToTheSummary() {
        assertRenders("First in short.", tmp, site, first, "${page.description}");
        Page described = new Page(first.source(), first.contentPath(), first.kind(), first.section(), first.path(),
                new FrontMatter("First", Optional.of("Written."), first.fm().date(), Optional.empty(), false, Optional.empty(), 1, List.of(),
                        List.of(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), FrontMatter.Review.NONE),
                first.html(), first.toc(), first.summary(), 10, 1, Trust.NONE);
        assertRenders("Written.", tmp, TinySite.site(List.of(home, types, described)), described, "${page.description}");
    }

    @Test
    void contentIsHtmlNotEscapedAgain() {
        assertRenders("<p>First</p>", tmp, site, first, "${page.content}");
    }

    @Test
    void breadcrumbsRunFromHomeThroughTheSectionsToThePageItself() {
        assertRenders("Home /guide/ false; Types /guide/types/ false; First /guide/types/first/ true; ", tmp, site, first,
                "<#list page.breadcrumbs as c>${c.title} ${c.url} ${c.current?c}; </#list>");
        assertRenders("Home /guide/ true; ", tmp, site, home, "<#list page.breadcrumbs as c>${c.title} ${c.url} ${c.current?c}; </#list>");
    }

    @Test
    void prevAndNextFollowTheSectionsReadingOrderAndAreMissingAtTheEnds() {
        assertRenders("none|Second", tmp, site, first, "${(page.prev.title)!\"none\"}|${(page.next.title)!\"none\"}");
        assertRenders("First|none", tmp, site, second, "${(page.prev.title)!\"none\"}|${(page.next.title)!\"none\"}");
        assertRenders("none|none", tmp, site, types, "${(page.prev.title)!\"none\"}|${(page.next.title)!\"none\"}");
    }

    @Test
    void aSectionPageListsItsPagesAndSubsections() {
        assertRenders("First,Second,|", tmp, site, types, "<#list page.pages as p>${p.title},</#list>|<#list page.subsections as s>${s.title}</#list>");
        assertRenders("|Types,", tmp, site, home, "<#list page.pages as p>${p.title},</#list>|<#list page.subsections as s>${s.title},</#list>");
        assertRenders("0 0", tmp, site, first, "${page.pages?size} ${page.subsections?size}");
    }

    @Test
    void datesAreDatesAndMissingOnesAreMissing() {
        assertRenders("2026-01-01 2026-01-01 no update", tmp, site, first,
                "${page.date?string(\"yyyy-MM-dd\")} ${page.lastmod?string(\"yyyy-MM-dd\")} <#if !page.updated??>no update</#if>");
    }

    @Test
    void tagsKeepTheNameAsWrittenWithTheirSlugAndUrl() {
        Page tagged = TinySite.page("a.md", "A", Optional.empty(), 0, List.of("CO2 Laser"), Map.of(), "", "", Trust.NONE);
        assertRenders("CO2 Laser co2-laser /guide/tags/co2-laser/", tmp, TinySite.site(List.of(home, tagged)), tagged,
                "<#list page.tags as t>${t.name} ${t.slug} ${t.url}</#list>");
    }

    @Test
    void paramsAreTheFreeFormFrontMatterFields() {
        Page withParams = TinySite.page("a.md", "A", Optional.empty(), 0, List.of(), Map.of("keyFacts", List.of("one", "two")), "", "", Trust.NONE);
        assertRenders("one, two", tmp, TinySite.site(List.of(home, withParams)), withParams, "${page.params.keyFacts?join(\", \")}");
    }

    @Test
    void readingAFacetKeyIsRecordedWhileTracking() throws Exception {
        ModelWrapper w = new ModelWrapper(TemplateEngine.VERSION, site);
        PageModel model = new PageModel(first, w);
        Set<String> reads = new HashSet<>();
        w.track(reads);
        try {
            model.get("title");
            model.get("url");
            assertEquals(Set.of(), reads, "title and url are front matter, not facets of the body");
            model.get("content");
            model.get("description");
            model.get("reviewer");
        } finally {
            w.track(null);
        }
        assertEquals(Set.of(Facet.key("/types/first/", Facet.HTML), Facet.key("/types/first/", Facet.SUMMARY), Facet.key("/types/first/", Facet.TRUST)), reads);
        model.get("toc");
        assertEquals(3, reads.size(), "nothing is recorded once tracking stops");
    }

    @Test
    void aGeneratedPageHasItsOwnKindAndList() {
        PageModel tagPage = new PageModel(page("x.md", "Tagged"), new ModelWrapper(TemplateEngine.VERSION, site), "tag", List.of(second, first));
        Map<String, Object> model = Map.of("page", tagPage);
        assertEquals("tag: Second, First", TinySite.render(tmp, "${page.kind}: <#list page.pages as p>${p.title}<#sep>, </#list>", model,
                new ModelWrapper(TemplateEngine.VERSION, site)));
    }
}
