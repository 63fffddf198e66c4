package dev.resurface.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Diagnostic}: the compiler-style line every stage reports, and its natural order. */
class DiagnosticFormatTest {

    @Test
    void errorWithHintIsPathLineColSeverityMessageAndHintInParentheses() {
        Diagnostic d = Diagnostic.error("content/a.md", 14, 3, "link target 'x.md' does not exist", "did you mean 'y.md'?");
        assertEquals("content/a.md:14:3: error: link target 'x.md' does not exist (did you mean 'y.md'?)", d.format());
    }

    @Test
    void warningWithoutHintHasNoParentheses() {
        assertEquals("site.yml:2:5: warning: odd value", Diagnostic.warning("site.yml", 2, 5, "odd value", "").format());
    }

    @Test
    void nullHintIsStoredAsEmptyAndNotPrinted() {
        Diagnostic d = Diagnostic.error("a.md", 1, 1, "msg", null);
        assertEquals("", d.hint());
        assertEquals("a.md:1:1: error: msg", d.format());
    }

    @Test
    void lineZeroOmitsTheWholePosition() {
        assertEquals("content/a.md: error: not UTF-8 (save it as UTF-8)",
                Diagnostic.error("content/a.md", 0, 0, "not UTF-8", "save it as UTF-8").format());
        assertEquals("content/a.md: error: x", Diagnostic.error("content/a.md", 0, 7, "x", "").format(),
                "a column without a line is not printed");
    }

    @Test
    void columnZeroPrintsTheLineOnly() {
        assertEquals("site.yml:4: error: x", Diagnostic.error("site.yml", 4, 0, "x", "").format());
    }

    @Test
    void toStringIsFormat() {
        Diagnostic d = Diagnostic.warning("p", 3, 2, "m", "h");
        assertEquals(d.format(), d.toString());
    }

    @Test
    void severityLabelsAreLowerCase() {
        assertEquals("error", Severity.ERROR.label());
        assertEquals("warning", Severity.WARNING.label());
    }

    @Test
    void isErrorFollowsSeverity() {
        assertTrue(Diagnostic.error("p", 1, 1, "m", "").isError());
        assertFalse(Diagnostic.warning("p", 1, 1, "m", "").isError());
    }

    @Test
    void withSeverityKeepsEverythingElse() {
        Diagnostic w = Diagnostic.warning("content/a.md", 3, 4, "image has no alt text", "describe it");
        Diagnostic e = w.withSeverity(Severity.ERROR);
        assertEquals("content/a.md:3:4: error: image has no alt text (describe it)", e.format());
        assertEquals(Severity.WARNING, w.severity(), "the original is unchanged");
    }

    @Test
    void pathSeverityAndMessageAreRequired() {
        assertThrows(NullPointerException.class, () -> new Diagnostic(null, 1, 1, Severity.ERROR, "m", ""));
        assertThrows(NullPointerException.class, () -> new Diagnostic("p", 1, 1, null, "m", ""));
        assertThrows(NullPointerException.class, () -> new Diagnostic("p", 1, 1, Severity.ERROR, null, ""));
    }

    @Test
    void equalityIncludesEveryField() {
        assertEquals(Diagnostic.error("p", 1, 2, "m", "h"), Diagnostic.error("p", 1, 2, "m", "h"));
        assertEquals(Diagnostic.error("p", 1, 2, "m", null), Diagnostic.error("p", 1, 2, "m", ""), "null and empty hints are the same");
        assertFalse(Diagnostic.error("p", 1, 2, "m", "h").equals(Diagnostic.warning("p", 1, 2, "m", "h")));
    }

    @Test
    void naturalOrderIsPathThenLineThenColumnThenSeverityThenMessageThenHint() {
        List<Diagnostic> expected = List.of(
                Diagnostic.error("a.md", 2, 1, "z", ""),
                Diagnostic.error("a.md", 2, 5, "b", ""),
                Diagnostic.error("a.md", 2, 5, "c", "h1"),
                Diagnostic.error("a.md", 2, 5, "c", "h2"),
                Diagnostic.warning("a.md", 2, 5, "a", ""),
                Diagnostic.error("a.md", 10, 1, "a", ""),
                Diagnostic.error("b.md", 1, 1, "a", ""));
        List<Diagnostic> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
    }

    @Test
    void linesCompareAsNumbersNotText() {
        Diagnostic nine = Diagnostic.error("a.md", 9, 1, "m", "");
        Diagnostic ten = Diagnostic.error("a.md", 10, 1, "m", "");
        assertTrue(nine.compareTo(ten) < 0);
    }

    @Test
    void positionlessDiagnosticsSortBeforePositionedOnesOfTheSameFile() {
        Diagnostic whole = Diagnostic.error("content/a.md", 0, 0, "not UTF-8", "");
        Diagnostic at = Diagnostic.error("content/a.md", 1, 1, "x", "");
        assertTrue(whole.compareTo(at) < 0);
    }
}
