package dev.resurface.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    @Test
    void valuesKeepTheirPositionsShiftedByTheOffset() {
        YamlReader.Result r = YamlReader.read("title: Hello\ntags:\n  - a\n  - b\n", "x.md", 1);
        YNode.Mapping m = (YNode.Mapping) r.root().get();
        assertEquals(2, m.get("title").line());
        assertEquals(8, m.get("title").col());
        YNode.Seq tags = (YNode.Seq) m.get("tags");
        assertEquals(5, tags.items().get(1).line());
        assertEquals(3, m.entries().get("tags").keyLine());
    }

    @Test
    void scalarsAreTyped() {
        YNode.Mapping m = (YNode.Mapping) YamlReader.read("a: 3\nb: 2.5\nc: true\nd: 2025-01-02\ne: 2025-02-30\nf: ~\ng: text\n", "x", 0).root().get();
        assertEquals(3L, m.get("a").toJava());
        assertEquals(2.5, m.get("b").toJava());
        assertEquals(true, m.get("c").toJava());
        assertEquals(LocalDate.of(2025, 1, 2), m.get("d").toJava());
        assertEquals("2025-02-30", m.get("e").toJava(), "an impossible date stays text, for a clear error later");
        assertEquals(null, m.get("f").toJava());
        assertEquals("text", m.get("g").toJava());
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        List<Diagnostic> p = YamlReader.read("title: a\ndate: 2025-01-01\ntitle: b\n", "x.md", 1).problems();
        assertEquals(List.of("x.md:4:1: error: duplicate key 'title' (first set at line 2; keep one)"), p.stream().map(Diagnostic::format).toList());
    }

    @Test
    void syntaxErrorsPointAtTheProblem() {
        List<Diagnostic> p = YamlReader.read("title: \"open\nnext: x\n", "x.md", 1).problems();
        assertEquals(1, p.size());
        assertEquals(2, p.get(0).line(), "an unclosed quote is reported where it opens");
        assertEquals(8, p.get(0).col());
        List<Diagnostic> tab = YamlReader.read("a:\n\tb: 1\n", "x.md", 0).problems();
        assertEquals(1, tab.size());
        assertTrue(tab.get(0).line() == 2, tab.toString());
    }

    @Test
    void aliasesAndCustomTagsAreRefused() {
        assertTrue(YamlReader.read("a: &x [1, 2]\nb: *x\n", "x", 0).problems().stream().anyMatch(Diagnostic::isError));
        assertEquals("x:1:4: error: YAML tag '!thing' is not supported (remove the '!' tag)",
                YamlReader.read("a: !thing value\n", "x", 0).problems().get(0).format());
    }

    @Test
    void scalarAliasesAreRefusedToo() {
        List<Diagnostic> p = YamlReader.read("a: &x 1\nb: *x\n", "x", 0).problems();
        assertEquals(List.of("x:2:1: error: 'b' is a YAML alias ('*name'); aliases are not supported (write the value out)"), p.stream().map(Diagnostic::format).toList());
    }

    @Test
    void deepNestingIsRefusedWithoutCrashing() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        YamlReader.Result r = YamlReader.read(deep, "x", 0);
        assertTrue(r.problems().stream().anyMatch(Diagnostic::isError));
    }
}
