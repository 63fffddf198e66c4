package dev.resurface.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link MapReader}: typed getters that report (never throw) and the unknown-key check. */
class MapReaderTest {
    private MapReader last; // the reader under test: it keeps the problems it found

    private MapReader reader(String yaml) {
        YamlReader.Result r = YamlReader.read(yaml, "site.yml", 0);
        assertEquals(List.of(), r.problems());
        last = new MapReader((YNode.Mapping) r.root().orElseThrow(), "site.yml");
        return last;
    }

    private List<String> formatted() {
        return last.problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void stringReadsTextAndTurnsNumbersAndBooleansIntoText() {
        MapReader r = reader("a: hello\nb: 12\nc: true\nd: 2.5\n");
        assertEquals(Optional.of("hello"), r.string("a"));
        assertEquals(Optional.of("12"), r.string("b"));
        assertEquals(Optional.of("true"), r.string("c"));
        assertEquals(Optional.of("2.5"), r.string("d"));
        assertEquals(List.of(), last.problems());
    }

    @Test
    void missingAndNullValuesAreAbsentWithoutProblems() {
        MapReader r = reader("n: ~\nempty:\n");
        assertEquals(Optional.empty(), r.string("missing"));
        assertEquals(Optional.empty(), r.string("n"));
        assertEquals(Optional.empty(), r.integer("empty"));
        assertEquals(Optional.empty(), r.number("n"));
        assertEquals(Optional.empty(), r.bool("n"));
        assertEquals(Optional.empty(), r.mapping("n"));
        assertEquals(Optional.empty(), r.seq("n"));
        assertEquals(List.of(), r.strings("n"));
        assertEquals(List.of(), r.strings("missing"));
        assertEquals(List.of(), last.problems());
    }

    @Test
    void hasIsTrueForAKeyWrittenWithoutAValue() {
        MapReader r = reader("empty:\n");
        assertTrue(r.has("empty"));
        assertFalse(r.has("other"));
    }

    @Test
    void stringRefusesADateAListOrAMap() {
        MapReader r = reader("d: 2025-01-02\nl: [a]\nm: {k: v}\n");
        assertEquals(Optional.empty(), r.string("d"));
        assertEquals(Optional.empty(), r.string("l"));
        assertEquals(Optional.empty(), r.string("m"));
        assertEquals(List.of(
                "site.yml:1:4: error: 'd' must be text, found a date (put it in quotes, e.g. \"[draft] notes\" or \"2026\")",
                "site.yml:2:4: error: 'l' must be text, found a list (put it in quotes, e.g. \"[draft] notes\" or \"2026\")",
                "site.yml:3:4: error: 'm' must be text, found a map (put it in quotes, e.g. \"[draft] notes\" or \"2026\")"), formatted());
    }

    @Test
    void integerAcceptsWholeNumbersInIntRange() {
        MapReader r = reader("a: 42\nb: -3\nc: 2147483647\n");
        assertEquals(Optional.of(42), r.integer("a"));
        assertEquals(Optional.of(-3), r.integer("b"));
        assertEquals(Optional.of(Integer.MAX_VALUE), r.integer("c"));
        assertEquals(List.of(), last.problems());
    }

    @Test
    void integerRefusesTextFractionsAndOutOfRangeNumbers() {
        MapReader r = reader("a: fast\nb: 2.5\nc: 2147483648\n");
        assertEquals(Optional.empty(), r.integer("a"));
        assertEquals(Optional.empty(), r.integer("b"));
        assertEquals(Optional.empty(), r.integer("c"));
        assertEquals(List.of(
                "site.yml:1:4: error: 'a' must be a whole number, found text (write digits only, e.g. 3)",
                "site.yml:2:4: error: 'b' must be a whole number, found a number (write digits only, e.g. 3)",
                "site.yml:3:4: error: 'c' must be a whole number, found a whole number (write digits only, e.g. 3)"), formatted());
    }

    @Test
    void numberAcceptsWholeAndDecimalNumbers() {
        MapReader r = reader("a: 3\nb: 2.5\nc: x\n");
        assertEquals(Optional.of(3.0), r.number("a"));
        assertEquals(Optional.of(2.5), r.number("b"));
        assertEquals(Optional.empty(), r.number("c"));
        assertEquals(List.of("site.yml:3:4: error: 'c' must be a number, found text (write a number without quotes, e.g. 2.5)"), formatted());
    }

    @Test
    void boolAcceptsOnlyBooleans() {
        MapReader r = reader("a: true\nb: off\nc: 1\nd: \"true\"\n");
        assertEquals(Optional.of(true), r.bool("a"));
        assertEquals(Optional.of(false), r.bool("b"));
        assertEquals(Optional.empty(), r.bool("c"));
        assertEquals(Optional.empty(), r.bool("d"));
        assertEquals(List.of(
                "site.yml:3:4: error: 'c' must be true or false, found a whole number (write true or false, without quotes)",
                "site.yml:4:4: error: 'd' must be true or false, found text (write true or false, without quotes)"), formatted());
    }

    @Test
    void mappingAndSeqCheckTheShape() {
        MapReader r = reader("m: {k: v}\ns: [1]\nbadM: [1]\nbadS: text\n");
        assertTrue(r.mapping("m").isPresent());
        assertTrue(r.seq("s").isPresent());
        assertEquals(Optional.empty(), r.mapping("badM"));
        assertEquals(Optional.empty(), r.seq("badS"));
        assertEquals(List.of(
                "site.yml:3:7: error: 'badM' must be a map of 'key: value' lines, found a list (indent 'name: value' lines below it, or write {name: value})",
                "site.yml:4:7: error: 'badS' must be a list, found text (write it as [a, b] or as '- item' lines)"), formatted());
    }

    @Test
    void stringsAcceptsAListOrASingleText() {
        MapReader r = reader("one: acne\nmany: [a, 2, true]\n");
        assertEquals(List.of("acne"), r.strings("one"));
        assertEquals(List.of("a", "2", "true"), r.strings("many"));
        assertEquals(List.of(), last.problems());
    }

    @Test
    void stringsReportsBadItemsAndKeepsTheGoodOnes() {
        MapReader r = reader("l: [a, [b], 2025-01-01, ~, c]\nm: {k: v}\nn: 5\n");
        assertEquals(List.of("a", "c"), r.strings("l"));
        assertEquals(List.of(), r.strings("m"));
        assertEquals(List.of(), r.strings("n"), "a single number is not a single text");
        assertEquals(List.of(
                "site.yml:1:8: error: each item of 'l' must be text, found a list (put it in quotes, e.g. \"[draft] notes\" or \"2026\")",
                "site.yml:1:13: error: each item of 'l' must be text, found a date (put it in quotes, e.g. \"[draft] notes\" or \"2026\")",
                "site.yml:1:25: error: each item of 'l' must be text, found nothing (null) (put it in quotes, e.g. \"[draft] notes\" or \"2026\")",
                "site.yml:2:4: error: 'm' must be a list of text, found a map (write it as [a, b] or as '- item' lines)",
                "site.yml:3:4: error: 'n' must be a list of text, found a whole number (write it as [a, b] or as '- item' lines)"), formatted());
    }

    @Test
    void rejectUnknownReportsAtTheKeyWithADidYouMeanHint() {
        MapReader r = reader("title: T\n  \ntittle: x\n");
        r.rejectUnknown(List.of("title", "baseUrl"), "site.yml");
        assertEquals(List.of("site.yml:3:1: error: unknown key 'tittle' in site.yml (did you mean 'title'?)"), formatted());
    }

    @Test
    void rejectUnknownListsKnownKeysWhenNothingIsClose() {
        MapReader r = reader("zzzzzz: 1\n");
        r.rejectUnknown(List.of("title", "baseUrl"), "site.yml");
        assertEquals(List.of("site.yml:1:1: error: unknown key 'zzzzzz' in site.yml (known keys: title, baseUrl)"), formatted());
    }

    @Test
    void rejectUnknownReportsNestedKeysAtTheirColumn() {
        YNode.Mapping root = (YNode.Mapping) YamlReader.read("options:\n  feedLimt: 3\n  feedLimit: 2\n", "site.yml", 0).root().orElseThrow();
        MapReader r = last = new MapReader((YNode.Mapping) root.get("options"), "site.yml");
        r.rejectUnknown(List.of("feedLimit"), "options");
        assertEquals(List.of("site.yml:2:3: error: unknown key 'feedLimt' in options (did you mean 'feedLimit'?)"), formatted());
    }

    @Test
    void rejectUnknownAcceptsKnownKeys() {
        reader("title: T\nbaseUrl: x\n").rejectUnknown(List.of("title", "baseUrl"), "site.yml");
        assertEquals(List.of(), last.problems());
    }

    @Test
    void errorAtKeyUsesTheKeyPosition() {
        MapReader r = reader("a: 1\n  \nkey:   value\n");
        r.errorAtKey("key", "bad key", "hint");
        r.error(r.node("key"), "bad value", "");
        assertEquals(List.of("site.yml:3:1: error: bad key (hint)", "site.yml:3:8: error: bad value"), formatted());
    }

    @Test
    void nodeAndMapExposeTheTree() {
        MapReader r = reader("a: 1\n");
        assertEquals(1L, r.node("a").toJava());
        assertEquals(null, r.node("b"));
        assertSame(r.map(), r.map());
    }
}
