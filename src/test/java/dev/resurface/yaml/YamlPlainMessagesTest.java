package dev.resurface.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.resurface.config.Schema;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.SourceFile;
import dev.resurface.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The YAML mistakes authors make, each with SnakeYAML's raw message (in the comment) and the plain
 * sentence that replaces it, at the same place in a data file and in a page's front matter (one line
 * lower, below the opening '---').
 */
class YamlPlainMessagesTest {

    /** name, YAML text, line, column, message and hint (line and column as in the data file). */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                // "mapping values are not allowed here"
                Arguments.of("indented more than the field above", "title: A\n  description: B\n", 2, 3,
                        "this line is indented more than the field above it",
                        "line fields up under each other: start it in column 1, like 'title' on line 1"),
                // "expected <block end>, but found '<block mapping start>'"
                Arguments.of("indented less than the field above", "params:\n  a: 1\n b: 2\n", 3, 2,
                        "this line is indented less than the field above it",
                        "line fields up under each other: line 2 starts in column 3, this one in column 2"),
                // "expected <block end>, but found '<block mapping start>'" in a list of entries
                Arguments.of("entry field out of line", "- id: a\n title: b\n", 2, 2,
                        "this line is indented less than the field above it",
                        "line fields up under each other: line 1 starts in column 3, this one in column 2"),
                // "found character '\t(TAB)' that cannot start any token. (Do not use \t(TAB) for indentation)"
                Arguments.of("tab indentation", "title: A\n\tdescription: B\n", 2, 1,
                        "this line is indented with a tab; YAML needs spaces", "replace the tab with spaces"),
                Arguments.of("tab after the colon", "title:\tA\n", 1, 7,
                        "a tab character here; YAML separates with spaces", "replace the tab with a space"),
                // "mapping values are not allowed here"
                Arguments.of("colon inside an unquoted value", "title: Laser: the facts\n", 1, 13,
                        "this value contains ': ', which YAML reads as the start of a new field",
                        "put the whole value in quotes: title: \"Laser: the facts\""),
                // "found unexpected end of stream while scanning a quoted scalar"
                Arguments.of("unclosed quote", "title: \"Laser\ndescription: B\n", 1, 8,
                        "the quote that opens here is never closed", "end the value with the same quote mark, on the same line"),
                // "expected <block end>, but found '<scalar>'"
                Arguments.of("text after the closing quote", "title: \"Laser\" facts\n", 1, 16,
                        "there is more text after the closing quote", "put the whole value in quotes: title: '\"Laser\" facts'"),
                Arguments.of("apostrophe in single quotes", "title: 'it's done'\n", 1, 12,
                        "the apostrophe ends the single-quoted value early",
                        "inside single quotes write an apostrophe twice ('it''s'), or use double quotes"),
                // "expected <block end>, but found '?'" while parsing a block collection
                Arguments.of("a field among list items", "tags:\n  - acne\n  colour: red\n", 3, 3,
                        "a 'name: value' line among '- item' lines",
                        "a list holds only '- item' lines: write '- colour: red', or move it out to the column of the field that holds the list"),
                // "expected <block end>, but found '-'" while parsing a block mapping
                Arguments.of("a list item among fields", "params:\n  a: 1\n  - b\n", 3, 3,
                        "a '- item' line among 'name: value' lines",
                        "put the list under its own field: 'name:' on one line, then the '- item' lines indented below it"),
                // parsed without complaint as the text "-acne -scars"
                Arguments.of("list item without a space", "tags:\n  -acne\n  -scars\n", 2, 3,
                        "'-acne' is not a list item: a '-' needs a space after it", "write '- acne'"),
                // "expected ',' or ']', but got :" while parsing a flow sequence
                Arguments.of("unclosed bracket", "tags: [acne, scars\ndescription: B\n", 1, 7,
                        "the '[' that opens here is never closed", "end it with ']' on the same line, e.g. tags: [acne, scars]"),
                // "could not find expected ':'" while scanning a simple key
                Arguments.of("a line without a colon", "title: A\ndescription\nweight: 2\n", 2, 1,
                        "this line has no ':' after its field name",
                        "write it as 'description: value'; text that continues a value goes in quotes"),
                // "mapping values are not allowed here" (at the next line's colon)
                Arguments.of("no space after the colon", "title:A\nweight: 2\n", 1, 6,
                        "a ':' needs a space after it", "write 'title: A'"),
                // "found character '@' that cannot start any token. (Do not use @ for indentation)"
                Arguments.of("value starting with @", "title: @home\n", 1, 8,
                        "a value cannot start with '@'", "put the whole value in quotes: title: \"@home\""),
                // "unexpected character found *(42)" while scanning an alias
                Arguments.of("value starting with *", "title: *bold* claims\n", 1, 8,
                        "a value cannot start with '*'", "put the whole value in quotes: title: \"*bold* claims\""),
                // "found unknown escape character p(112)" while scanning a double-quoted scalar
                Arguments.of("backslash in double quotes", "title: \"C:\\path\"\n", 1, 11,
                        "a backslash '\\' inside double quotes must start a known escape such as \\n or \\\"",
                        "write '\\\\' for a backslash, or use single quotes: 'C:\\files'"),
                // "expected <block end>, but found '<scalar>'"
                Arguments.of("value starting with [", "title: [Draft] notes\n", 1, 16,
                        "a value that starts with '[' is read as a list, and more text follows it",
                        "put the whole value in quotes: title: \"[Draft] notes\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void inADataFile(String name, String yaml, int line, int col, String message, String hint) {
        List<String> got = YamlReader.read(yaml, "content/_data/x.yml", 0).problems().stream().map(Diagnostic::format).toList();
        assertEquals(List.of("content/_data/x.yml:" + line + ":" + col + ": error: invalid YAML: " + message + " (" + hint + ")"), got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void inFrontMatter(String name, String yaml, int line, int col, String message, String hint) {
        String page = "---\n" + yaml + "---\nText.\n";
        FrontMatterParser.Result r = new FrontMatterParser(Schema.OPEN).parse(SourceFile.of("content/x.md", "x.md", Path.of("x.md"), page), "page", "");
        List<String> got = r.problems().stream().filter(d -> d.message().startsWith("invalid YAML")).map(Diagnostic::format).toList();
        // the lines a hint names are the page's lines too
        String pageHint = Pattern.compile("line (\\d+)").matcher(hint).replaceAll(m -> "line " + (Integer.parseInt(m.group(1)) + 1));
        assertEquals(List.of("content/x.md:" + (line + 1) + ":" + col + ": error: invalid YAML: " + message + " (" + pageHint + ")"), got);
    }

    /** Mistakes without a sentence of their own still get one without the parser's token names. */
    @Test
    void noMessageShowsParserTokens() {
        List<String> broken = new ArrayList<>(mistakes().map(a -> (String) a.get()[1]).toList());
        broken.addAll(List.of("? [\n", "a: b\n: c\n", "a: {b: [1, 2}\n", "- a\n-- b\n  c: d\n", "a: !!map x\n", "%YAML 9.9\n---\na: 1\n",
                "a: |x\n", "a: &\n", "a: 'x' 'y'\n", "[a, b]: c\n", "a:\n  - b\n  - c\n d: e\n", "  a: 1\nb: 2\n"));
        for (String yaml : broken) {
            List<Diagnostic> problems = YamlReader.read(yaml, "f.yml", 0).problems();
            for (Diagnostic d : problems) {
                assertFalse(d.format().matches(".*<(block|scalar|stream|document|flow)[^>]*>.*"), d.format());
                assertFalse(d.format().contains("while parsing") || d.format().contains("while scanning"), d.format());
            }
        }
    }
}
