package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Citations and shortcodes as the parser reads them, and how they render. */
class ResurfaceSyntaxTest {
    static final MarkdownEngine MD = new MarkdownEngine(List.of(2, 3), 40);

    @Test
    void citationsAreNumberedByFirstUseWithIdOffsets() {
        String body = "One [@b]. Two [@a; @b]. Three [@c,@a].\n";
        ParsedMarkdown md = MD.parse(body);
        assertEquals(List.of("b", "a", "c"), md.cited());
        assertEquals(3, md.citations().size());
        Citation second = md.citations().get(1);
        assertEquals(List.of("a", "b"), second.ids());
        assertEquals(body.indexOf("a;"), (int) second.offsets().get(0));
        assertEquals(body.indexOf("@b]", body.indexOf("Two")) + 1, (int) second.offsets().get(1), "second id of the second citation");
        assertTrue(md.anchors().containsAll(List.of("source-1", "source-2", "source-3", "cite-ref-1", "cite-ref-3")));
        String html = MD.render(md.document());
        assertTrue(html.contains("<sup class=\"cite\" id=\"cite-ref-2\">[<a href=\"#source-2\">2</a>, <a href=\"#source-1\">1</a>]</sup>"), html);
    }

    @Test
    void citationSyntaxIsNotReadInCodeOrAsAnEmailLink() {
        ParsedMarkdown md = MD.parse("`[@x]` and [@handle](https://example.org/) and [not @ citation].\n");
        assertEquals(List.of(), md.citations());
        assertTrue(MD.render(md.document()).contains("<a href=\"https://example.org/\">@handle</a>"));
    }

    @Test
    void malformedCitationsKeepTheirProblemAndRenderAsText() {
        for (String bad : List.of("[@a @b]", "[@]", "[@a;]", "[@a; b]", "[@-x]")) {
            ParsedMarkdown md = MD.parse("Text " + bad + ".\n");
            assertEquals(1, md.citations().size(), bad);
            assertTrue(!md.citations().get(0).problem().isEmpty(), bad);
            assertTrue(MD.render(md.document()).contains(bad.replace("<", "&lt;")), bad);
        }
    }

    @Test
    void shortcodeArgumentsAreTyped() {
        ParsedMarkdown md = MD.parse("{{< table data=\"treatments\" n=3 ratio=2.5 on=true label='single' esc=\"a \\\"q\\\"\" >}}\n");
        Shortcode sc = md.shortcodes().get(0);
        assertEquals("table", sc.name());
        assertEquals("", sc.problem());
        assertEquals(Map.of("data", "treatments", "n", 3L, "ratio", 2.5, "on", true, "label", "single", "esc", "a \"q\""), 
                Map.copyOf(Map.of("data", sc.args().get("data"), "n", sc.args().get("n"), "ratio", sc.args().get("ratio"),
                        "on", sc.args().get("on"), "label", sc.args().get("label"), "esc", sc.args().get("esc"))));
        assertTrue(sc.isBlock(), "alone in its paragraph");
    }

    @Test
    void inlineShortcodeStaysInItsParagraphAndQuotesInsideAreNotTypographic() {
        ParsedMarkdown md = MD.parse("Before {{< x a=\"b\" >}} after.\n");
        Shortcode sc = md.shortcodes().get(0);
        assertEquals(false, sc.isBlock());
        md.document().set(ResurfaceSyntax.SHORTCODES, s -> "<span>" + s.args().get("a") + "</span>");
        assertEquals("<p>Before <span>b</span> after.</p>\n", MD.render(md.document()));
    }

    @Test
    void blockShortcodeIsNotWrappedInAParagraph() {
        ParsedMarkdown md = MD.parse("Text.\n\n{{< box >}}\n\nMore.\n");
        md.document().set(ResurfaceSyntax.SHORTCODES, s -> "<div>box</div>");
        assertEquals("<p>Text.</p>\n<div>box</div>\n<p>More.</p>\n", MD.render(md.document()));
    }

    @Test
    void unclosedShortcodeIsAProblemNotText() {
        ParsedMarkdown md = MD.parse("{{< box title=\"x\"\n");
        assertTrue(md.shortcodes().get(0).problem().startsWith("cannot read this shortcode"));
    }

    @Test
    void proseBlocksMapEveryCharacterBackToTheBody() {
        String body = "Some *very* `code` [link](x.md) text [@a].\n\n> Quoted painless.\n\n| a | b |\n|---|---|\n| cell | two |\n";
        List<Prose.Block> blocks = Prose.of(MD.parse(body).document());
        assertEquals("Some very code link text .", blocks.get(0).text().strip());
        Prose.Block first = blocks.get(0);
        int i = first.text().indexOf("link");
        assertEquals(body.indexOf("link"), first.offsetOf(i));
        assertTrue(blocks.get(1).quoted());
        assertEquals(Prose.Kind.CELL, blocks.get(blocks.size() - 1).kind());
    }
}
