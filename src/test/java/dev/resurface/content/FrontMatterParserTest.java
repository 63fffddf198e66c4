package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.config.Schema;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.diag.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link FrontMatterParser}: splitting, engine fields, the site's schema and its rules, positions. */
class FrontMatterParserTest {

    private static Schema schema(String schemaYaml) {
        SiteConfigLoader.Result r = SiteConfigLoader.load("title: T\nbaseUrl: https://e.org/\n" + schemaYaml, Optional.empty());
        assertEquals(List.of(), r.problems());
        return r.config().orElseThrow().schema();
    }

    private static SourceFile src(String text) {
        return SourceFile.of("content/x.md", "x.md", Path.of("x.md"), text);
    }

    private static FrontMatterParser.Result parse(String text, Schema schema, String kind, String section) {
        return new FrontMatterParser(schema).parse(src(text), kind, section);
    }

    private static FrontMatterParser.Result parse(String text) {
        return parse(text, Schema.OPEN, "page", "");
    }

    private static FrontMatter fm(String text) {
        FrontMatterParser.Result r = parse(text);
        assertEquals(List.of(), r.problems().stream().map(Diagnostic::format).toList());
        return r.frontMatter().orElseThrow();
    }

    private static List<String> problems(String text, Schema schema, String kind, String section) {
        return parse(text, schema, kind, section).problems().stream().sorted().map(Diagnostic::format).toList();
    }

    private static List<String> problems(String text) {
        return problems(text, Schema.OPEN, "page", "");
    }

    private static List<String> problems(String text, Schema schema) {
        return problems(text, schema, "page", "");
    }

    // ---- splitting

    @Test
    void bodyStartsAfterTheClosingLine() {
        String text = "---\ntitle: Hi\n---\n# Body\n";
        FrontMatterParser.Result r = parse(text);
        assertEquals("# Body\n", text.substring(r.bodyOffset()));
    }

    @Test
    void closingLineWithoutNewlineLeavesAnEmptyBody() {
        String text = "---\ntitle: Hi\n---";
        FrontMatterParser.Result r = parse(text);
        assertEquals(text.length(), r.bodyOffset());
        assertEquals("Hi", r.frontMatter().orElseThrow().title());
    }

    @Test
    void yamlDocumentEndMarkerAlsoCloses() {
        String text = "---\ntitle: Hi\n...\nbody";
        assertEquals("body", text.substring(parse(text).bodyOffset()));
    }

    @Test
    void trailingSpacesOnTheFenceLinesAreAllowed() {
        assertEquals("Hi", fm("--- \ntitle: Hi\n---  \nbody").title());
    }

    @Test
    void aLongerDashLineDoesNotClose() {
        assertEquals(List.of("content/x.md:1:1: error: front matter is not closed (add a '---' line after the last front-matter field (file has 3 lines))"),
                problems("---\ntitle: x\n----\n"));
    }

    @Test
    void noFrontMatterIsAnError() {
        FrontMatterParser.Result r = parse("# Hello\n");
        assertTrue(r.frontMatter().isEmpty());
        assertEquals(0, r.bodyOffset());
        assertEquals(List.of("content/x.md:1:1: error: page has no front matter (start the file with a '---' line, then 'title: …', then another '---' line)"),
                problems("# Hello\n"));
    }

    @Test
    void anEmptyFileHasNoFrontMatter() {
        assertEquals(List.of("content/x.md:1:1: error: page has no front matter (start the file with a '---' line, then 'title: …', then another '---' line)"),
                problems(""));
    }

    @Test
    void tomlFrontMatterIsRefused() {
        assertEquals(List.of("content/x.md:1:1: error: TOML front matter ('+++') is not supported (write YAML between '---' lines)"),
                problems("+++\ntitle = 'x'\n+++\n"));
    }

    @Test
    void unclosedFrontMatterCountsTheLines() {
        assertEquals(List.of("content/x.md:1:1: error: front matter is not closed (add a '---' line after the last front-matter field (file has 4 lines))"),
                problems("---\ntitle: x\n\nbody\n"));
        assertEquals(List.of("content/x.md:1:1: error: front matter is not closed (add a '---' line after the last front-matter field (file has 1 line))"),
                problems("---"));
    }

    @Test
    void emptyFrontMatterIsAnError() {
        assertEquals(List.of("content/x.md:1:1: error: front matter is empty (add at least 'title: …')"), problems("---\n---\nbody\n"));
        assertEquals(List.of("content/x.md:1:1: error: front matter is empty (add at least 'title: …')"), problems("---\n# only a comment\n---\n"));
    }

    @Test
    void emptyFrontMatterStillGivesTheBodyOffset() {
        String text = "---\n---\nbody\n";
        FrontMatterParser.Result r = parse(text);
        assertTrue(r.frontMatter().isEmpty());
        assertEquals("body\n", text.substring(r.bodyOffset()));
    }

    @Test
    void nonMapFrontMatterIsAnErrorAtItsStart() {
        assertEquals(List.of("content/x.md:2:1: error: front matter must be 'key: value' lines, found a list (e.g. 'title: My page')"),
                problems("---\n- a\n- b\n---\n"));
        assertEquals(List.of("content/x.md:2:1: error: front matter must be 'key: value' lines, found text (e.g. 'title: My page')"),
                problems("---\njust text\n---\n"));
    }

    @Test
    void yamlErrorsAreReportedInFileLines() {
        assertEquals(List.of("content/x.md:3:1: error: duplicate key 'title' (first set at line 2; keep one)"),
                problems("---\ntitle: a\ntitle: b\n---\n"));
        List<String> tab = problems("---\ntitle: a\n\tdate: x\n---\n");
        assertEquals(1, tab.size());
        assertTrue(tab.get(0).startsWith("content/x.md:3:1: error: invalid YAML: "), tab.get(0));
    }

    // ---- title

    @Test
    void missingTitleIsAnErrorAtTheTop() {
        assertEquals(List.of("content/x.md:1:1: error: front matter has no 'title' (add 'title: …' between the '---' lines)"),
                problems("---\ndate: 2026-01-01\n---\n"));
    }

    @Test
    void emptyTitleIsAnErrorAtTheValue() {
        assertEquals(List.of("content/x.md:2:7: error: 'title' is empty (give the page a title)"), problems("---\ntitle:\n---\n"));
        assertEquals(List.of("content/x.md:2:8: error: 'title' is empty (give the page a title)"), problems("---\ntitle: ''\n---\n"));
        assertEquals(List.of("content/x.md:2:8: error: 'title' is empty (give the page a title)"), problems("---\ntitle: '   '\n---\n"));
    }

    @Test
    void titleOfTheWrongTypeIsReportedOnce() {
        assertEquals(List.of("content/x.md:2:8: error: 'title' must be text, found a list (put it in quotes, e.g. \"[draft] notes\" or \"2026\")"), problems("---\ntitle: [a]\n---\n"));
        assertEquals(List.of("content/x.md:2:8: error: 'title' must be text, found a date (put it in quotes, e.g. \"[draft] notes\" or \"2026\")"), problems("---\ntitle: 2025-01-01\n---\n"));
        assertEquals(List.of("content/x.md:2:8: error: 'title' must be text, found true/false (put it in quotes, e.g. \"[draft] notes\" or \"2026\")"), problems("---\ntitle: yes\n---\n"));
    }

    @Test
    void aNumericTitleIsText() {
        assertEquals("1984", fm("---\ntitle: 1984\n---\n").title());
    }

    // ---- engine fields

    @Test
    void engineFieldsAreTyped() {
        FrontMatter f = fm("---\ntitle: Hi\ndescription: D\ndate: 2026-01-02\nupdated: 2026-02-03\ndraft: true\nslug: hi-there\n"
                + "weight: -4\ntags: [a, b]\naliases: [/old/, /older/]\nlayout: wide\nsummary: S\n---\n");
        assertEquals("Hi", f.title());
        assertEquals(Optional.of("D"), f.description());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 2)), f.date());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 3)), f.updated());
        assertTrue(f.draft());
        assertEquals(Optional.of("hi-there"), f.slug());
        assertEquals(-4, f.weight());
        assertEquals(List.of("a", "b"), f.tags());
        assertEquals(List.of("/old/", "/older/"), f.aliases());
        assertEquals(Optional.of("wide"), f.layout());
        assertEquals(Optional.of("S"), f.summary());
        assertEquals(Map.of(), f.params(), "engine fields are not params");
    }

    @Test
    void absentEngineFieldsHaveDefaults() {
        FrontMatter f = fm("---\ntitle: Hi\n---\n");
        assertEquals(Optional.empty(), f.description());
        assertEquals(Optional.empty(), f.date());
        assertFalse(f.draft());
        assertEquals(0, f.weight());
        assertEquals(List.of(), f.tags());
        assertEquals(List.of(), f.aliases());
        assertEquals(Optional.empty(), f.layout());
        assertEquals(List.of(), f.pageRefs());
    }

    @Test
    void fieldsWrittenWithoutAValueAreAbsent() {
        FrontMatter f = fm("---\ntitle: Hi\ndate:\ntags:\nweight:\n---\n");
        assertEquals(Optional.empty(), f.date());
        assertEquals(List.of(), f.tags());
        assertEquals(0, f.weight());
    }

    @Test
    void aSingleTagIsAOneItemList() {
        assertEquals(List.of("acne"), fm("---\ntitle: x\ntags: acne\n---\n").tags());
        assertEquals(List.of("/old/"), fm("---\ntitle: x\naliases: /old/\n---\n").aliases());
    }

    @Test
    void tagsMustBeTextItems() {
        assertEquals(List.of("content/x.md:3:7: error: 'tags' must be a list, found a map (write it as [a, b] or as '- item' lines)"),
                problems("---\ntitle: x\ntags: {a: 1}\n---\n"));
        assertEquals(List.of("content/x.md:3:11: error: 'tags' must be text, found a date (put it in quotes, e.g. \"[draft] notes\" or \"2026\")"),
                problems("---\ntitle: x\ntags: [a, 2025-01-01]\n---\n"));
    }

    @Test
    void numericTagsBecomeText() {
        assertEquals(List.of("a", "1"), fm("---\ntitle: x\ntags: [a, 1]\n---\n").tags());
    }

    @Test
    void aDateWithATimeKeepsTheDayAsWrittenAndWarnsThatTheTimeIsNotUsed() {
        FrontMatterParser.Result r = parse("---\ntitle: x\ndate: 2025-01-02T23:30:00-05:00\n---\n");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), r.frontMatter().orElseThrow().date(), "the day written, not the day in UTC");
        assertEquals(List.of("content/x.md:3:7: warning: 'date' has a time of day (23:30:00-05:00), which is not used (pages show the date alone: write date: 2025-01-02)"),
                r.problems().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("content/x.md:3:7: warning: 'date' has a time of day (10:00), which is not used (pages show the date alone: write date: 2025-01-02)"),
                problems("---\ntitle: x\ndate: 2025-01-02 10:00\n---\n"));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), fm("---\ntitle: x\ndate: '2025-01-02'\n---\n").date());
    }

    @Test
    void invalidDatesAreErrorsAtTheValue() {
        assertEquals(List.of("content/x.md:3:7: error: 'date' is 2026-02-30, but February 2026 has 28 days (write a day from 01 to 28, e.g. 2026-02-28)"),
                problems("---\ntitle: x\ndate: 2026-02-30\n---\n"));
        assertEquals(List.of("content/x.md:3:7: error: 'date' is 2028-02-30, but February 2028 has 29 days (write a day from 01 to 29, e.g. 2028-02-29)"),
                problems("---\ntitle: x\ndate: 2028-02-30\n---\n"));
        assertEquals(List.of("content/x.md:3:7: error: 'date' is 2026-04-31, but April 2026 has 30 days (write a day from 01 to 30, e.g. 2026-04-30)"),
                problems("---\ntitle: x\ndate: 2026-04-31\n---\n"));
        assertEquals(List.of("content/x.md:3:7: error: 'date' is 2026-13-01, but month 13 does not exist (months go from 01 to 12: YYYY-MM-DD)"),
                problems("---\ntitle: x\ndate: 2026-13-01\n---\n"));
        assertEquals(List.of("content/x.md:3:7: error: 'date' is 2026-01-00, but day 00 does not exist (write a day from 01 to 31, e.g. 2026-01-31)"),
                problems("---\ntitle: x\ndate: 2026-01-00\n---\n"));
        assertEquals(List.of("content/x.md:3:10: error: 'updated' is not a valid date: 'soon' (write dates as YYYY-MM-DD, e.g. 2026-01-31)"),
                problems("---\ntitle: x\nupdated: soon\n---\n"));
        assertEquals(List.of("content/x.md:3:7: error: 'date' is not a valid date: '2025-1-2' (write dates as YYYY-MM-DD, e.g. 2026-01-31)"),
                problems("---\ntitle: x\ndate: 2025-1-2\n---\n"));
        assertEquals(List.of("content/x.md:3:7: error: 'date' is not a valid date: '2025-01-02T25 o'clock' (write dates as YYYY-MM-DD, e.g. 2026-01-31)"),
                problems("---\ntitle: x\ndate: 2025-01-02T25 o'clock\n---\n"));
    }

    @Test
    void draftMustBeABoolean() {
        assertEquals(List.of("content/x.md:3:8: error: 'draft' must be true or false, found text (write true or false, without quotes)"), problems("---\ntitle: x\ndraft: 'true'\n---\n"));
        assertTrue(fm("---\ntitle: x\ndraft: yes\n---\n").draft());
    }

    @Test
    void weightMustBeAWholeNumber() {
        assertEquals(List.of("content/x.md:3:9: error: 'weight' must be a whole number, found a number (write digits only, e.g. 3)"), problems("---\ntitle: x\nweight: 2.5\n---\n"));
        assertEquals(List.of("content/x.md:3:9: error: 'weight' must be a whole number, found text (write digits only, e.g. 3)"), problems("---\ntitle: x\nweight: heavy\n---\n"));
    }

    @Test
    void hugeWeightIsClampedToIntRange() {
        assertEquals(Integer.MAX_VALUE, fm("---\ntitle: x\nweight: 99999999999\n---\n").weight());
        assertEquals(Integer.MIN_VALUE, fm("---\ntitle: x\nweight: -99999999999\n---\n").weight());
    }

    // ---- slug and layout

    @Test
    void validSlugsAreAccepted() {
        for (String ok : List.of("a", "co2-laser", "v1.2_final", "Ünïcode", "9lives")) {
            assertEquals(Optional.of(ok), fm("---\ntitle: x\nslug: '" + ok + "'\n---\n").slug(), ok);
        }
    }

    @Test
    void unsafeSlugsAreErrorsAtTheValue() {
        String hint = " (use letters, digits, '-', '_' or '.', starting with a letter or digit (no '/' or '..'))";
        for (String bad : List.of("a/b", "..", ".hidden", "-dash", "a b", "a?b", "")) {
            List<String> p = problems("---\ntitle: x\nslug: '" + bad + "'\n---\n");
            assertEquals(List.of("content/x.md:3:7: error: slug '" + bad + "' is not allowed" + hint), p, bad);
        }
    }

    @Test
    void layoutNamesMayHaveFolders() {
        assertEquals(Optional.of("guides/page"), fm("---\ntitle: x\nlayout: guides/page\n---\n").layout());
        assertEquals(Optional.of("wide_2-col"), fm("---\ntitle: x\nlayout: wide_2-col\n---\n").layout());
    }

    @Test
    void invalidLayoutNamesAreErrorsAtTheValue() {
        String hint = " (write the name without '.ftlh', e.g. 'layout: wide')";
        for (String bad : List.of("wide.ftlh", "../x", "/x", "a//b", "x/", "a b")) {
            assertEquals(List.of("content/x.md:3:9: error: layout '" + bad + "' is not a template name" + hint),
                    problems("---\ntitle: x\nlayout: '" + bad + "'\n---\n"), bad);
        }
    }

    // ---- unknown fields

    @Test
    void openSchemaKeepsUnknownFieldsAsParams() {
        FrontMatter f = fm("---\ntitle: x\nmood: happy\nscore: 3\nlist: [a, b]\n---\n");
        assertEquals(Map.of("mood", "happy", "score", 3L, "list", List.of("a", "b")), f.params());
        assertEquals(List.of("mood", "score", "list"), List.copyOf(f.params().keySet()));
    }

    @Test
    void openSchemaWarnsAboutALikelyTypoAtTheKeyAndStillKeepsIt() {
        FrontMatterParser.Result r = parse("---\ntitle: x\ndescripton: y\n---\n");
        assertEquals(List.of("content/x.md:3:1: warning: unknown front-matter field 'descripton' (did you mean 'description'?)"),
                r.problems().stream().map(Diagnostic::format).toList());
        assertEquals("y", r.frontMatter().orElseThrow().params().get("descripton"));
        assertEquals(Optional.empty(), r.frontMatter().orElseThrow().description());
    }

    @Test
    void openSchemaDropsUnknownFieldsWithoutAValue() {
        assertFalse(fm("---\ntitle: x\nempty:\n---\n").params().containsKey("empty"));
    }

    @Test
    void closedSchemaRefusesUnknownFields() {
        Schema closed = schema("schema:\n  additionalFields: false\n  fields:\n    evidence: {type: string}\n");
        assertEquals(List.of(
                        "content/x.md:3:1: error: unknown front-matter field 'evidance' (did you mean 'evidence'?)",
                        "content/x.md:4:1: error: unknown front-matter field 'mood' (declare it in site.yml under schema.fields, or remove it)"),
                problems("---\ntitle: x\nevidance: y\nmood: z\n---\n", closed));
    }

    @Test
    void closedSchemaAllowsEngineAndDeclaredFields() {
        Schema closed = schema("schema:\n  additionalFields: false\n  fields:\n    evidence: {type: string}\n");
        FrontMatterParser.Result r = parse("---\ntitle: x\ntags: [a]\nevidence: good\n---\n", closed, "page", "");
        assertEquals(List.of(), r.problems());
        assertEquals(Map.of("evidence", "good"), r.frontMatter().orElseThrow().params());
    }

    // ---- declared field types and constraints

    private static final Schema TYPED = schema("""
            schema:
              fields:
                n: {type: number, min: 0.5, max: 10}
                i: {type: int, min: 1, max: 5}
                b: {type: bool}
                d: {type: date}
                u: {type: url}
                m: {type: map}
                pg: {type: page}
                pgs: {type: list, items: page, maxItems: 2}
                code: {type: string, pattern: '[A-Z]{3}'}
                level: {type: string, values: [low, medium, high]}
                lv: {type: list, values: [a, b], minItems: 1, maxItems: 2}
                nums: {type: list, items: int, min: 0, max: 3}
            """);

    @Test
    void declaredFieldsAreConvertedToTheirType() {
        FrontMatterParser.Result r = parse("---\ntitle: x\nn: 3\ni: 3\nb: false\nd: 2025-03-04\nu: https://x.org\nm: {a: 1}\npg: ../a.md\n"
                + "code: ABC\nlevel: low\nlv: a\nnums: [0, 3]\n---\n", TYPED, "page", "");
        assertEquals(List.of(), r.problems());
        Map<String, Object> p = r.frontMatter().orElseThrow().params();
        assertEquals(3.0, p.get("n"), "numbers are doubles");
        assertEquals(3L, p.get("i"));
        assertEquals(false, p.get("b"));
        assertEquals(LocalDate.of(2025, 3, 4), p.get("d"));
        assertEquals("https://x.org", p.get("u"));
        assertEquals(Map.of("a", 1L), p.get("m"));
        assertEquals("../a.md", p.get("pg"));
        assertEquals("ABC", p.get("code"));
        assertEquals("low", p.get("level"));
        assertEquals(List.of("a"), p.get("lv"));
        assertEquals(List.of(0L, 3L), p.get("nums"));
    }

    @Test
    void wrongTypesAreErrorsAtTheValue() {
        assertEquals(List.of(
                        "content/x.md:3:4: error: 'n' must be a number, found text (write a number without quotes, e.g. 2.5)",
                        "content/x.md:4:4: error: 'i' must be a whole number, found a number (write digits only, e.g. 3)",
                        "content/x.md:5:4: error: 'b' must be true or false, found a whole number (write true or false, without quotes)",
                        "content/x.md:6:4: error: 'd' is not a valid date: '5' (write dates as YYYY-MM-DD, e.g. 2026-01-31)",
                        "content/x.md:7:4: error: 'u' must be a URL starting with https://, http:// or /, found 'ftp://x' (start it with https://, http:// or /)",
                        "content/x.md:8:4: error: 'm' must be a map of 'key: value' lines, found a list (indent 'name: value' lines below it, or write {name: value})",
                        "content/x.md:9:5: error: 'pg' must be a path to a page, found true/false (write a path to a .md file, relative to this page)",
                        "content/x.md:10:7: error: 'code' must be text, found a list (put it in quotes, e.g. \"[draft] notes\" or \"2026\")"),
                problems("---\ntitle: x\nn: abc\ni: 2.0\nb: 1\nd: 5\nu: ftp://x\nm: [1]\npg: true\ncode: [ABC]\n---\n", TYPED));
    }

    @Test
    void aSiteRelativeUrlIsAccepted() {
        assertEquals(List.of(), problems("---\ntitle: x\nu: /local/\n---\n", TYPED));
    }

    @Test
    void minAndMaxBoundNumbers() {
        assertEquals(List.of(
                        "content/x.md:3:4: error: 'n' must be at least 0.5, found 0.1 (allowed: 0.5 to 10)",
                        "content/x.md:4:4: error: 'i' must be at least 1, found 0 (allowed: 1 to 5)"),
                problems("---\ntitle: x\nn: 0.1\ni: 0\n---\n", TYPED));
        assertEquals(List.of("content/x.md:3:4: error: 'i' must be at most 5, found 6 (allowed: 1 to 5)"), problems("---\ntitle: x\ni: 6\n---\n", TYPED));
        assertEquals(List.of(), problems("---\ntitle: x\nn: 10\ni: 5\n---\n", TYPED), "bounds are inclusive");
    }

    @Test
    void minAndMaxApplyToEachListItem() {
        assertEquals(List.of(
                        "content/x.md:3:8: error: 'nums' must be at most 3, found 5 (allowed: 0 to 3)",
                        "content/x.md:3:11: error: 'nums' must be a whole number, found text (write digits only, e.g. 3)"),
                problems("---\ntitle: x\nnums: [5, x]\n---\n", TYPED));
    }

    @Test
    void valuesRestrictTheChoiceWithADidYouMean() {
        assertEquals(List.of("content/x.md:3:8: error: 'level' is 'meduim' but must be one of: low, medium, high (did you mean 'medium'?)"),
                problems("---\ntitle: x\nlevel: meduim\n---\n", TYPED));
        assertEquals(List.of("content/x.md:3:8: error: 'level' is 'HIGH' but must be one of: low, medium, high (did you mean 'high'?)"),
                problems("---\ntitle: x\nlevel: HIGH\n---\n", TYPED), "values are case-sensitive");
        assertEquals(List.of("content/x.md:3:8: error: 'level' is '3' but must be one of: low, medium, high (write one of these values exactly)"),
                problems("---\ntitle: x\nlevel: 3\n---\n", TYPED));
    }

    @Test
    void valuesApplyToEachListItem() {
        assertEquals(List.of(
                        "content/x.md:3:5: error: 'lv' allows at most 2 items, found 3 (allowed: 1 to 2 items)",
                        "content/x.md:3:12: error: 'lv' is 'c' but must be one of: a, b (did you mean 'a'?)"),
                problems("---\ntitle: x\nlv: [a, b, c]\n---\n", TYPED));
    }

    @Test
    void patternMustMatchTheWholeValue() {
        assertEquals(List.of("content/x.md:3:7: error: 'code' value 'ABCD' does not match the pattern [A-Z]{3} (the pattern is set for 'code' in site.yml's schema)"),
                problems("---\ntitle: x\ncode: ABCD\n---\n", TYPED));
        assertEquals(List.of("content/x.md:3:7: error: 'code' value 'abc' does not match the pattern [A-Z]{3} (the pattern is set for 'code' in site.yml's schema)"),
                problems("---\ntitle: x\ncode: abc\n---\n", TYPED));
    }

    @Test
    void aCountOfOneIsSingular() {
        Schema one = schema("schema:\n  fields:\n    one: {type: list, maxItems: 1}\n    some: {type: list, minItems: 1}\n");
        assertEquals(List.of("content/x.md:3:6: error: 'one' allows at most 1 item, found 2 (allowed: at most 1 item)"),
                problems("---\ntitle: x\none: [a, b]\n---\n", one));
        assertEquals(List.of("content/x.md:3:7: error: 'some' needs at least 1 item, found 0 (allowed: at least 1 item)"),
                problems("---\ntitle: x\nsome: []\n---\n", one));
    }

    @Test
    void minItemsAndMaxItemsCountTheList() {
        assertEquals(List.of("content/x.md:3:5: error: 'lv' needs at least 1 item, found 0 (allowed: 1 to 2 items)"), problems("---\ntitle: x\nlv: []\n---\n", TYPED));
        assertEquals(List.of("content/x.md:3:6: error: 'pgs' allows at most 2 items, found 3 (allowed: at most 2 items)"),
                problems("---\ntitle: x\npgs: [a.md, b.md, c.md]\n---\n", TYPED));
    }

    @Test
    void pageFieldsCollectPageRefsWithTheirPositions() {
        FrontMatterParser.Result r = parse("---\ntitle: x\npg: ../a.md\npgs:\n  - a.md\n  - sub/b.md\n---\n", TYPED, "page", "");
        assertEquals(List.of(), r.problems());
        List<FrontMatter.PageRef> refs = r.frontMatter().orElseThrow().pageRefs();
        assertEquals(List.of(
                new FrontMatter.PageRef("pg", "../a.md", new Pos(3, 5)),
                new FrontMatter.PageRef("pgs", "a.md", new Pos(5, 5)),
                new FrontMatter.PageRef("pgs", "sub/b.md", new Pos(6, 5))), refs);
    }

    @Test
    void flowListPageRefsHaveTheirOwnColumns() {
        List<FrontMatter.PageRef> refs = parse("---\ntitle: x\npgs: [a.md, b.md]\n---\n", TYPED, "page", "").frontMatter().orElseThrow().pageRefs();
        assertEquals(List.of(new Pos(3, 7), new Pos(3, 13)), refs.stream().map(FrontMatter.PageRef::pos).toList());
    }

    // ---- positions

    @Test
    void positionsAreRecordedForEveryField() {
        FrontMatter f = fm("---\ntitle: Hi\ndate: 2026-01-02\ntags:\n  - a\nmood: x\n---\n");
        assertEquals(new Pos(2, 8), f.posOf("title"));
        assertEquals(new Pos(3, 7), f.posOf("date"));
        assertEquals(new Pos(5, 3), f.posOf("tags"));
        assertEquals(new Pos(6, 7), f.posOf("mood"));
        assertEquals(Pos.START, f.posOf("never-written"));
    }

    @Test
    void crlfInputGivesTheSamePositionsAsLf() {
        String lf = "---\ntitle: x\ndate: 2026-13-01\nweight: heavy\ntags: [a, 2025-01-01]\n---\nbody\n";
        String crlf = lf.replace("\n", "\r\n");
        assertEquals(problems(lf), problems(crlf));
        assertEquals(3, problems(lf).size());
        FrontMatterParser.Result a = parse(lf);
        FrontMatterParser.Result b = parse(crlf);
        assertEquals(a.frontMatter().orElseThrow().positions(), b.frontMatter().orElseThrow().positions());
        assertEquals(a.bodyOffset(), b.bodyOffset(), "offsets are into the normalised text");
    }

    @Test
    void bomInputGivesTheSamePositionsAsWithout() {
        String lf = "---\ntitle: x\nweight: heavy\n---\nbody\n";
        assertEquals(problems(lf), problems("\uFEFF" + lf));
        assertEquals(problems(lf), problems("\uFEFF" + lf.replace("\n", "\r\n")));
        assertEquals(parse(lf).bodyOffset(), parse("\uFEFF" + lf).bodyOffset());
    }

    @Test
    void oldMacLineEndingsAreNormalisedToo() {
        String lf = "---\ntitle: x\nweight: heavy\n---\nbody\n";
        assertEquals(problems(lf), problems(lf.replace("\n", "\r")));
    }

    // ---- schema rules

    private static final Schema RULES = schema("""
            schema:
              fields:
                evidence: {type: string}
                topics: {type: list}
                audience: {type: string}
                reviewer: {type: string}
              rules:
                - when: {section: types}
                  required: [description]
                - when: {kind: section}
                  required: [summary]
                - when: {evidence: good}
                  required: [reviewer]
                - when: {topics: acne}
                  required: [audience]
                - when: {draft: true}
                  required: [updated]
            """);

    @Test
    void sectionRuleMatchesTheSectionAndItsSubFolders() {
        String msg = "content/x.md:1:1: error: front matter has no 'description' (required by the schema rule at site.yml:10 (section: types))";
        assertEquals(List.of(msg), problems("---\ntitle: x\n---\n", RULES, "page", "types"));
        assertEquals(List.of(msg), problems("---\ntitle: x\n---\n", RULES, "page", "types/sub/deeper"));
    }

    @Test
    void sectionRuleDoesNotMatchSimilarNames() {
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", RULES, "page", "typesetting"));
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", RULES, "page", "other/types"));
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", RULES, "page", ""));
    }

    @Test
    void satisfiedRuleReportsNothing() {
        assertEquals(List.of(), problems("---\ntitle: x\ndescription: d\n---\n", RULES, "page", "types"));
    }

    @Test
    void kindRuleMatchesThePageKind() {
        assertEquals(List.of("content/x.md:1:1: error: front matter has no 'summary' (required by the schema rule at site.yml:12 (kind: section))"),
                problems("---\ntitle: x\n---\n", RULES, "section", "guides"));
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", RULES, "page", "guides"));
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", RULES, "home", ""));
    }

    @Test
    void fieldRuleMatchesOnEquality() {
        assertEquals(List.of("content/x.md:1:1: error: front matter has no 'reviewer' (required by the schema rule at site.yml:14 (evidence: good))"),
                problems("---\ntitle: x\nevidence: good\n---\n", RULES));
        assertEquals(List.of(), problems("---\ntitle: x\nevidence: weak\n---\n", RULES));
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", RULES), "an absent field does not match");
    }

    @Test
    void fieldRuleOnAListMatchesWhenTheListContainsTheValue() {
        assertEquals(List.of("content/x.md:1:1: error: front matter has no 'audience' (required by the schema rule at site.yml:16 (topics: acne))"),
                problems("---\ntitle: x\ntopics: [scars, acne]\n---\n", RULES));
        assertEquals(List.of(), problems("---\ntitle: x\ntopics: [scars]\n---\n", RULES));
    }

    @Test
    void fieldRuleComparesNonTextValuesByTheirText() {
        // (on a draft what the schema requires is a warning until it is published)
        assertEquals(List.of("content/x.md:1:1: warning: front matter has no 'updated' (needed before publishing: required by the schema rule at site.yml:18 (draft: true))"),
                problems("---\ntitle: x\ndraft: true\n---\n", RULES));
        assertEquals(List.of(), problems("---\ntitle: x\ndraft: false\n---\n", RULES));
    }

    @Test
    void ruleWithSeveralConditionsNeedsThemAll() {
        Schema s = schema("schema:\n  rules:\n    - when: {section: types, kind: page}\n      required: [description]\n");
        assertEquals(List.of("content/x.md:1:1: error: front matter has no 'description' (required by the schema rule at site.yml:5 (section: types, kind: page))"),
                problems("---\ntitle: x\n---\n", s, "page", "types"), "the hint names every condition");
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", s, "section", "types"));
        assertEquals(List.of(), problems("---\ntitle: x\n---\n", s, "page", "guides"));
    }

    @Test
    void ruleWithoutWhenAppliesToEveryPage() {
        Schema s = schema("schema:\n  rules:\n    - required: [date, description]\n");
        assertEquals(List.of(
                        "content/x.md:1:1: error: front matter has no 'date' (required by the schema rule at site.yml:5 (every page))",
                        "content/x.md:1:1: error: front matter has no 'description' (required by the schema rule at site.yml:5 (every page))"),
                problems("---\ntitle: x\n---\n", s, "home", ""));
    }

    @Test
    void aRequiredFieldWithATypeErrorIsNotAlsoReportedMissing() {
        Schema s = schema("schema:\n  rules:\n    - required: [date]\n");
        assertEquals(List.of("content/x.md:3:7: error: 'date' is not a valid date: 'soon' (write dates as YYYY-MM-DD, e.g. 2026-01-31)"),
                problems("---\ntitle: x\ndate: soon\n---\n", s));
    }

    @Test
    void aRequiredFieldWrittenWithoutAValueIsStillMissing() {
        // 'field:' with no value is treated as absent everywhere else ("'field:' with no value = absent"),
        // so it cannot satisfy a schema rule that requires the field.
        Schema s = schema("schema:\n  fields:\n    reviewer: {type: string}\n  rules:\n    - required: [description, reviewer]\n");
        assertEquals(List.of(
                        "content/x.md:3:1: error: 'description' is empty (required by the schema rule at site.yml:7 (every page))",
                        "content/x.md:4:1: error: 'reviewer' is empty (required by the schema rule at site.yml:7 (every page))"),
                problems("---\ntitle: x\ndescription:\nreviewer:\n---\n", s));
    }
}
