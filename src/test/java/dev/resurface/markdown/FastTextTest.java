package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.resurface.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fast plain-text paths give exactly what flexmark's own character-at-a-time code gives. */
@Tag("slow") // compares with flexmark on every spec example and 2,000 random texts
class FastTextTest {
    /** A renderer with only these extensions (the parser's options would bring its own). */
    private static HtmlRenderer renderer(ResurfaceSyntax syntax) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(syntax, TypographicExtension.create()));
        return HtmlRenderer.builder(options).build();
    }

    @Test
    void theTextRendererMatchesFlexmarksOnEverySpecExampleAndOnTrickyText() throws Exception {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(ResurfaceSyntax.create(), TypographicExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer fast = renderer(ResurfaceSyntax.create());
        HtmlRenderer core = renderer(ResurfaceSyntax.withCoreText());
        List<String> inputs = new ArrayList<>(Fixtures.commonMarkSpecExamples());
        inputs.addAll(List.of("a\0b \\* &amp; &copy; &#35; x", "line\r\nbreak\rend\r", "<tag> & \"quotes\" 'single' — dash…",
                "non-ablative\u2019s 2,000 \\\\ back\\slash", "é ü 中文 \uD83D\uDE00 end"));
        Random r = new Random(11);
        String alphabet = "ab \\&;#*_\r\n\0<>\"'`[]()!-–—…’é";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            inputs.add(sb.toString());
        }
        for (String in : inputs) {
            var doc = parser.parse(in);
            assertEquals(core.render(doc), fast.render(doc), () -> "input: " + in);
            var asBuilt = parser.parse(MarkdownEngine.source(in)); // as MarkdownEngine hands bodies to flexmark
            assertEquals(core.render(doc), fast.render(asBuilt), () -> "input, as a build parses it: " + in);
        }
    }

    @Test
    void seqsStringEqualsToStringForSlicesAndStitchedSequences() {
        String base = "héllo\0wörld — \uD83D\uDE00 end";
        BasedSequence all = BasedSequence.of(base);
        for (int a = 0; a <= base.length(); a++) {
            for (int b = a; b <= base.length(); b++) {
                BasedSequence s = all.subSequence(a, b);
                assertEquals(s.toString(), Seqs.string(s));
            }
        }
        BasedSequence stitched = all.subSequence(0, 3).append(all.subSequence(6, 9));
        assertEquals(stitched.toString(), Seqs.string(stitched));
        assertNotSame(null, Seqs.string(BasedSequence.NULL));
        assertEquals("", Seqs.string(BasedSequence.NULL));
    }
}
