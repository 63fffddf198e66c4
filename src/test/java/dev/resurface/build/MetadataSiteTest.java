package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.resurface.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of a page (issue 17, "Metadata and the edges") on the "metadata" fixture, built with the
 * built-in templates: social preview cards, icons, the 404 page's metadata, JSON-LD types, tag pages
 * and real quotes and dashes in text written outside Markdown.
 */
@Tag("slow") // builds fixture sites through the CLI
class MetadataSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path out;
    static Fixtures.Run run;

    @BeforeAll
    static void build() {
        site = Fixtures.site("metadata", tmp);
        out = tmp.resolve("out");
        run = Fixtures.cli("build", "--strict", "--site", site.toString(), "--output", out.toString(), "--threads", "1");
    }

    static Document html(String file) {
        return Jsoup.parse(Fixtures.read(out.resolve(file)));
    }

    static String meta(Document d, String attr, String name) {
        return d.select("meta[" + attr + "=" + name + "]").attr("content");
    }

    @Test
    void buildsWithoutWarnings() {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void everyPageHasALargePreviewCardThatExists() throws Exception {
        for (String file : List.of("index.html", "treatments/laser/index.html", "about/index.html", "tags/co2/index.html", "tags/index.html", "404.html")) {
            Document d = html(file);
            String url = meta(d, "property", "og:image");
            assertTrue(url.matches("https://example\\.org/cards/[0-9a-f]{20}\\.png"), file + ": " + url);
            assertEquals(url, meta(d, "name", "twitter:image"), file);
            assertEquals("summary_large_image", meta(d, "name", "twitter:card"), file);
            assertEquals("1200", meta(d, "property", "og:image:width"), file);
            assertEquals("630", meta(d, "property", "og:image:height"), file);
            assertFalse(meta(d, "property", "og:image:alt").isBlank(), file);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve(url.substring("https://example.org/".length())))));
            assertEquals(1200, img.getWidth(), file);
            assertEquals(630, img.getHeight(), file);
        }
        Document laser = html("treatments/laser/index.html");
        assertEquals("The “strong” laser – Treatments – Metadata Fixture", meta(laser, "property", "og:image:alt"));
    }

    @Test
    void cardsAreTheSameBytesWhateverTheThreadsAndAreNotRedrawnFromTheCache() throws Exception {
        Path out4 = tmp.resolve("out4");
        Path cache = tmp.resolve("cache");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out4.toString(), "--threads", "4", "--cache", cache.toString()).exit());
        assertEquals(Fixtures.snapshot(out), Fixtures.snapshot(out4), "byte-identical output, cards and icons included, for 1 and 4 threads");
        try (var files = Files.list(cache.resolve("pictures"))) {
            assertEquals(cards().size() + 2, files.count(), "each distinct card once, and the two icons, kept in the cache");
        }
        // a kept card is used as it is: replace one by other PNG bytes and the next build publishes those
        byte[] marker = Files.readAllBytes(out.resolve("apple-touch-icon.png"));
        Path kept;
        try (var files = Files.list(cache.resolve("pictures"))) {
            kept = files.sorted().filter(f -> !Arrays.equals(bytes(f), marker)).findFirst().orElseThrow();
        }
        Files.write(kept, marker);
        Path again = tmp.resolve("again");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", again.toString(), "--cache", cache.toString()).exit());
        long same = Fixtures.snapshot(again).values().stream().filter(h -> h.equals(Fixtures.snapshot(out).get("apple-touch-icon.png"))).count();
        assertEquals(2, same, "the picture taken from the cache was not drawn again");
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, String> cards() {
        return Fixtures.snapshot(out).entrySet().stream().filter(e -> e.getKey().startsWith("cards/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void pagesThatLookTheSameShareOneCard() {
        // 4 content pages, the made-up treatments section, 2 tag pages, the tag index and the 404 page; the
        // redirect-free fixture has no two pages alike, so 9 cards for 9 pages (a second build reuses them all)
        assertEquals(9, cards().size(), cards().toString());
    }

    @Test
    void iconsAreMadeFromTheSvg() throws Exception {
        byte[] ico = Files.readAllBytes(out.resolve("favicon.ico"));
        assertArrayEquals(new byte[] {0, 0, 1, 0, 3, 0}, java.util.Arrays.copyOf(ico, 6), "an icon file with three images");
        BufferedImage apple = ImageIO.read(out.resolve("apple-touch-icon.png").toFile());
        assertEquals(180, apple.getWidth());
        assertEquals(180, apple.getHeight());
        assertEquals(0xffffffff, apple.getRGB(0, 0), "the corner outside the circle is white, not transparent");
        assertEquals(0xff0b5e6b, apple.getRGB(90, 20), "the circle's colour from the SVG");
        Document d = html("about/index.html");
        assertEquals("/favicon.ico", d.select("link[rel=icon][sizes=32x32]").attr("href"));
        assertEquals("/apple-touch-icon.png", d.select("link[rel=apple-touch-icon]").attr("href"));
    }

    @Test
    void notFoundPageIsNoindexWithoutCanonicalAndNotMedical() {
        Document d = html("404.html");
        assertEquals("noindex", meta(d, "name", "robots"));
        assertTrue(d.select("link[rel=canonical]").isEmpty());
        JsonArray graph = graph(d);
        assertEquals(List.of("WebSite", "Organization"), types(graph), "only the site and its publisher: the 404 page is no page of the site's");
        Document about = html("about/index.html");
        assertTrue(about.select("meta[name=robots]").isEmpty());
        assertEquals("https://example.org/about/", about.select("link[rel=canonical]").attr("href"));
    }

    static JsonArray graph(Document d) {
        return JsonParser.parseString(d.selectFirst("script[type=application/ld+json]").data()).getAsJsonObject().getAsJsonArray("@graph");
    }

    static List<String> types(JsonArray graph) {
        return graph.asList().stream().map(e -> e.getAsJsonObject().get("@type").getAsString()).toList();
    }

    static JsonObject node(JsonArray graph, String type) {
        return graph.asList().stream().map(JsonElement::getAsJsonObject).filter(o -> o.get("@type").getAsString().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void jsonLdTypesFollowWhatThePageIs() {
        assertEquals("MedicalWebPage", types(graph(html("treatments/laser/index.html"))).get(1));
        assertEquals("MedicalWebPage", types(graph(html("guide/index.html"))).get(1));
        assertEquals("WebPage", types(graph(html("about/index.html"))).get(1), "a reference page is not medical content");
        assertEquals("CollectionPage", types(graph(html("tags/co2/index.html"))).get(1));
        assertEquals("CollectionPage", types(graph(html("tags/index.html"))).get(1));
        assertEquals("CollectionPage", types(graph(html("index.html"))).get(1));
        assertEquals("CollectionPage", types(graph(html("treatments/index.html"))).get(1));
    }

    @Test
    void oneProcedureNodeWithAnIdAndTheOrganisationAsPublisherAndAuthor() {
        JsonArray graph = graph(html("treatments/laser/index.html"));
        assertEquals(List.of("WebSite", "MedicalWebPage", "MedicalProcedure", "Organization"), types(graph));
        JsonObject page = node(graph, "MedicalWebPage");
        JsonObject proc = node(graph, "MedicalProcedure");
        assertEquals("https://example.org/treatments/laser/#procedure", proc.get("@id").getAsString());
        assertEquals(proc.get("@id"), page.getAsJsonObject("about").get("@id"));
        assertEquals(proc.get("@id"), page.getAsJsonObject("mainEntity").get("@id"));
        assertEquals(1, page.getAsJsonObject("about").size(), "a reference, not a second copy");
        String org = node(graph, "Organization").get("@id").getAsString();
        assertEquals(org, page.getAsJsonObject("publisher").get("@id").getAsString());
        assertEquals(org, page.getAsJsonObject("author").get("@id").getAsString());
        assertFalse(page.has("lastReviewed"), "lastReviewed without a named reviewer would claim a review that did not happen");
        assertFalse(page.has("reviewedBy"));
        assertEquals("The CO2 laser is ablative – it removes thin outer layers of skin; it’s “strong”…", page.get("description").getAsString());
    }

    @Test
    void tagPagesHaveTheirDisplayNameAsTitleAndHeadingAndARealDescription() {
        Document co2 = html("tags/co2/index.html");
        assertEquals("CO2 laser | Metadata Fixture", co2.title());
        assertEquals("CO2 laser", co2.selectFirst("h1").text());
        assertEquals("The carbon dioxide laser.", meta(co2, "name", "description"));
        assertEquals("noindex", meta(co2, "name", "robots"), "a tag of one page is kept out of search engines");
        Document ablative = html("tags/ablative/index.html");
        assertEquals("Ablative lasers", ablative.selectFirst("h1").text());
        assertTrue(ablative.select("meta[name=robots]").isEmpty(), "a tag of two pages is indexed");
    }

    @Test
    void singlePageTagsCanBeLeftOut(@TempDir Path t) throws Exception {
        Path s = Fixtures.copy(site, t.resolve("site"));
        Files.writeString(s.resolve("site.yml"), Files.readString(s.resolve("site.yml")).replace("singlePage: noindex", "singlePage: omit"));
        Path o = t.resolve("out");
        Fixtures.Run r = Fixtures.cli("build", "--site", s.toString(), "--output", o.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(o.resolve("tags/co2/index.html")));
        assertTrue(Files.exists(o.resolve("tags/ablative/index.html")));
    }

    @Test
    void typographyInTextWrittenOutsideMarkdownAndCodeLeftAlone() {
        Document d = html("treatments/laser/index.html");
        assertEquals("The CO2 laser is ablative – it removes thin outer layers of skin; it’s “strong”…", meta(d, "name", "description"));
        assertEquals("The “strong” laser", d.selectFirst("h1").text());
        assertEquals("a - b \"code\"", d.selectFirst("code").text(), "code spans are left as written");
        assertTrue(d.selectFirst("main p").text().startsWith("The laser is “strong” – and"), d.selectFirst("main p").text());
    }

    @Test
    void badTagsDataIsAClearError(@TempDir Path t) throws Exception {
        Path s = Fixtures.copy(site, t.resolve("site"));
        Files.writeString(s.resolve("content/_data/tags.yml"), "co2:\n  name: CO2 laser\n  descripton: x\nablative: Ablative\nunused:\n  name: U\n  description: D\nx:\n  name: X\n");
        Fixtures.Run r = Fixtures.cli("build", "--site", s.toString(), "--output", t.resolve("out").toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(
                // the misspelt key is one error: no second one saying 'description' is missing
                "content/_data/tags.yml:3:3: error: unknown key 'descripton' in tag 'co2' (did you mean 'description'?)",
                "content/_data/tags.yml:4:11: error: tag 'ablative' must be a map with 'name' and 'description', found text (write e.g. 'ablative: {name: …, description: …}')",
                "content/_data/tags.yml:5:1: warning: tag 'unused' is not used by any published page (remove it from content/_data/tags.yml, or tag a page with it)",
                "content/_data/tags.yml:8:1: error: tag 'x' has no 'description' (the name is the tag page's title and heading; the description says what its pages are about)"),
                r.errLines().subList(0, r.errLines().size() - 1));
    }

    @Test
    void badSettingsAreClearErrors(@TempDir Path t) throws Exception {
        Path s = Fixtures.copy(site, t.resolve("site"));
        Files.writeString(s.resolve("site.yml"), Files.readString(s.resolve("site.yml")).replace("\"#203040\"", "navy").replace("singlePage: noindex", "singlePage: hide"));
        Fixtures.Run r = Fixtures.cli("build", "--site", s.toString(), "--output", t.resolve("out").toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(
                "site.yml:16:15: error: 'background' must be a colour written as #rrggbb, found 'navy' (e.g. background: \"#12385c\" (quote it: # starts a comment in YAML))",
                "site.yml:20:15: error: 'singlePage' must be one of noindex, omit, index, found 'hide' (noindex keeps a one-page tag out of search engines; omit does not make its page)"),
                r.errLines().stream().filter(l -> l.contains(": error: ")).toList());
    }
}
