package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.config.SiteConfigLoader;
import dev.resurface.config.Schema;
import dev.resurface.diag.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {
    static final Schema SCHEMA = SiteConfigLoader.load("""
            title: T
            baseUrl: https://e.org/
            schema:
              additionalFields: false
              fields:
                keyFacts: {type: list, items: string, minItems: 2, maxItems: 3}
                evidence: {type: string, values: [good, weak]}
                score: {type: int, min: 1, max: 5}
                related: {type: list, items: page}
              rules:
                - when: {section: types, kind: page}
                  required: [description]
            """, Optional.empty()).config().get().schema();

    static FrontMatterParser.Result parse(String text, Schema schema, String section) {
        return new FrontMatterParser(schema).parse(SourceFile.of("content/x.md", "x.md", Path.of("x.md"), text), "page", section);
    }

    static List<String> problems(String text) {
        return parse(text, SCHEMA, "").problems().stream().sorted().map(Diagnostic::format).toList();
    }

    @Test
    void engineFieldsAreTypedAndParamsKept() {
        FrontMatterParser.Result r = parse("---\ntitle: Hi\ndate: 2026-01-02\nweight: 3\ntags: one\ndraft: true\nevidence: good\nkeyFacts: [a, b]\n---\nBody\n", SCHEMA, "");
        FrontMatter fm = r.frontMatter().get();
        assertEquals("Hi", fm.title());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 2)), fm.date());
        assertEquals(3, fm.weight());
        assertEquals(List.of("one"), fm.tags(), "a single tag is a one-item list");
        assertTrue(fm.draft());
        assertEquals("good", fm.params().get("evidence"));
        assertEquals(List.of("a", "b"), fm.params().get("keyFacts"));
        assertEquals("Body\n", "---\ntitle: Hi\ndate: 2026-01-02\nweight: 3\ntags: one\ndraft: true\nevidence: good\nkeyFacts: [a, b]\n---\nBody\n".substring(r.bodyOffset()));
        assertEquals(new Pos(3, 7), fm.posOf("date"));
    }

    @Test
    void frontMatterShapeErrors() {
        assertEquals(List.of("content/x.md:1:1: error: page has no front matter (start the file with a '---' line, then 'title: …', then another '---' line)"), problems("# Hello\n"));
        assertEquals(List.of("content/x.md:1:1: error: TOML front matter ('+++') is not supported (write YAML between '---' lines)"), problems("+++\ntitle = 'x'\n+++\n"));
        assertEquals(List.of("content/x.md:1:1: error: front matter is not closed (add a '---' line after the last front-matter field (file has 3 lines))"), problems("---\ntitle: x\nbody\n"));
        assertEquals(List.of("content/x.md:1:1: error: front matter is empty (add at least 'title: …')"), problems("---\n---\nbody\n"));
        assertEquals(List.of("content/x.md:2:1: error: front matter must be 'key: value' lines, found a list (e.g. 'title: My page')"), problems("---\n- a\n- b\n---\n"));
    }

    @Test
    void fieldErrorsPointAtTheValue() {
        assertEquals(List.of(
                "content/x.md:3:7: error: 'date' is 2026-02-30, but February 2026 has 28 days (write a day from 01 to 28, e.g. 2026-02-28)",
                "content/x.md:4:9: error: 'weight' must be a whole number, found text (write digits only, e.g. 3)",
                "content/x.md:5:11: error: 'evidence' is 'strong' but must be one of: good, weak (write one of these values exactly)",
                "content/x.md:6:8: error: 'score' must be at most 5, found 9 (allowed: 1 to 5)",
                "content/x.md:7:11: error: 'keyFacts' needs at least 2 items, found 1 (allowed: 2 to 3 items)",
                "content/x.md:8:7: error: slug 'a/b' is not allowed (use letters, digits, '-', '_' or '.', starting with a letter or digit (no '/' or '..'))",
                "content/x.md:9:1: error: unknown front-matter field 'colour' (declare it in site.yml under schema.fields, or remove it)"),
                problems("---\ntitle: x\ndate: 2026-02-30\nweight: heavy\nevidence: strong\nscore: 9\nkeyFacts: [a]\nslug: a/b\ncolour: red\n---\n"));
    }

    @Test
    void titleIsRequiredAndSchemaRulesApplyPerSection() {
        assertEquals(List.of("content/x.md:1:1: error: front matter has no 'title' (add 'title: …' between the '---' lines)"), problems("---\ndate: 2026-01-01\n---\n"));
        List<String> inTypes = parse("---\ntitle: x\n---\n", SCHEMA, "types/sub").problems().stream().map(Diagnostic::format).toList();
        assertEquals(List.of("content/x.md:1:1: error: front matter has no 'description' (required by the schema rule at site.yml:11 (section: types, kind: page))"), inTypes);
        assertEquals(List.of(), parse("---\ntitle: x\n---\n", SCHEMA, "typesetting").problems(), "section 'types' does not match 'typesetting'");
    }

    @Test
    void openSchemaWarnsAboutLikelyTyposOnly() {
        List<String> p = parse("---\ntitle: x\ndescripton: y\nmood: happy\n---\n", Schema.OPEN, "").problems().stream().map(Diagnostic::format).toList();
        assertEquals(List.of("content/x.md:3:1: warning: unknown front-matter field 'descripton' (did you mean 'description'?)"), p);
    }

    @Test
    void pageFieldsAreCollectedForLinkChecking() {
        FrontMatter fm = parse("---\ntitle: x\nrelated: [a.md, ../b.md]\n---\n", SCHEMA, "").frontMatter().get();
        assertEquals(List.of("a.md", "../b.md"), fm.pageRefs().stream().map(FrontMatter.PageRef::target).toList());
        assertEquals(new Pos(3, 11), fm.pageRefs().get(0).pos());
    }

    @Test
    void crlfAndBomGiveTheSamePositions() {
        String lf = "---\ntitle: x\nweight: heavy\n---\nbody\n";
        String crlf = "\uFEFF" + lf.replace("\n", "\r\n");
        assertEquals(problems(lf), problems(crlf));
    }
}
