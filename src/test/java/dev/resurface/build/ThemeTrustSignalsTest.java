package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's theme (templates/) says only what is true: "Page last reviewed" and a reviewer only
 * when front matter names one, otherwise when the page was last checked against its sources and that
 * no clinician has reviewed it; the footer names the publisher, the responsible editor's role and the
 * feedback route from site.yml.
 */
@Tag("slow") // builds this repository's whole site
class ThemeTrustSignalsTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path site = tmp.resolve("site");
        Fixtures.copy(ROOT.resolve("templates"), site.resolve("templates"));
        Files.createDirectories(site.resolve("content/_data"));
        Files.writeString(site.resolve("site.yml"), """
                title: Theme test
                baseUrl: https://example.org/
                menus:
                  main: [{name: Home, page: _index.md, weight: 1}]
                  footer: [{name: Home, page: _index.md, weight: 1}]
                review: {period: 12 months, people: people}
                publisher: {name: An Example Health Charity, editor: Editor (health content)}
                contact: {email: feedback@example.org, url: "https://example.org/feedback/", text: "Spotted a mistake?"}
                """);
        Files.writeString(site.resolve("content/_data/people.yml"),
                "- {id: a-reviewer, name: Fixture Reviewer, credentials: Fictional person used by the test suite}\n");
        Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Home\nlayout: page\n---\nSee [checked](checked.md) and [reviewed](reviewed.md).\n\n"
                + "{{< who-we-are >}}\n");
        Files.writeString(site.resolve("templates/shortcodes/who-we-are.ftlh"),
                "<#macro shortcode><p id=\"who\">${site.publisher.name}; ${site.publisher.editor}; ${site.contact.email}</p></#macro>\n");
        Files.writeString(site.resolve("content/checked.md"), "---\ntitle: Checked\nlastReviewed: 2026-01-10\n---\nChecked against its sources only.\n");
        Files.writeString(site.resolve("content/reviewed.md"),
                "---\ntitle: Reviewed\nlastReviewed: 2026-01-10\nreviewedBy: a-reviewer\n---\nReviewed by a named person.\n");
        out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--strict", "--site", site.toString(), "--output", out.toString(), "--today", "2026-02-01");
        assertEquals(0, run.exit(), run.err());
    }

    static Document html(String file) {
        return Jsoup.parse(Fixtures.read(out.resolve(file)));
    }

    @Test
    void withoutAReviewerTheLineSaysWhatWasDone() {
        Element line = html("checked/index.html").selectFirst("p.review");
        assertEquals("Last checked against its sources: 10 January 2026. Next check due: 10 January 2027. "
                + "This page has not yet been reviewed by a clinician.", line.text());
        assertEquals(List.of("2026-01-10", "2027-01-10"), line.select("time").eachAttr("datetime"));
    }

    @Test
    void aNamedReviewerGetsTheReviewedLine() {
        assertEquals("Page last reviewed: 10 January 2026. Next review due: 10 January 2027. "
                + "Reviewed by Fixture Reviewer, Fictional person used by the test suite.", html("reviewed/index.html").selectFirst("p.review").text());
    }

    @Test
    void theFooterNamesThePublisherTheEditorsRoleAndTheFeedbackRoute() {
        Element footer = html("checked/index.html").selectFirst("footer.site-footer");
        assertEquals("Publisher: An Example Health Charity. Responsible for the content: Editor (health content).", footer.selectFirst("p.imprint").text());
        Element feedback = footer.selectFirst("p.feedback");
        assertEquals("Spotted a mistake? feedback@example.org or our feedback form", feedback.text());
        assertEquals(List.of("mailto:feedback@example.org", "https://example.org/feedback/"), feedback.select("a").eachAttr("href"));
    }

    @Test
    void aShortcodeOnTheAboutPageCanShowThem() {
        assertEquals("An Example Health Charity; Editor (health content); feedback@example.org", html("index.html").selectFirst("#who").text());
    }

    @Test
    void thePublisherIsTheOrganisationInStructuredDataAndNoReviewIsClaimedWithoutAReviewer() {
        JsonArray graph = JsonParser.parseString(html("checked/index.html").selectFirst("script[type=application/ld+json]").data())
                .getAsJsonObject().getAsJsonArray("@graph");
        JsonObject page = graph.get(1).getAsJsonObject();
        JsonObject org = graph.get(2).getAsJsonObject();
        assertEquals("Organization", org.get("@type").getAsString());
        assertEquals("An Example Health Charity", org.get("name").getAsString());
        assertEquals("feedback@example.org", org.getAsJsonObject("contactPoint").get("email").getAsString());
        assertEquals(org.get("@id"), page.getAsJsonObject("publisher").get("@id"));
        assertEquals(org.get("@id"), graph.get(0).getAsJsonObject().getAsJsonObject("publisher").get("@id"));
        assertFalse(page.has("lastReviewed"), "checking the sources is not a review");
        assertFalse(page.has("reviewedBy"));
    }

    /** The repository's own site, built as it is: no page claims a review it did not have, and every page offers the feedback route. */
    @Test
    void theRealSiteNeverSaysReviewedAndNotReviewedOnOnePage(@TempDir Path t) throws Exception {
        Path realOut = Fixtures.buildThisSite(t.resolve("real"));
        List<Path> pages;
        try (Stream<Path> s = Files.walk(realOut)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
        List<String> contradictions = new ArrayList<>();
        int withReviewLine = 0;
        for (Path p : pages) {
            Document d = Jsoup.parse(Files.readString(p));
            if (!d.select("meta[http-equiv=refresh]").isEmpty()) continue; // alias redirect
            String text = d.body().text();
            if (text.contains("Page last reviewed") && text.contains("not yet reviewed")) contradictions.add(realOut.relativize(p).toString());
            if (d.selectFirst("p.review") != null) withReviewLine++;
            assertTrue(d.selectFirst("footer p.feedback a[href^=mailto:]") != null, realOut.relativize(p) + " offers the feedback route");
            assertTrue(d.selectFirst("footer p.imprint") != null, realOut.relativize(p) + " names the publisher");
        }
        assertEquals(List.of(), contradictions);
        assertTrue(withReviewLine >= 20, "pages with a review line: " + withReviewLine);
    }
}
