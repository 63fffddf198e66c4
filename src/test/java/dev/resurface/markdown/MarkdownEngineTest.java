package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
    final MarkdownEngine engine = new MarkdownEngine(List.of(2, 3), 5);

    @Test
    void headingIdsAreGithubStyleUniqueAndOverridable() {
        ParsedMarkdown md = engine.parse("## Risks & side effects\n\n## Risks & side effects\n\n### Why? It's “odd”\n\n## Custom {#mine}\n");
        assertTrue(md.anchors().containsAll(List.of("risks--side-effects", "risks--side-effects-1", "why-its-odd", "mine")), md.anchors().toString());
        String html = engine.render(md.document());
        assertTrue(html.contains("<h2 id=\"risks--side-effects-1\">"), html);
        assertTrue(html.contains("<h2 id=\"mine\">Custom</h2>"), html);
    }

    @Test
    void tocNestsByLevel() {
        ParsedMarkdown md = engine.parse("# Title\n\n## A\n\n### A1\n\n#### deep\n\n## B\n");
        assertEquals(2, md.toc().size(), "h1 and h4 are not in the configured levels");
        assertEquals("A", md.toc().get(0).title());
        assertEquals("a1", md.toc().get(0).children().get(0).id());
        assertEquals(List.of(), md.toc().get(1).children());
    }

    @Test
    void linksImagesAndReferencesAreCollectedWithOffsets() {
        String body = "Intro [a](a.md) and ![img](x.png).\n\n[ref]: b.md#x\n";
        ParsedMarkdown md = engine.parse(body);
        assertEquals(List.of("a.md", "x.png", "b.md#x"), md.links().stream().map(LinkUse::url).toList());
        assertEquals(body.indexOf("[a]"), md.links().get(0).offset());
        assertEquals(body.indexOf("![img]"), md.links().get(1).offset());
        assertEquals(LinkUse.Kind.REFERENCE, md.links().get(2).kind());
    }

    @Test
    void anchorsIncludeFootnotesAndRawHtmlIds() {
        ParsedMarkdown md = engine.parse("Text[^1].\n\n<div id=\"box\">x</div>\n\n[^1]: Note.\n");
        assertTrue(md.anchors().containsAll(List.of("fn-1", "fnref-1", "box")), md.anchors().toString());
    }

    @Test
    void summaryIsFirstParagraphOrTextBeforeMore() {
        assertEquals("One two three four five…", engine.parse("# H\n\nOne two three four five six seven.\n\nSecond.\n").summary());
        assertEquals("First part. Second part.", engine.parse("First part.\n\nSecond part.\n\n<!--more-->\n\nRest.\n").summary());
    }

    @Test
    void wordsAreCounted() {
        assertEquals(6, engine.parse("Don't stop: non-ablative lasers, 2 weeks.\n").words());
        assertEquals(0, PlainText.words(" -- "));
    }

    @Test
    void extensionsRender() {
        String html = engine.render(engine.parse("""
                | a | b |
                |---|---|
                | 1 | 2 |

                ~~old~~ and https://example.org and "quoted" -- dash

                Term
                : Definition

                Para {.note}

                <span class="raw">raw</span>
                """).document());
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html);
        assertTrue(html.contains("&ldquo;quoted&rdquo; &ndash; dash"), html);
        assertTrue(html.contains("<dt>Term</dt>"), html);
        assertTrue(html.contains("<p class=\"note\">Para</p>"), html);
        assertTrue(html.contains("<span class=\"raw\">raw</span>"), html);
    }

    @Test
    void quickAutolinkOnlyScansCandidates() {
        assertTrue(QuickAutolinkExtension.mayHoldLink("see https://x.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("mail me@x.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("visit WWW.x.org"));
        assertEquals(false, QuickAutolinkExtension.mayHoldLink("plain prose: nothing here"));
    }

    @Test
    void taskListItemsGetADrawnBoxNotAnUnlabelledFormControl() {
        String html = engine.render(engine.parse("- [ ] Ask who will treat me\n- [x] Done already\n- plain item\n").document());
        assertTrue(html.contains("<span class=\"task-box\" aria-hidden=\"true\"></span>Ask who will treat me"), html);
        assertTrue(html.contains("<span class=\"task-box done\" aria-hidden=\"true\">✓</span>Done already"), html);
        assertTrue(html.contains("<li>plain item</li>"), html);
        assertFalse(html.contains("<input"), html);
        assertEquals(List.of(), engine.parse("- [ ] Ask who will treat me\n").links());
    }

    @Test
    void plainTextForSearchLeavesOutMarkupAndLinkTargets() {
        ParsedMarkdown md = engine.parse("Some **bold** and a [link](other.md \"title\") and `code`.\n\n| a | b |\n|---|---|\n| c | d |\n");
        String text = engine.plainText(md.document()).replaceAll("\\s+", " ").trim();
        assertTrue(text.startsWith("Some bold and a link and code."), text);
        assertFalse(text.contains("other.md"), text);
        assertTrue(text.contains("c") && text.contains("d"), text);
    }

    @Test
    void bareWordsInBracesAreReportedAsDroppedButRealAttributesAreNot() {
        ParsedMarkdown md = engine.parse("Total ${total} here.\n\n## Heading {#custom}\n\nPara {.note}\n\nLink [x](y.md){target=_blank}\n");
        assertEquals(1, md.dropped().size(), md.dropped().toString());
        assertEquals("'{total}' was read as HTML attributes and will not be shown", md.dropped().get(0).message());
        assertEquals(7, md.dropped().get(0).offset());
    }
}
