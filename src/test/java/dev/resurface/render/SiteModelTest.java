package dev.resurface.render;

import static dev.resurface.render.TinySite.page;
import static dev.resurface.render.TinySite.render;
import static dev.resurface.render.TinySite.renderPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.Page;
import dev.resurface.content.Site;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site} as templates and shortcodes see it: one model, the shortcodes' view limited to what exists before pages do. */
class SiteModelTest {
    @TempDir
    Path tmp;

    private final Page home = page("_index.md", "Home");
    private final Page types = page("types/_index.md", "Types");
    private final Page co2 = page("types/co2.md", "CO2 laser");
    private final Page about = page("about.md", "About");
    private final Site site = TinySite.site(List.of(home, types, co2, about));

    @Test
    void templatesSeeEveryDocumentedKeyInOrder() {
        assertEquals(String.join(",", SiteModel.KEYS) + ",", renderPage(tmp, site, home, "<#list site?keys as k>${k},</#list>"));
    }

    @Test
    void urlsCarryTheBasePathAndPermalinksTheBaseUrl() {
        assertEquals("/guide/ /guide/tags/ /guide/feed.xml /guide/sitemap.xml https://example.org/guide/",
                renderPage(tmp, site, home, "${site.basePath} ${site.url(\"/tags/\")} ${site.feedUrl} ${site.sitemapUrl} ${site.baseUrl}"));
    }

    @Test
    void configValuesComeFromSiteYml() {
        assertEquals("Tiny|A tiny site.|en-GB|resurface test", renderPage(tmp, site, home,
                "${site.title}|${site.description}|${site.language}|${site.generator}"));
    }

    @Test
    void pageLooksUpAPageByItsContentPath() {
        assertEquals("CO2 laser at /guide/types/co2/", renderPage(tmp, site, home, "<#assign p = site.page(\"types/co2.md\")>${p.title} at ${p.url}"));
        assertTrue(renderPage(tmp, site, home, "${site.page(\"types/nope.md\").title}").contains("no page content/types/nope.md"));
    }

    @Test
    void sectionsAreTheTopLevelSectionsAndHomeIsTheRootPage() {
        assertEquals("Types|Home", renderPage(tmp, site, home, "<#list site.sections as s>${s.title}</#list>|${site.home.title}"));
    }

    @Test
    void tagsListNameUrlAndCount() {
        Page a = TinySite.page("a.md", "A", java.util.Optional.empty(), 1, List.of("Non-ablative lasers"), Map.of(), "", "", dev.resurface.content.Trust.NONE);
        Page b = TinySite.page("b.md", "B", java.util.Optional.empty(), 2, List.of("Non-ablative lasers"), Map.of(), "", "", dev.resurface.content.Trust.NONE);
        Site tagged = TinySite.site(List.of(home, a, b));
        assertEquals("Non-ablative lasers /guide/tags/non-ablative-lasers/ 2", renderPage(tmp, tagged, home,
                "<#list site.tags as t>${t.name} ${t.url} ${t.count}</#list>"));
    }

    @Test
    void optionalValuesAreMissingWhenSiteYmlHasNone() {
        assertEquals("no publisher, no contact, no search, no sources page",
                renderPage(tmp, site, home, "<#if !site.publisher??>no publisher</#if>, <#if !site.contact??>no contact</#if>, "
                        + "<#if !site.searchIndexUrl??>no search</#if>, <#if !site.sourcesUrl??>no sources page</#if>"));
    }

    @Test
    void publisherAndContactShowTheirFieldsAndTheMailtoLink() {
        SiteConfig config = TinySite.config("title: T\nbaseUrl: https://example.org/\npublisher: {name: A Charity, editor: Editor}\n"
                + "contact: {email: a@example.org, text: Tell us}\n");
        Site s = TinySite.site(config, List.of(home), Map.of());
        assertEquals("A Charity; Editor; Tell us mailto:a@example.org", renderPage(tmp, s, home,
                "${site.publisher.name}; ${site.publisher.editor}; ${site.contact.text} ${site.contact.mailto}"));
    }

    @Test
    void shortcodesSeeTheSameValuesForTheKeysTheyHave() {
        SiteConfig config = TinySite.config("title: T\nbaseUrl: https://example.org/g/\npublisher: {name: A Charity, editor: Editor}\n"
                + "params: {colour: teal}\n");
        Map<String, Object> data = Map.of("help", Map.of("urgent", "Call 111"));
        String template = "${site.title}|${site.url(\"/x/\")}|${site.params.colour}|${site.publisher.name}|${site.data.help.urgent}|${site.feedUrl}";
        Site full = TinySite.site(config, List.of(home), data);
        String inTemplates = renderPage(tmp.resolve("a"), full, home, template);
        SiteModel forShortcodes = SiteModel.forShortcodes(config, data, "resurface test");
        String inShortcodes = render(tmp.resolve("b"), template, Map.of("site", forShortcodes), forShortcodes.wrapper());
        assertEquals("T|/g/x/|teal|A Charity|Call 111|/g/feed.xml", inTemplates);
        assertEquals(inTemplates, inShortcodes);
    }

    @Test
    void shortcodesListTheirKeysInAFixedOrder() {
        SiteModel forShortcodes = SiteModel.forShortcodes(TinySite.config(), Map.of(), "g");
        assertEquals(String.join(",", SiteModel.SHORTCODE_KEYS) + ",",
                render(tmp, "<#list site?keys as k>${k},</#list>", Map.of("site", forShortcodes), forShortcodes.wrapper()));
        assertTrue(SiteModel.KEYS.containsAll(SiteModel.SHORTCODE_KEYS));
    }

    @Test
    void aShortcodeAskingForPagesIsToldWhyTheyAreNotThere() {
        SiteModel forShortcodes = SiteModel.forShortcodes(TinySite.config(), Map.of(), "g");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", forShortcodes);
        String out = render(tmp, "${site.pages?size}", model, forShortcodes.wrapper());
        assertTrue(out.contains("site.pages is not available in a shortcode"), out);
        assertTrue(out.contains("docs/theme.md lists what shortcodes see"), "says where to look: " + out);
    }

    @Test
    void aKeyNoSiteHasIsUndefined() {
        assertTrue(renderPage(tmp, site, home, "${site.titel}").contains("'site.titel' is undefined"));
    }
}
