package dev.resurface.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link YamlReader}: positions, typing, and every kind of refusal, as authors see them. */
class YamlReaderTest {

    private static YNode.Mapping map(String yaml) {
        YamlReader.Result r = YamlReader.read(yaml, "f.yml", 0);
        assertEquals(List.of(), r.problems(), "no problems expected");
        return (YNode.Mapping) r.root().orElseThrow();
    }

    private static List<String> problems(String yaml, int offset) {
        return YamlReader.read(yaml, "f.yml", offset).problems().stream().map(Diagnostic::format).toList();
    }

    // ---- positions

    @Test
    void valuePositionsAreOneBasedWithoutOffset() {
        YNode.Mapping m = map("title: Hello\nweight: 3\n");
        assertEquals(1, m.get("title").line());
        assertEquals(8, m.get("title").col());
        assertEquals(2, m.get("weight").line());
        assertEquals(9, m.get("weight").col());
    }

    @Test
    void lineOffsetShiftsLinesButNotColumns() {
        YamlReader.Result r = YamlReader.read("title: Hello\nweight: 3\n", "content/a.md", 1);
        YNode.Mapping m = (YNode.Mapping) r.root().orElseThrow();
        assertEquals(2, m.get("title").line());
        assertEquals(8, m.get("title").col());
        assertEquals(3, m.get("weight").line());
        assertEquals(9, m.get("weight").col());
    }

    @Test
    void keyPositionsAreKeptSeparatelyFromValuePositions() {
        YamlReader.Result r = YamlReader.read("a: 1\nnested:\n  inner: x\n", "f", 10);
        YNode.Mapping m = (YNode.Mapping) r.root().orElseThrow();
        YNode.Entry nested = m.entries().get("nested");
        assertEquals(12, nested.keyLine());
        assertEquals(1, nested.keyCol());
        YNode.Mapping inner = (YNode.Mapping) nested.value();
        YNode.Entry e = inner.entries().get("inner");
        assertEquals(13, e.keyLine());
        assertEquals(3, e.keyCol());
        assertEquals(13, e.value().line());
        assertEquals(10, e.value().col());
    }

    @Test
    void sequenceItemsHaveTheirOwnPositions() {
        YNode.Mapping m = map("tags:\n  - a\n  - bb\nflow: [x, yy]\n");
        YNode.Seq block = (YNode.Seq) m.get("tags");
        assertEquals(2, block.items().get(0).line());
        assertEquals(5, block.items().get(0).col());
        assertEquals(3, block.items().get(1).line());
        YNode.Seq flow = (YNode.Seq) m.get("flow");
        assertEquals(4, flow.line());
        assertEquals(7, flow.col());
        assertEquals(8, flow.items().get(0).col());
        assertEquals(11, flow.items().get(1).col());
    }

    @Test
    void lineOffsetShiftsSequenceItemsAndKeysToo() {
        YNode.Mapping m = (YNode.Mapping) YamlReader.read("title: Hello\ntags:\n  - a\n  - b\n", "x.md", 1).root().orElseThrow();
        assertEquals(5, ((YNode.Seq) m.get("tags")).items().get(1).line());
        assertEquals(3, m.entries().get("tags").keyLine());
    }

    @Test
    void mappingKeepsTheWrittenKeyOrder() {
        YNode.Mapping m = map("zeta: 1\nalpha: 2\nmid: 3\n");
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(m.entries().keySet()));
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(((Map<?, ?>) m.toJava()).keySet()));
    }

    // ---- scalar typing

    @Test
    void wholeNumbersAreLongs() {
        YNode.Mapping m = map("a: 3\nb: -7\nc: +5\nd: 1_000\n");
        assertEquals(3L, m.get("a").toJava());
        assertEquals(-7L, m.get("b").toJava());
        assertEquals(5L, m.get("c").toJava());
        assertEquals(1000L, m.get("d").toJava());
    }

    @Test
    void floatsAreDoubles() {
        YNode.Mapping m = map("a: 2.5\nb: 1.5e3\nc: -0.25\n");
        assertEquals(2.5, m.get("a").toJava());
        assertEquals(1500.0, m.get("b").toJava());
        assertEquals(-0.25, m.get("c").toJava());
    }

    @Test
    void booleansIncludeYaml11Words() {
        YNode.Mapping m = map("a: true\nb: False\nc: yes\nd: no\ne: on\nf: off\n");
        assertEquals(true, m.get("a").toJava());
        assertEquals(false, m.get("b").toJava());
        assertEquals(true, m.get("c").toJava());
        assertEquals(false, m.get("d").toJava());
        assertEquals(true, m.get("e").toJava());
        assertEquals(false, m.get("f").toJava());
    }

    @Test
    void nullsAreNull() {
        YNode.Mapping m = map("a: ~\nb: null\nc:\n");
        for (String k : List.of("a", "b", "c")) {
            YNode.Scalar s = assertInstanceOf(YNode.Scalar.class, m.get(k));
            assertTrue(s.isNull(), k);
            assertNull(s.toJava(), k);
        }
    }

    @Test
    void aDateIsALocalDate() {
        assertEquals(LocalDate.of(2025, 1, 2), map("d: 2025-01-02\n").get("d").toJava());
    }

    @Test
    void anImpossibleDateStaysText() {
        assertEquals("2025-02-30", map("d: 2025-02-30\n").get("d").toJava());
    }

    @Test
    void aDateTimeStaysTextAsWritten() {
        assertEquals("2025-01-02T10:00:00Z", map("d: 2025-01-02T10:00:00Z\n").get("d").toJava());
    }

    @Test
    void quotedValuesAreAlwaysText() {
        YNode.Mapping m = map("a: \"3\"\nb: 'true'\nc: \"2025-01-02\"\nd: !!str 12\n");
        assertEquals("3", m.get("a").toJava());
        assertEquals("true", m.get("b").toJava());
        assertEquals("2025-01-02", m.get("c").toJava());
        assertEquals("12", m.get("d").toJava());
    }

    @Test
    void unusualNumberFormsStayText() {
        YNode.Mapping m = map("hex: 0x1F\nsexa: 1:30\nhuge: 99999999999999999999\ninf: .inf\n");
        assertEquals("0x1F", m.get("hex").toJava());
        assertEquals("1:30", m.get("sexa").toJava());
        assertEquals("99999999999999999999", m.get("huge").toJava());
        assertEquals(".inf", m.get("inf").toJava());
    }

    @Test
    void toJavaBuildsPlainUnmodifiableCollections() {
        Object o = map("list: [1, two]\nmap: {k: v}\n").toJava();
        Map<?, ?> m = assertInstanceOf(Map.class, o);
        assertEquals(List.of(1L, "two"), m.get("list"));
        assertEquals(Map.of("k", "v"), m.get("map"));
        assertThrowsUnsupported(() -> ((List<Object>) m.get("list")).add("x"));
    }

    @SuppressWarnings("unchecked")
    private static void assertThrowsUnsupported(Runnable r) {
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, r::run);
    }

    // ---- empty input

    @Test
    void emptyTextHasNoRootAndNoProblem() {
        YamlReader.Result r = YamlReader.read("", "f.yml", 0);
        assertTrue(r.root().isEmpty());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void onlyACommentHasNoRootAndNoProblem() {
        YamlReader.Result r = YamlReader.read("# nothing here\n", "f.yml", 0);
        assertTrue(r.root().isEmpty());
        assertEquals(List.of(), r.problems());
    }

    // ---- duplicate keys

    @Test
    void duplicateKeyIsReportedAtTheSecondKeyNamingTheFirstLine() {
        assertEquals(List.of("x.md:4:1: error: duplicate key 'title' (first set at line 2; keep one)"),
                YamlReader.read("title: a\ndate: 2025-01-01\ntitle: b\n", "x.md", 1).problems().stream().map(Diagnostic::format).toList());
    }

    @Test
    void duplicateKeyKeepsTheFirstValue() {
        YamlReader.Result r = YamlReader.read("a: 1\na: 2\n", "f", 0);
        assertEquals(1L, ((YNode.Mapping) r.root().orElseThrow()).get("a").toJava());
        assertEquals(1, r.problems().size());
    }

    @Test
    void everyDuplicateIsReported() {
        assertEquals(List.of(
                        "f.yml:7:1: error: duplicate key 'a' (first set at line 6; keep one)",
                        "f.yml:10:1: error: duplicate key 'b' (first set at line 9; keep one)"),
                problems("a: 1\na: 2\n\nb: 3\nb: 4\n", 5));
    }

    @Test
    void duplicateKeysInNestedMapsArePositionedToo() {
        assertEquals(List.of("f.yml:3:3: error: duplicate key 'x' (first set at line 2; keep one)"),
                problems("outer:\n  x: 1\n  x: 2\n", 0));
    }

    @Test
    void theSameKeyInDifferentMapsIsNotADuplicate() {
        assertEquals(List.of(), problems("a:\n  x: 1\nb:\n  x: 2\n", 0));
    }

    // ---- syntax errors

    @Test
    void tabIndentationIsAnErrorWithASpacesHint() {
        List<Diagnostic> p = YamlReader.read("a:\n\tb: 1\n", "f.yml", 3).problems();
        assertEquals(1, p.size());
        Diagnostic d = p.get(0);
        assertEquals(5, d.line());
        assertEquals(1, d.col());
        assertTrue(d.message().startsWith("invalid YAML: "), d.message());
        assertEquals("invalid YAML: this line is indented with a tab; YAML needs spaces", d.message());
        assertEquals("replace the tab with spaces", d.hint());
    }

    @Test
    void unclosedDoubleQuoteIsReportedWhereItOpens() {
        assertEquals(List.of("f.yml:2:8: error: invalid YAML: the quote that opens here is never closed (end the value with the same quote mark, on the same line)"),
                problems("title: \"open\nnext: x\nlast: y\n", 1));
    }

    @Test
    void unclosedSingleQuoteIsReportedWhereItOpens() {
        List<Diagnostic> p = YamlReader.read("a: 1\ntitle: 'open\nnext: x\n", "f.yml", 0).problems();
        assertEquals(1, p.size());
        assertEquals(2, p.get(0).line());
        assertEquals(8, p.get(0).col());
        assertEquals("invalid YAML: the quote that opens here is never closed", p.get(0).message());
    }

    @Test
    void unclosedBracketIsReportedWhereItOpens() {
        assertEquals(List.of("f.yml:2:7: error: invalid YAML: the '[' that opens here is never closed (end it with ']' on the same line, e.g. tags: [acne, scars])"),
                problems("title: x\ntags: [a, b\n", 0));
    }

    @Test
    void unclosedBraceIsReportedWhereItOpens() {
        List<Diagnostic> p = YamlReader.read("title: x\nmeta: {a: 1\n", "f.yml", 1).problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals(3, p.get(0).line(), p.get(0).format());
        assertEquals(7, p.get(0).col(), p.get(0).format());
        assertEquals("invalid YAML: the '{' that opens here is never closed", p.get(0).message());
    }

    @Test
    void colonSpaceInsideAValueSuggestsQuoting() {
        assertEquals(List.of("f.yml:1:5: error: invalid YAML: this value contains ': ', which YAML reads as the start of a new field (put the whole value in quotes: a: \"b: c\")"),
                problems("a: b: c\n", 0));
    }

    @Test
    void aSecondDocumentIsRefused() {
        YamlReader.Result r = YamlReader.read("a: 1\n---\nb: 2\n", "f.yml", 0);
        assertTrue(r.root().isEmpty());
        assertEquals(1, r.problems().size());
        assertEquals(2, r.problems().get(0).line());
        assertEquals("invalid YAML: a second '---' starts another document here", r.problems().get(0).message());
    }

    @Test
    void aFatalErrorLeavesNoTree() {
        assertTrue(YamlReader.read("a:\n\tb: 1\n", "f", 0).root().isEmpty());
    }

    // ---- refused constructs

    @Test
    void customTagsAreRefusedAtTheValue() {
        YamlReader.Result r = YamlReader.read("a: 1\nb: !foo bar\n", "content/x.md", 1);
        assertEquals(List.of("content/x.md:3:4: error: YAML tag '!foo' is not supported (remove the '!' tag)"),
                r.problems().stream().map(Diagnostic::format).toList());
        assertEquals("bar", ((YNode.Mapping) r.root().orElseThrow()).get("b").toJava(), "the value is kept as text");
    }

    @Test
    void standardTagsAreAccepted() {
        assertEquals(List.of(), problems("a: !!str x\nb: !!int 3\n", 0));
    }

    @Test
    void aliasOfACollectionIsRefused() {
        YamlReader.Result r = YamlReader.read("a: &x [1, 2]\nb: *x\n", "f.yml", 0);
        assertTrue(r.root().isEmpty());
        assertEquals(1, r.problems().size());
        Diagnostic d = r.problems().get(0);
        assertTrue(d.isError());
        assertTrue(d.message().startsWith("invalid YAML: "), d.message());
        assertTrue(d.message().contains("aliases"), d.message());
    }

    @Test
    void aliasOfAScalarIsRefusedAtTheKeyThatUsesIt() {
        List<Diagnostic> p = YamlReader.read("a: &x 1\nb: *x\n", "x", 0).problems();
        assertEquals(List.of("x:2:1: error: 'b' is a YAML alias ('*name'); aliases are not supported (write the value out)"), p.stream().map(Diagnostic::format).toList());
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAlias() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        YamlReader.Result r = YamlReader.read(sb.toString(), "f", 0);
        assertTrue(r.root().isEmpty());
        // refused at the first alias, before anything is expanded (no timing: the one problem says why, at line 2)
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).isError());
        assertTrue(r.problems().get(0).message().toLowerCase(java.util.Locale.ROOT).contains("alias"), r.problems().get(0).message());
        assertEquals(2, r.problems().get(0).line(), r.problems().get(0).toString());
    }

    @Test
    void mergeKeysAreRefused() {
        assertEquals(List.of("f.yml:1:1: error: YAML merge keys ('<<') are not supported (write the fields out)"),
                problems("<<: {a: 1}\nb: 2\n", 0));
    }

    @Test
    void nonTextKeysAreRefused() {
        YamlReader.Result r = YamlReader.read("[1, 2]: x\nok: y\n", "f.yml", 0);
        assertEquals(List.of("f.yml:1:1: error: a key must be plain text (write keys as plain words, e.g. 'title:')"), r.problems().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("ok"), List.copyOf(((YNode.Mapping) r.root().orElseThrow()).entries().keySet()));
    }

    // ---- nesting

    @Test
    void nestingUpToTheLimitIsAccepted() {
        String ok = "a: " + "[".repeat(63) + "]".repeat(63) + "\n";
        YamlReader.Result r = YamlReader.read(ok, "f", 0);
        assertEquals(List.of(), r.problems());
        assertTrue(r.root().isPresent());
    }

    @Test
    void nestingBeyondTheLimitIsAnErrorNotACrash() {
        String deep = "a: " + "[".repeat(70) + "]".repeat(70) + "\n";
        YamlReader.Result r = YamlReader.read(deep, "f.yml", 2);
        assertTrue(r.root().isEmpty());
        assertEquals(1, r.problems().size());
        assertEquals("invalid YAML: lists and maps are nested too deeply", r.problems().get(0).message());
        assertEquals(3, r.problems().get(0).line(), "the offset is applied");
    }

    @Test
    void veryDeepNestingDoesNotOverflowTheStack() {
        String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        YamlReader.Result r = YamlReader.read(deep, "f", 0);
        assertFalse(r.problems().isEmpty());
    }
}
