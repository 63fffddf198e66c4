package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequenceTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MarkdownEngine}: heading ids, toc, anchors, links, words, summary, and what the extensions render. */
class MarkdownEngineTest {
    private final MarkdownEngine engine = new MarkdownEngine(List.of(2, 3), 5);

    private String html(String md) {
        return engine.render(engine.parse(md).document());
    }

    // ---- heading ids

    @Test
    void headingIdsAreGithubStyle() {
        ParsedMarkdown md = engine.parse("## Risks & side effects\n\n## C++ & Java 17!\n\n## Why? It's “odd”\n");
        assertEquals(List.of("risks--side-effects", "c--java-17", "why-its-odd"), List.copyOf(md.anchors()));
    }

    @Test
    void nonAsciiLettersAreKeptAndLowerCased() {
        ParsedMarkdown md = engine.parse("## Ünïcode Straße\n");
        assertTrue(md.anchors().contains("ünïcode-straße"), md.anchors().toString());
    }

    @Test
    void duplicateHeadingsGetNumberedIds() {
        ParsedMarkdown md = engine.parse("# Hello World\n\n## Hello World\n\n## Hello World\n");
        assertEquals(List.of("hello-world", "hello-world-1", "hello-world-2"), List.copyOf(md.anchors()));
        String html = engine.render(md.document());
        assertTrue(html.contains("<h1 id=\"hello-world\">Hello World</h1>"), html);
        assertTrue(html.contains("<h2 id=\"hello-world-1\">Hello World</h2>"), html);
        assertTrue(html.contains("<h2 id=\"hello-world-2\">Hello World</h2>"), html);
    }

    @Test
    void explicitIdReplacesTheGeneratedOne() {
        ParsedMarkdown md = engine.parse("## Custom heading {#mine}\n");
        assertEquals(List.of("mine"), List.copyOf(md.anchors()));
        assertTrue(engine.render(md.document()).contains("<h2 id=\"mine\">Custom heading</h2>"));
        assertEquals("mine", md.toc().get(0).id());
        assertEquals("Custom heading", md.toc().get(0).title(), "the attribute is not part of the title");
    }

    @Test
    void idAndClassTogether() {
        String html = html("# Title {.big #custom}\n");
        assertTrue(html.contains("<h1 id=\"custom\" class=\"big\">Title</h1>"), html);
    }

    // ---- table of contents

    @Test
    void tocNestsH3UnderTheH2Before() {
        ParsedMarkdown md = engine.parse("## A\n\n### A1\n\n### A2\n\n## B\n\n### B1\n");
        assertEquals(List.of(
                new TocEntry(2, "a", "A", List.of(new TocEntry(3, "a1", "A1", List.of()), new TocEntry(3, "a2", "A2", List.of()))),
                new TocEntry(2, "b", "B", List.of(new TocEntry(3, "b1", "B1", List.of())))), md.toc());
    }

    @Test
    void tocLeavesOutLevelsNotConfigured() {
        ParsedMarkdown md = engine.parse("# Title\n\n## A\n\n#### deep\n\n### A1\n");
        assertEquals(List.of(new TocEntry(2, "a", "A", List.of(new TocEntry(3, "a1", "A1", List.of())))), md.toc());
        assertTrue(md.anchors().containsAll(List.of("title", "deep")), "every heading is still an anchor");
    }

    @Test
    void tocStartingDeeperKeepsBothAtTopLevel() {
        ParsedMarkdown md = engine.parse("### Starts deep\n\n## Then two\n");
        assertEquals(List.of(3, 2), md.toc().stream().map(TocEntry::level).toList());
    }

    @Test
    void tocLevelsComeFromTheOptions() {
        MarkdownEngine e = new MarkdownEngine(List.of(1, 4), 40);
        ParsedMarkdown md = e.parse("# One\n\n## Two\n\n#### Four\n");
        assertEquals(List.of(new TocEntry(1, "one", "One", List.of(new TocEntry(4, "four", "Four", List.of())))), md.toc());
    }

    @Test
    void noTocLevelsNoToc() {
        assertEquals(List.of(), new MarkdownEngine(List.of(), 40).parse("## A\n\n### B\n").toc());
    }

    @Test
    void tocTitlesArePlainTextWithTypography() {
        ParsedMarkdown md = engine.parse("## The *“best”* `code` -- option\n");
        assertEquals("The “best” code – option", md.toc().get(0).title());
    }

    @Test
    void nestBuildsATreeFromAFlatList() {
        List<TocEntry> flat = List.of(
                new TocEntry(2, "a", "A", List.of()), new TocEntry(3, "b", "B", List.of()), new TocEntry(4, "c", "C", List.of()),
                new TocEntry(3, "d", "D", List.of()), new TocEntry(2, "e", "E", List.of()));
        List<TocEntry> tree = MarkdownEngine.nest(flat);
        assertEquals(2, tree.size());
        assertEquals(List.of("b", "d"), tree.get(0).children().stream().map(TocEntry::id).toList());
        assertEquals("c", tree.get(0).children().get(0).children().get(0).id());
        assertEquals(List.of(), tree.get(1).children());
    }

    // ---- anchors

    @Test
    void footnotesAddTheirIds() {
        ParsedMarkdown md = engine.parse("Hello[^n] and[^m].\n\n[^n]: Note.\n[^m]: Other.\n");
        assertTrue(md.anchors().containsAll(List.of("fn-1", "fnref-1", "fn-2", "fnref-2")), md.anchors().toString());
        String html = engine.render(md.document());
        for (String id : List.of("fn-1", "fnref-1", "fn-2", "fnref-2")) assertTrue(html.contains("id=\"" + id + "\""), id + " in " + html);
    }

    @Test
    void undefinedFootnoteAddsNoAnchor() {
        ParsedMarkdown md = engine.parse("Ref[^missing].\n");
        assertEquals(List.of(), List.copyOf(md.anchors()));
    }

    @Test
    void rawHtmlIdsAreAnchors() {
        ParsedMarkdown md = engine.parse("<div id=\"box\">x</div>\n\nText <span id='inline'>y</span>.\n");
        assertTrue(md.anchors().containsAll(List.of("box", "inline")), md.anchors().toString());
    }

    @Test
    void attributeIdsOnParagraphsAreAnchors() {
        ParsedMarkdown md = engine.parse("A paragraph {#para}\n");
        assertTrue(md.anchors().contains("para"), md.anchors().toString());
    }

    // ---- links

    @Test
    void linksImagesAndReferencesAreCollectedWithOffsetsInDocumentOrder() {
        String body = "Intro [a](a.md \"t\") and ![img](x.png).\n\nSee [ref][r].\n\n[r]: b.md#x\n";
        ParsedMarkdown md = engine.parse(body);
        assertEquals(List.of("a.md", "x.png", "b.md#x"), md.links().stream().map(LinkUse::url).toList());
        assertEquals(List.of(LinkUse.Kind.LINK, LinkUse.Kind.IMAGE, LinkUse.Kind.REFERENCE), md.links().stream().map(LinkUse::kind).toList());
        assertEquals(body.indexOf("[a]"), md.links().get(0).offset());
        assertEquals(body.indexOf("![img]"), md.links().get(1).offset());
        assertEquals(body.indexOf("[r]:"), md.links().get(2).offset());
    }

    @Test
    void referenceLinkUsesAreNotCollectedTwice() {
        ParsedMarkdown md = engine.parse("[one][r] and [two][r]\n\n[r]: b.md\n");
        assertEquals(1, md.links().size(), "the definition is checked once");
    }

    @Test
    void rawHtmlHrefAndSrcAreCollectedAtTheAttribute() {
        String body = "Text <a href=\"/x/\">x</a>.\n\n<img src='p.png' alt=''>\n";
        ParsedMarkdown md = engine.parse(body);
        assertEquals(List.of(LinkUse.Kind.RAW_HTML, LinkUse.Kind.RAW_HTML), md.links().stream().map(LinkUse::kind).toList());
        assertEquals(List.of("/x/", "p.png"), md.links().stream().map(LinkUse::url).toList());
        assertEquals(body.indexOf("href="), md.links().get(0).offset());
        assertEquals(body.indexOf("src="), md.links().get(1).offset());
    }

    @Test
    void linkOffsetsAreRelativeToTheBodyGiven() {
        String body = "line one\n\nline two [x](y.md)\n";
        assertEquals(body.indexOf("[x]"), engine.parse(body).links().get(0).offset());
    }

    @Test
    void bareUrlsBecomeLinksButAreNotCollected() {
        ParsedMarkdown md = engine.parse("Visit https://example.org and www.example.com or mail me@example.org.\n");
        assertEquals(List.of(), md.links());
        String html = engine.render(md.document());
        assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html);
        assertTrue(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"), html);
        assertTrue(html.contains("mailto:me@example.org"), html);
    }

    @Test
    void linkNodeIsTheFlexmarkNodeSoItCanBeRewritten() {
        ParsedMarkdown md = engine.parse("[a](a.md)\n");
        assertTrue(md.links().get(0).node() instanceof com.vladsch.flexmark.ast.Link);
    }

    // ---- words

    @Test
    void wordsAreRunsOfLettersOrDigits() {
        assertEquals(6, engine.parse("Don't stop: non-ablative lasers, 2 weeks.\n").words());
        assertEquals(3, engine.parse("# Title\n\nTwo words\n").words(), "headings count");
        assertEquals(3, engine.parse("`code words here`\n").words(), "code counts");
    }

    @Test
    void countWordsHandlesEdgeCases() {
        assertEquals(0, PlainText.words(""));
        assertEquals(0, PlainText.words(" -- ... "));
        assertEquals(1, PlainText.words("don’t"), "typographic apostrophe joins too");
        assertEquals(2, PlainText.words("end- start"), "a trailing hyphen splits");
        assertEquals(2, PlainText.words("a'"+ " b"));
        assertEquals(3, PlainText.words("Ünïcode naïve café"));
    }

    @Test
    void footnoteMarksAndAttributesAreNotWords() {
        assertEquals(2, engine.parse("Two words {.note}\n").words());
    }

    // ---- summary

    @Test
    void summaryIsTheFirstParagraph() {
        assertEquals("One two three four five.", engine.parse("# Heading\n\nOne two three four five.\n\nSecond.\n").summary());
    }

    @Test
    void summarySkipsListsBeforeTheFirstParagraph() {
        assertEquals("First para.", engine.parse("- item one\n- item two\n\nFirst para.\n").summary());
    }

    @Test
    void summaryIsTruncatedToSummaryWordsWithAnEllipsis() {
        assertEquals("One two three four five…", engine.parse("One two three four five six seven.\n").summary());
    }

    @Test
    void summaryOfExactlySummaryWordsIsNotTruncated() {
        assertEquals("One two three four five.", engine.parse("One two three four five.\n").summary());
    }

    @Test
    void summaryIsPlainTextWithoutMarkupOrFootnoteMarks() {
        assertEquals("Bold and link text.", new MarkdownEngine(List.of(2), 40).parse("**Bold** and [link text](a.md)[^1].\n\n[^1]: Note.\n").summary());
    }

    @Test
    void summaryCollapsesLineBreaks() {
        assertEquals("one two three", new MarkdownEngine(List.of(2), 40).parse("one\ntwo  \nthree\n").summary());
    }

    @Test
    void textBeforeMoreIsTheSummaryAndIsNotTruncated() {
        ParsedMarkdown md = engine.parse("First part has six words here.\n\nSecond part.\n\n<!--more-->\n\nRest.\n");
        assertEquals("First part has six words here. Second part.", md.summary());
    }

    @Test
    void headingsBeforeMoreAreLeftOutOfTheSummary() {
        assertEquals("Intro.", engine.parse("# Heading\n\nIntro.\n\n<!--more-->\n\nBody.\n").summary());
        assertEquals("", engine.parse("# Heading only\n\n<!--more-->\n\nBody.\n").summary());
    }

    @Test
    void moreMarkerIsCaseInsensitive() {
        assertEquals("Intro one two three four five six.", engine.parse("Intro one two three four five six.\n\n<!--MORE-->\n\nRest.\n").summary());
    }

    @Test
    void moreInsideAParagraphIsNotAMarker() {
        assertEquals("Para with inline.", new MarkdownEngine(List.of(2), 40).parse("Para with <!--more--> inline.\n\nNext.\n").summary());
    }

    @Test
    void noParagraphNoSummary() {
        assertEquals("", engine.parse("# Only a heading\n").summary());
        assertEquals("", engine.parse("").summary());
    }

    @Test
    void truncateWordsKeepsShortTextAndCutsLongText() {
        assertEquals("a b", MarkdownEngine.truncateWords("a b", 2));
        assertEquals("a b…", MarkdownEngine.truncateWords("a b c", 2));
    }

    // ---- rendering

    @Test
    void tablesRenderWithAlignment() {
        String html = html("| h1 | h2 |\n|:---|---:|\n| a | b |\n");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th align=\"left\">h1</th><th align=\"right\">h2</th>"), html);
        assertTrue(html.contains("<td align=\"left\">a</td><td align=\"right\">b</td>"), html);
    }

    @Test
    void missingTableCellsAreAddedAndExtraOnesDropped() {
        String html = html("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n");
        assertFalse(html.contains(">3<"), html);
        assertEquals(2, html.split("<tr>", -1).length - 1 - 1, "two body rows");
        assertTrue(html.contains("<tr><td>1</td><td></td></tr>"), html);
    }

    @Test
    void strikethroughRenders() {
        assertTrue(html("~~old~~ new\n").contains("<del>old</del> new"));
    }

    @Test
    void footnotesRenderAsASectionAtTheEnd() {
        String html = html("Text[^1]\n\n[^1]: Foot.\n");
        assertTrue(html.contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>"), html);
        assertTrue(html.contains("<div class=\"footnotes\">"), html);
        assertTrue(html.contains("<li id=\"fn-1\">"), html);
    }

    @Test
    void definitionListsRender() {
        String html = html("Term\n: Definition\n");
        assertTrue(html.contains("<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>"), html);
    }

    @Test
    void typographicQuotesAndDashes() {
        String html = html("\"Quotes\" and 'single' -- and --- and ...\n");
        assertEquals("<p>&ldquo;Quotes&rdquo; and &lsquo;single&rsquo; &ndash; and &mdash; and &hellip;</p>\n", html);
    }

    @Test
    void apostrophesBecomeTypographic() {
        assertTrue(html("Don't\n").contains("Don&rsquo;t"));
    }

    @Test
    void classAttributeOnAParagraph() {
        assertEquals("<p class=\"note\">Para</p>\n", html("Para {.note}\n"));
    }

    @Test
    void rawHtmlPassesThrough() {
        String html = html("<div class=\"x\">\n<p>raw</p>\n</div>\n\nAfter <b>bold</b>.\n");
        assertTrue(html.startsWith("<div class=\"x\">\n<p>raw</p>\n</div>\n"), html);
        assertTrue(html.contains("<p>After <b>bold</b>.</p>"), html);
    }

    @Test
    void softBreaksStayNewlines() {
        assertEquals("<p>one\ntwo</p>\n", html("one\ntwo\n"));
    }

    @Test
    void textIsHtmlEscaped() {
        assertEquals("<p>a &lt; b &amp;&amp; c</p>\n", html("a \\< b && c\n"));
    }

    @Test
    void nodeAttributesAreAppliedToTheirNodeWhenRendering() {
        ParsedMarkdown md = engine.parse("![alt](x.png)\n");
        MarkdownEngine.NODE_ATTRIBUTES.get(md.document()).put(md.links().get(0).node(), java.util.Map.of("width", "12", "height", "7"));
        String html = engine.render(md.document());
        assertTrue(html.contains("width=\"12\""), html);
        assertTrue(html.contains("height=\"7\""), html);
    }

    @Test
    void eachParseHasItsOwnAttributeMap() {
        ParsedMarkdown a = engine.parse("![a](a.png)\n");
        ParsedMarkdown b = engine.parse("![b](b.png)\n");
        MarkdownEngine.NODE_ATTRIBUTES.get(a.document()).put(a.links().get(0).node(), java.util.Map.of("width", "1"));
        assertTrue(MarkdownEngine.NODE_ATTRIBUTES.get(b.document()).isEmpty());
        assertFalse(engine.render(b.document()).contains("width"));
    }

    @Test
    void quickAutolinkOnlyScansCandidates() {
        assertTrue(QuickAutolinkExtension.mayHoldLink("see https://x.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("mail me@x.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("visit WWW.x.org"));
        assertFalse(QuickAutolinkExtension.mayHoldLink("plain prose: nothing here"));
    }

    @Test
    void taskListItemsGetADrawnBoxNotAnUnlabelledFormControl() {
        String html = html("- [ ] Ask who will treat me\n- [x] Done already\n- plain item\n");
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

    @Test
    void parsedMarkdownCollectionsAreImmutable() {
        ParsedMarkdown md = engine.parse("## A\n\n[x](y.md)\n");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> md.anchors().add("z"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> md.links().clear());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> md.toc().clear());
    }

    @Test
    void textStitchedFromPiecesIsAFullSegmentedSequenceNotATree() {
        // a tree makes a ThreadLocal per instance: hundreds of thousands of them in a large build
        var doc = engine.parse("- first line\n  second line\n\n> quoted\n> on two lines\n").document();
        int stitched = 0;
        for (var n : doc.getDescendants()) {
            if (n.getChars() instanceof SegmentedSequence) stitched++;
            assertFalse(n.getChars() instanceof SegmentedSequenceTree, n + " is a " + n.getChars().getClass().getSimpleName());
        }
        assertTrue(stitched > 0, "the input has text stitched from pieces");
    }

    @Test
    void plainSlicesOfTheBodyReadAsTheBodyDoes() {
        String body = "a\0b \u201Cquoted\u201D text";
        var chars = MarkdownEngine.source(body).subSequence(2, body.length());
        assertEquals(chars.toString(), Seqs.string(chars), "the fast copy gives flexmark's characters, NUL as U+FFFD");
        assertEquals("\uFFFDb \u201Cquoted\u201D text", Seqs.string(MarkdownEngine.source(body).subSequence(1, body.length())));
    }
}
