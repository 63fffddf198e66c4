package dev.resurface.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void formatsCompilerStyle() {
        assertEquals("content/a.md:14:3: error: link target 'x.md' does not exist (did you mean 'y.md'?)",
                Diagnostic.error("content/a.md", 14, 3, "link target 'x.md' does not exist", "did you mean 'y.md'?").format());
        assertEquals("site.yml:2:1: warning: odd", Diagnostic.warning("site.yml", 2, 1, "odd", null).format());
        assertEquals("content/a.md: error: not UTF-8", Diagnostic.error("content/a.md", 0, 0, "not UTF-8", "").format(), "no position when unknown");
    }

    @Test
    void sortedIsByPathLineColumnAndWithoutDuplicates() {
        Diagnostics d = new Diagnostics();
        d.error("b.md", 1, 1, "x", "");
        d.error("a.md", 10, 2, "y", "");
        d.error("a.md", 2, 5, "z", "");
        d.error("a.md", 2, 5, "z", "");
        d.warning("a.md", 2, 1, "w", "");
        assertEquals(List.of("a.md:2:1: warning: w", "a.md:2:5: error: z", "a.md:10:2: error: y", "b.md:1:1: error: x"),
                d.sorted().stream().map(Diagnostic::format).toList());
        assertEquals(3, d.errorCount());
        assertEquals(1, d.warningCount());
    }

    @Test
    void hintsSuggestCloseNamesOnly() {
        assertEquals("did you mean 'title'?", Hints.didYouMean("titel", List.of("title", "date", "tags")));
        assertEquals("", Hints.didYouMean("completely-different", List.of("title", "date")));
        assertEquals(1, Hints.distance("co2-laser", "co2-lase"));
        assertEquals(3, Hints.distance("kitten", "sitting"));
    }

    @Test
    void aMessageIsAlwaysOneLineWithControlAndBidiCharactersEscaped() {
        Diagnostic d = Diagnostic.error("content/a.md", 3, 4, "link 'a\nb\tc\u202Ed' is broken", "hint\r");
        assertEquals("content/a.md:3:4: error: link 'a\\nb\\tc\\u202ed' is broken (hint\\r)", d.format());
    }

    @Test
    void longTextIsShortenedWithAnEllipsis() {
        Diagnostic d = Diagnostic.error("a.md", 1, 1, "x".repeat(5_000), "");
        assertEquals(Diagnostic.MAX_TEXT, d.message().length());
        org.junit.jupiter.api.Assertions.assertTrue(d.message().endsWith("…"));
    }
}
