package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import dev.resurface.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The streaming word count equals counting the built plain text with the original character loop. */
@Tag("slow") // compares 20,000 random texts and every spec example with a reference
class PlainTextWordsTest {
    /** The word count as first written: a loop over the finished string, looking one character ahead. */
    private static int reference(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) count++;
                inWord = true;
            } else if (inWord && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
                continue;
            } else {
                inWord = false;
            }
        }
        return count;
    }

    @Test
    void randomStringsCountAsTheReferenceDoes() {
        Random r = new Random(3);
        String alphabet = "ab9 '’--.,\n\té中\0";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(reference(s), PlainText.words(s), () -> "'" + s + "'");
        }
    }

    @Test
    void documentsCountAsTheirPlainText() throws Exception {
        MarkdownEngine engine = new MarkdownEngine(List.of(2, 3), 30);
        List<String> inputs = new ArrayList<>(Fixtures.commonMarkSpecExamples());
        inputs.add("Don'\n't split -- non-\nablative ‘quoted’ words… 2,000 [@cite] {{< sc >}} &amp; x&#45;y *em*-dash\n");
        inputs.add("a'" + "x".repeat(600) + "-b\n\n| c'd | e- |\n|---|---|\n| f | -g |\n");
        for (String in : inputs) {
            Document doc = engine.parse(in).document();
            assertEquals(reference(PlainText.of(doc)), PlainText.words(doc), () -> "input: " + in);
        }
    }
}
