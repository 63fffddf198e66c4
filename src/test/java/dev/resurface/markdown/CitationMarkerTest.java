package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A citation marker stays on the line of the word it follows: the space before it cannot break. */
class CitationMarkerTest {
    static final MarkdownEngine MD = new MarkdownEngine(List.of(2, 3), 40);

    private static String render(String body) {
        return MD.render(MD.parse(body).document());
    }

    @Test
    void theSpaceBeforeAMarkerIsANoBreakSpace() {
        String html = render("Wrinkles and sun damage [@a]. Redness **can last** [@b; @a].\n");
        assertTrue(html.contains("sun damage&nbsp;<sup class=\"cite\" id=\"cite-ref-1\">"), html);
        assertTrue(html.contains("<strong>can last</strong>&nbsp;<sup class=\"cite\""), html);
        assertTrue(!html.contains(" <sup"), html);
    }

    @Test
    void aLineBreakBeforeAMarkerIsANoBreakSpaceToo() {
        String html = render("No laser lifts sagging skin\n[@a]. Next line\nof text.\n");
        assertTrue(html.contains("sagging skin&nbsp;<sup class=\"cite\""), html);
        assertTrue(html.contains("Next line\nof text."), "other line breaks stay: " + html);
    }

    @Test
    void textWithoutAMarkerAndAMarkerWithoutASpaceAreUnchanged() {
        assertEquals("<p>Plain &amp; simple text.</p>\n", render("Plain &amp; simple text.\n"));
        String html = render("Close[@a] up.\n");
        assertTrue(html.contains("Close<sup class=\"cite\""), html);
    }

    @Test
    void flexmarksOwnTextRendererGluesTheMarkerAlike() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(ResurfaceSyntax.create()));
        var doc = Parser.builder(options).build().parse("Sun damage [@a] and\n[@b] \\& more.\n");
        String fast = HtmlRenderer.builder(options).build().render(doc);
        options.set(Parser.EXTENSIONS, List.of(ResurfaceSyntax.withCoreText()));
        String core = HtmlRenderer.builder(options).build().render(doc);
        // without the build's source numbers a marker shows as written, still glued to its word
        assertTrue(core.contains("damage&nbsp;[@a]") && core.contains("and&nbsp;[@b]"), core);
        assertEquals(fast, core);
    }
}
