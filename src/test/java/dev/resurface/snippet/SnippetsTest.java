package dev.resurface.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.content.ContentScanner;
import dev.resurface.content.SourceFile;
import dev.resurface.content.SourceMap;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding snippet calls in a page body, and mapping every character back to the file it was written in. */
class SnippetsTest {
    @TempDir
    Path content;
    final Diagnostics loadProblems = new Diagnostics();

    private Snippets snippets(Map<String, String> files) throws Exception {
        List<ContentScanner.Entry> entries = new java.util.ArrayList<>();
        for (var f : new java.util.TreeMap<>(files).entrySet()) {
            Path p = content.resolve("_snippets/" + f.getKey() + ".md");
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
            entries.add(new ContentScanner.Entry(p, "_snippets/" + f.getKey() + ".md"));
        }
        return Snippets.load(entries, loadProblems);
    }

    private static SourceFile page(String body) {
        return SourceFile.of("content/guides/p.md", "guides/p.md", Path.of("p.md"), "---\ntitle: P\n---\n" + body);
    }

    private static Snippets.Expanded expand(Snippets s, SourceFile page) {
        return s.expand(page, page.text().indexOf("---\n", 4) + 4);
    }

    private static List<String> messages(Snippets.Expanded e) {
        return e.problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aCallOnItsOwnLineIsReplacedByTheSnippetAsIfWrittenThere() throws Exception {
        Snippets s = snippets(Map.of("fact", "---\ntitle: The fact\ndescription: For editors.\n---\nA fact [@src].\n"));
        Snippets.Expanded e = expand(s, page("Before.\n\n{{< snippet \"fact\" >}}\n\nAfter.\n"));
        assertEquals("Before.\n\nA fact [@src].\n\nAfter.\n", e.body());
        assertEquals(List.of(), e.problems());
        assertEquals(List.of(), loadProblems.all(), "title and description are allowed in a snippet's front matter");
        assertEquals(Map.of("fact", s.get("fact").orElseThrow().hash()), e.map().snippets());
    }

    @Test
    void everyCharacterMapsBackToItsOwnFileWithWhereItWasIncluded() throws Exception {
        Snippets s = snippets(Map.of("outer", "Outer line one.\n\n  {{< snippet 'inner' >}}\n", "inner", "Inner [x](../other.md).\n"));
        Snippets.Expanded e = expand(s, page("Intro.\n\n{{< snippet \"outer\" >}}\nTail here.\n"));
        String body = e.body();
        SourceMap.Where page = e.map().at(body.indexOf("Intro"));
        assertEquals(new SourceMap.Where("content/guides/p.md", 4, 1, ""), page);
        assertEquals(new SourceMap.Where("content/_snippets/outer.md", 1, 7, "included from content/guides/p.md:6:1"), e.map().at(body.indexOf("line one")));
        assertEquals(new SourceMap.Where("content/_snippets/inner.md", 1, 7,
                "included from content/_snippets/outer.md:3:3, itself included from content/guides/p.md:6:1"), e.map().at(body.indexOf("[x]")));
        assertEquals(new SourceMap.Where("content/guides/p.md", 7, 6, ""), e.map().at(body.indexOf("here")));
        assertEquals("_snippets", e.map().dirAt(body.indexOf("[x]")), "a relative link starts from the snippet's folder");
        assertEquals("guides", e.map().dirAt(body.indexOf("Tail")));
        assertEquals("reword it; included from content/guides/p.md:6:1", e.map().at(body.indexOf("line one")).hint("reword it"));
    }

    @Test
    void anIndentedCallIndentsEveryLineSoItStaysInTheListItem() throws Exception {
        Snippets s = snippets(Map.of("two", "First line.\n\nSecond paragraph.\n"));
        Snippets.Expanded e = expand(s, page("- Item\n\n  {{< snippet \"two\" >}}\n- Next\n"));
        assertEquals("- Item\n\n  First line.\n\n  Second paragraph.\n- Next\n", e.body());
        assertEquals(new SourceMap.Where("content/_snippets/two.md", 3, 1, "included from content/guides/p.md:6:3"),
                e.map().at(e.body().indexOf("Second")));
    }

    @Test
    void aSnippetWithoutAFinalNewlineOrEmptyStillEndsItsLine() throws Exception {
        Snippets s = snippets(Map.of("bare", "No newline at the end.", "empty", ""));
        assertEquals("No newline at the end.\nNext.\n", expand(s, page("{{< snippet \"bare\" >}}\nNext.\n")).body());
        assertEquals("A.\n\nB.\n", expand(s, page("A.\n{{< snippet \"empty\" >}}\nB.\n")).body(), "an empty snippet leaves an empty line");
    }

    @Test
    void callsInFencedCodeAreLeftAsWritten() throws Exception {
        Snippets s = snippets(Map.of("fact", "A fact.\n"));
        String body = "```\n{{< snippet \"fact\" >}}\n```\n~~~~\n{{< snippet \"fact\" >}}\n~~~\n~~~~\n{{< snippet \"fact\" >}}\n";
        assertEquals("```\n{{< snippet \"fact\" >}}\n```\n~~~~\n{{< snippet \"fact\" >}}\n~~~\n~~~~\nA fact.\n", expand(s, page(body)).body());
    }

    @Test
    void anUnknownNameIsAnErrorAtTheCallWithDidYouMeanAndIsRememberedAsMissing() throws Exception {
        Snippets s = snippets(Map.of("isotretinoin", "Text.\n", "sagging", "Text.\n"));
        Snippets.Expanded e = expand(s, page("Intro.\n\n  {{< snippet \"isotretinion\" >}}\n{{< snippet \"nothing-like-it\" >}}\n"));
        assertEquals(List.of(
                "content/guides/p.md:6:3: error: unknown snippet 'isotretinion' (no content/_snippets/isotretinion.md) (did you mean 'isotretinoin'?)",
                "content/guides/p.md:7:1: error: unknown snippet 'nothing-like-it' (no content/_snippets/nothing-like-it.md) (available: isotretinoin, sagging)"),
                messages(e));
        assertEquals("Intro.\n\n\n\n", e.body(), "a failed call leaves an empty line");
        assertEquals(Map.of("isotretinion", "", "nothing-like-it", ""), e.map().snippets(), "creating the file later must parse the page again");
    }

    @Test
    void aSnippetIncludingItselfIsAnErrorNotAStackOverflow() throws Exception {
        Snippets s = snippets(Map.of("a", "A.\n{{< snippet \"b\" >}}\n", "b", "B.\n{{< snippet \"a\" >}}\n", "self", "S.\n{{< snippet \"self\" >}}\n"));
        Snippets.Expanded e = expand(s, page("{{< snippet \"a\" >}}\n{{< snippet \"self\" >}}\n"));
        assertEquals(List.of(
                "content/_snippets/b.md:2:1: error: snippet 'a' includes itself: a → b → a (a snippet cannot include itself, directly or through another snippet; "
                        + "included from content/_snippets/a.md:2:1, itself included from content/guides/p.md:4:1)",
                "content/_snippets/self.md:2:1: error: snippet 'self' includes itself: self → self (a snippet cannot include itself, directly or through another snippet; "
                        + "included from content/guides/p.md:5:1)"),
                messages(e));
        assertEquals("A.\nB.\n\nS.\n\n", e.body());
    }

    @Test
    void snippetsIncludedManyTimesOverThroughOthersAreStopped() throws Exception {
        Map<String, String> files = new java.util.HashMap<>();
        for (int i = 0; i < 15; i++) files.put("s" + i, "{{< snippet \"s" + (i + 1) + "\" >}}\n{{< snippet \"s" + (i + 1) + "\" >}}\n");
        files.put("s15", "x".repeat(1000) + "\n");
        Snippets s = snippets(files);
        Snippets.Expanded e = expand(s, page("{{< snippet \"s0\" >}}\n"));
        assertEquals(1, e.problems().size(), messages(e).toString());
        assertTrue(e.problems().get(0).message().startsWith("snippets add more than 4000000 characters to this page"), messages(e).toString());
        assertTrue(e.body().length() <= Expander.MAX_ADDED + 10_000, "stopped: " + e.body().length());
    }

    @Test
    void aChainDeeperThanTheLimitIsAnError() throws Exception {
        Map<String, String> files = new java.util.HashMap<>();
        for (int i = 0; i < 40; i++) files.put("d" + i, "{{< snippet \"d" + (i + 1) + "\" >}}\n");
        files.put("d40", "End.\n");
        Snippets.Expanded e = expand(snippets(files), page("{{< snippet \"d0\" >}}\n"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).format().startsWith("content/_snippets/d15.md:1:1: error: snippets are nested more than 16 deep here"), messages(e).toString());
    }

    @Test
    void aMalformedCallOnItsOwnLineIsReportedNotDropped() throws Exception {
        Snippets s = snippets(Map.of("fact", "A fact.\n"));
        Snippets.Expanded e = expand(s, page("{{< snippet fact >}}\n{{< snippet \"../x\" >}}\n"));
        assertEquals(List.of(
                "content/guides/p.md:4:1: error: cannot read this snippet call (write {{< snippet \"name\" >}} on a line of its own, for content/_snippets/name.md)",
                "content/guides/p.md:5:1: error: '../x' is not a snippet name (name a file under content/_snippets/ without '.md', e.g. {{< snippet \"isotretinoin\" >}})"),
                messages(e));
    }

    @Test
    void frontMatterMayOnlyHoldTitleAndDescription() throws Exception {
        snippets(Map.of("bad", "---\ntitle: Fine\ntitel: Typo\nweight: 3\n---\nText.\n", "unclosed", "---\ntitle: Never closed\n"));
        assertEquals(List.of(
                "content/_snippets/bad.md:3:1: error: unknown key 'titel' in a snippet's front matter (did you mean 'title'?)",
                "content/_snippets/bad.md:4:1: error: unknown key 'weight' in a snippet's front matter (known keys: title, description)",
                "content/_snippets/unclosed.md:1:1: error: front matter is not closed (add a '---' line after the last front-matter field (file has 2 lines))"),
                loadProblems.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void unchangedComparesEveryReadSnippetIncludingMissingOnes() throws Exception {
        Snippets s = snippets(Map.of("fact", "A fact.\n"));
        String hash = s.fingerprint("fact");
        assertTrue(s.unchanged(Map.of("fact", hash, "gone", "")));
        assertEquals(false, s.unchanged(Map.of("fact", "0" + hash)));
        assertEquals(false, s.unchanged(Map.of("gone", "abc")), "a snippet that was read and is now deleted");
    }
}
