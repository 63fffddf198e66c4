package dev.resurface.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
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

    private static JsonObject index(Path out) throws Exception {
        JsonObject root = JsonParser.parseString(Files.readString(out.resolve("search-index.json"))).getAsJsonObject();
        assertEquals(SearchIndex.VERSION, root.get("v").getAsInt());
        return root;
    }

    private static JsonArray pages(Path out) throws Exception {
        return index(out).getAsJsonArray("pages");
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

    /** The passages of a page: [anchor, heading, text] each. */
    private static List<List<String>> passages(Path out, String url) throws Exception {
        JsonObject root = index(out);
        int number = urls(root.getAsJsonArray("pages")).indexOf(url);
        List<List<String>> found = new ArrayList<>();
        for (var d : root.getAsJsonArray("docs")) {
            JsonArray doc = d.getAsJsonArray();
            if (doc.get(0).getAsInt() == number) found.add(List.of(doc.get(1).getAsString(), doc.get(2).getAsString(), doc.get(3).getAsString()));
        }
        return found;
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
    void entriesCarryTitleSectionDescriptionAndAPassagePerHeadingInPlainText() throws Exception {
        Path site = siteWith("search: {}");
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out.toString()).exit());
        JsonObject e = page(pages(out), "/guide/guides/escaping/");
        // titles get real quotes (typography), and the index keeps them as text
        assertEquals("Quotes \u201c and </script> in a title", e.get("t").getAsString());
        assertEquals("A <b>bold</b> description", e.get("d").getAsString(), "stored as text; the page script never inserts it as HTML");
        String text = passages(out, "/guide/guides/escaping/").get(0).get(2);
        assertTrue(text.startsWith("Body text with a < b & c and <#macro> and a link."), text);
        assertFalse(text.contains("(../_index.md)"), "link targets are not text: " + text);
        // HTML-safe JSON: no raw '<' that could end a script element if the index is ever inlined
        assertFalse(Files.readString(out.resolve("search-index.json")).contains("</script>"));
        JsonObject co2 = page(pages(out), "/guide/types/co2/");
        assertFalse(co2.get("s").getAsString().isEmpty(), "a page names its section");
        List<List<String>> co2Passages = passages(out, "/guide/types/co2/");
        assertEquals("", co2Passages.get(0).get(0), "the text before the first heading links to the page");
        assertTrue(co2Passages.get(0).get(2).startsWith("The CO2 laser removes thin layers of skin."), co2Passages.toString());
        assertEquals(List.of("risks-and-side-effects", "Risks and side effects"), co2Passages.get(1).subList(0, 2), "a heading is a passage, with its anchor");
        assertTrue(co2Passages.get(1).get(2).startsWith("Redness is expected. See Er:YAG and the diagram."), co2Passages.get(1).get(2));
        assertTrue(index(out).getAsJsonArray("stop").toString().contains("\"how\""), "the stop words travel with the index");
    }

    @Test
    void boostsAndSynonymsFromSiteYmlAndTheDataFileReachTheIndex() throws Exception {
        Path site = siteWith("search: {synonyms: words, boost: [{when: {kind: home}, by: 0.5}, {when: {evidence: good}, by: 2}]}");
        Files.writeString(site.resolve("content/_data/words.yml"), "groups:\n  - [cost, price]\noneWay:\n  Fraxel: [non-ablative fractional]\n");
        Path out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(0.5, page(pages(out), "/guide/").get("b").getAsDouble(), "a page matching a boost gets its factor");
        assertEquals(2, page(pages(out), "/guide/types/co2/").get("b").getAsDouble(), "front-matter fields count (evidence: good)");
        assertFalse(page(pages(out), "/guide/types/erbium/").has("b"), "1 is left out");
        JsonObject syn = index(out).getAsJsonObject("syn");
        assertEquals("[[\"cost\",\"price\"]]", syn.get("g").toString());
        assertEquals("{\"fraxel\":[\"non-ablative fractional\"]}", syn.get("o").toString());
    }

    @Test
    void aMissingOrMalformedSynonymsFileIsAnErrorAtItsPlace() throws Exception {
        Path site = siteWith("search: {synonyms: synonym}");
        Files.writeString(site.resolve("content/_data/synonyms.yml"), "groups:\n  - [cost]\n");
        Fixtures.Run run = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("error: search.synonyms names 'synonym', but there is no content/_data/synonym.yml (did you mean 'synonyms'?)"), run.err());
        assertTrue(run.err().matches("(?s).*site\\.yml:\\d+:20: error: search\\.synonyms.*"), "at the name in site.yml: " + run.err());

        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")).replace("synonyms: synonym}", "synonyms: synonyms}"));
        run = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/_data/synonyms.yml:2:5: error: a group needs at least two words that mean the same, found only 'cost'"), run.err());
    }

    @Test
    void maxWordsBoundsTheTextOfEachPage() throws Exception {
        Path site = siteWith("search: {maxWords: 3}");
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out.toString()).exit());
        assertEquals(List.of(List.of("", "", "Body text with")), passages(out, "/guide/guides/escaping/"));
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
        Path site = siteWith("search: {index: search.txt, maxWords: -1, colour: red, synonyms: ../x, boost: [{when: {type: reference}}, {when: {kind: home}, by: 0}, x]}");
        Fixtures.Run run = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("unknown key 'colour' in search"), run.err());
        assertTrue(run.err().contains("'index' must be a site path ending in .json"), run.err());
        assertTrue(run.err().contains("'maxWords' must be 0 (all words) or more"), run.err());
        assertTrue(run.err().contains("'synonyms' must name a data file under content/_data without its extension, found '../x'"), run.err());
        assertTrue(run.err().contains("a 'boost' item needs both 'when' (which pages) and 'by' (how much)"), run.err());
        assertTrue(run.err().contains("'by' must be a number above 0 (below 1 ranks lower, above 1 higher), found 0"), run.err());
        assertTrue(run.err().contains("each of 'boost' must be a map with 'when' and 'by'"), run.err());
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

    @Test
    void theIndexWrittenInPiecesOnManyThreadsIsWhatGsonWritesForTheWholeTree() throws Exception {
        Path site = siteWith("search: {boost: [{when: {section: guides}, by: 0.3}]}");
        Path one = tmp.resolve("one");
        Path four = tmp.resolve("four");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", one.toString(), "--threads", "1").exit());
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", four.toString(), "--threads", "4").exit());
        String text = Files.readString(one.resolve("search-index.json"));
        assertEquals(text, Files.readString(four.resolve("search-index.json")));
        // the pages' entries are joined by hand: the same text as Gson writing the tree at once (escaping included)
        assertEquals(new GsonBuilder().disableJdkUnsafe().create().toJson(JsonParser.parseString(text)), text);
        assertTrue(text.contains("\\u003c/script\\u003e"), "HTML-safe escaping");
        assertTrue(text.contains("\"b\":0.3"), text);
    }
}
