package dev.resurface.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index the build writes when site.yml has a search section. */
@Tag("slow") // builds fixture sites through the CLI
class SearchIndexTest {
    @TempDir
    Path tmp;

    private Path siteWith(String searchYaml) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")) + "\n" + searchYaml + "\n");
        Files.writeString(site.resolve("content/guides/escaping.md"), """
                ---
                title: "Quotes \\" and </script> in a title"
                description: "A <b>bold</b> description"
                ---
                Body text with a < b & c and <#macro> and a [link](../_index.md)[^1].

                [^1]: A footnote.
                """);
        return site;
    }

    private static JsonArray pages(Path out) throws Exception {
        JsonObject root = JsonParser.parseString(Files.readString(out.resolve("search-index.json"))).getAsJsonObject();
        assertEquals(SearchIndex.VERSION, root.get("v").getAsInt());
        return root.getAsJsonArray("pages");
    }

    private static List<String> urls(JsonArray pages) {
        List<String> out = new ArrayList<>();
        pages.forEach(p -> out.add(p.getAsJsonObject().get("u").getAsString()));
        return out;
    }

    private static JsonObject page(JsonArray pages, String url) {
        for (var p : pages) if (p.getAsJsonObject().get("u").getAsString().equals(url)) return p.getAsJsonObject();
        throw new AssertionError(url + " not in " + urls(pages));
    }

    @Test
    void noSearchSectionMeansNoIndex() throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out.toString()).exit());
        assertFalse(Files.exists(out.resolve("search-index.json")));
    }

    @Test
    void everyPublishedPageIsIndexedInPathOrderWithoutDraftsOrExclusions() throws Exception {
        Path site = siteWith("search: {exclude: [/types/]}");
        Path out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> urls = urls(pages(out));
        assertTrue(urls.contains("/guide/types/co2/"), urls.toString());
        assertTrue(urls.contains("/guide/"), "the home page is indexed");
        assertFalse(urls.contains("/guide/types/"), "excluded in site.yml (site paths, as written in content: no base path)");
        assertFalse(urls.stream().anyMatch(u -> u.contains("draft")), "drafts are not indexed: " + urls);
        assertEquals(urls.stream().sorted().toList(), urls, "pages come in a fixed order");
    }

    @Test
    void entriesCarryTitleSectionDescriptionHeadingsAndPlainText() throws Exception {
        Path site = siteWith("search: {}");
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out.toString()).exit());
        JsonObject e = page(pages(out), "/guide/guides/escaping/");
        assertEquals("Quotes \" and </script> in a title", e.get("t").getAsString());
        assertEquals("A <b>bold</b> description", e.get("d").getAsString(), "stored as text; the page script never inserts it as HTML");
        String text = e.get("x").getAsString();
        assertTrue(text.startsWith("Body text with a < b & c and <#macro> and a link."), text);
        assertFalse(text.contains("(../_index.md)"), "link targets are not text: " + text);
        // HTML-safe JSON: no raw '<' that could end a script element if the index is ever inlined
        assertFalse(Files.readString(out.resolve("search-index.json")).contains("</script>"));
        JsonObject co2 = page(pages(out), "/guide/types/co2/");
        assertFalse(co2.get("s").getAsString().isEmpty(), "a page names its section");
    }

    @Test
    void maxWordsBoundsTheTextOfEachPage() throws Exception {
        Path site = siteWith("search: {maxWords: 3}");
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out.toString()).exit());
        assertEquals("Body text with", page(pages(out), "/guide/guides/escaping/").get("x").getAsString());
    }

    @Test
    void theIndexIsByteIdenticalAcrossBuildsAndThreadCounts() throws Exception {
        Path site = siteWith("search: {}");
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", a.toString(), "--threads", "1").exit());
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", b.toString(), "--threads", "4").exit());
        assertArrayEquals(Files.readAllBytes(a.resolve("search-index.json")), Files.readAllBytes(b.resolve("search-index.json")));
    }

    @Test
    void aBadSearchSectionIsAnErrorAtItsLine() throws Exception {
        Path site = siteWith("search: {index: search.txt, maxWords: -1, colour: red}");
        Fixtures.Run run = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("unknown key 'colour' in search"), run.err());
        assertTrue(run.err().contains("'index' must be a site path ending in .json"), run.err());
        assertTrue(run.err().contains("'maxWords' must be 0 (all words) or more"), run.err());
    }

    @Test
    void theIndexPathCannotClashWithAContentFile() throws Exception {
        Path site = siteWith("search: {}");
        Files.writeString(site.resolve("content/search-index.json"), "{}");
        Fixtures.Run run = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("search-index.json"), run.err());
    }

    @Test
    void wordsKeepsWholeWords() {
        assertEquals("one two", SearchIndex.words("one  two three", 2));
        assertEquals("one two three", SearchIndex.words(" one\ntwo three ", 5));
        assertEquals("", SearchIndex.words("   ", 5));
    }
}
