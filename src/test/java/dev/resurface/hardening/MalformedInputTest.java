package dev.resurface.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of malformed file, one at a time, dropped into the good site of src/test/resources/errors/_base:
 * the build names the file, line and column with a hint (never a stack trace), says nothing about the
 * good files around it, exits 1 and leaves the previous output byte for byte. Byte-order marks and
 * CR or CRLF line endings are not errors: they build exactly like plain LF files.
 */
@Tag("slow") // builds fixture sites through the CLI
class MalformedInputTest {
    static final Path BASE = Path.of("src/test/resources/errors/_base");
    static final String FM = "---\ntitle: T\nlastReviewed: 2026-01-01\n---\n";
    /** path:line:col: error|warning: message (hint) */
    static final String SHAPE = "\\S+:\\d+:\\d+: (error|warning|note): .+ \\(.+\\)";

    @TempDir
    Path tmp;

    /** One bad file (relative to the site) and the exact diagnostics it must give. */
    record Case(String name, String file, byte[] bytes, List<String> expected) {
        @Override
        public String toString() { return name; }
    }

    static Case md(String name, String text, String... expected) {
        return new Case(name, "content/guides/c.md", text.getBytes(StandardCharsets.UTF_8), List.of(expected));
    }

    static Case file(String name, String file, byte[] bytes, String... expected) {
        return new Case(name, file, bytes, List.of(expected));
    }

    static byte[] everyByte() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) b[i] = (byte) i;
        return b;
    }

    static Stream<Case> cases() {
        String c = "content/guides/c.md:";
        return Stream.of(
                md("front matter is a list", "---\n- a\n- b\n---\nbody\n",
                        c + "2:1: error: front matter must be 'key: value' lines, found a list (e.g. 'title: My page')"),
                md("front matter is text", "---\njust text\n---\nbody\n",
                        c + "2:1: error: front matter must be 'key: value' lines, found text (e.g. 'title: My page')"),
                md("front matter not closed", "---\ntitle: T\n\nbody\n",
                        c + "1:1: error: front matter is not closed (add a '---' line after the last front-matter field (file has 4 lines))"),
                md("front matter empty", "---\n---\nbody\n", c + "1:1: error: front matter is empty (add at least 'title: …')"),
                md("empty file", "", c + "1:1: error: page has no front matter (start the file with a '---' line, then 'title: …', then another '---' line)"),
                md("TOML front matter", "+++\ntitle = 'x'\n+++\n", c + "1:1: error: TOML front matter ('+++') is not supported (write YAML between '---' lines)"),
                md("tab indentation", "---\ntitle: T\n\tlastReviewed: 2026-01-01\n---\nbody\n",
                        c + "3:1: error: invalid YAML: this line is indented with a tab; YAML needs spaces (replace the tab with spaces)"),
                md("duplicate key", "---\ntitle: T\nlastReviewed: 2026-01-01\ntitle: U\n---\nbody\n",
                        c + "4:1: error: duplicate key 'title' (first set at line 2; keep one)"),
                md("YAML alias", "---\ntitle: &a T\nlastReviewed: 2026-01-01\ndescription: *a\n---\nx\n",
                        c + "4:1: error: 'description' is a YAML alias ('*name'); aliases are not supported (write the value out)"),
                md("YAML global tag", "---\ntitle: !!python/object T\nlastReviewed: 2026-01-01\n---\nx\n",
                        c + "2:8: error: invalid YAML: a value cannot start with '!' (put the whole value in quotes: title: \"!!python/object T\")"),
                md("YAML nested too deeply", "---\ntitle: T\nlastReviewed: 2026-01-01\nevidence: " + "[".repeat(200) + "]".repeat(200) + "\n---\nx\n",
                        c + "2:1: error: invalid YAML: lists and maps are nested too deeply (at most 64 levels of lists and maps inside one another)"),
                md("impossible date", "---\ntitle: T\nlastReviewed: 2026-02-30\n---\nx\n",
                        c + "3:15: error: 'lastReviewed' is 2026-02-30, but February 2026 has 28 days (write a day from 01 to 28, e.g. 2026-02-28)"),
                md("date as words", "---\ntitle: T\nlastReviewed: soon\n---\nx\n",
                        c + "3:15: error: 'lastReviewed' is not a valid date: 'soon' (write dates as YYYY-MM-DD, e.g. 2026-01-31)"),
                md("wrong types", "---\ntitle: {a: 1}\nlastReviewed: [2026-01-01]\ndraft: yes please\nweight: ten\ntags: {x: 1}\naliases: 5\n---\nx\n",
                        c + "2:8: error: 'title' must be text, found a map (put it in quotes, e.g. \"[draft] notes\" or \"2026\")",
                        c + "3:15: error: 'lastReviewed' must be a date (YYYY-MM-DD), found a list (write dates as YYYY-MM-DD, e.g. 2026-01-31)",
                        c + "4:8: error: 'draft' must be true or false, found text (write true or false, without quotes)",
                        c + "5:9: error: 'weight' must be a whole number, found text (write digits only, e.g. 3)",
                        c + "6:7: error: 'tags' must be a list, found a map (write it as [a, b] or as '- item' lines)",
                        c + "7:10: error: 'aliases' must be a list, found a whole number (write it as [a, b] or as '- item' lines)"),
                md("null title", "---\ntitle: ~\nlastReviewed: 2026-01-01\n---\nx\n", c + "2:8: error: 'title' is empty (give the page a title)"),
                md("unknown layout", FM.replace("---\nt", "---\nlayout: wid\nt"),
                        c + "2:9: error: layout 'wid' does not exist (no templates/wid.ftlh) (available: page)"),
                md("layout that leaves templates/", FM.replace("---\nt", "---\nlayout: ../../etc/passwd\nt"),
                        c + "2:9: error: layout '../../etc/passwd' is not a template name (write the name without '.ftlh', e.g. 'layout: wide')"),
                md("unknown shortcode", FM + "{{< nope >}}\n", c + "5:1: error: unknown shortcode 'nope' (no templates/shortcodes/nope.ftlh) (add templates/shortcodes/nope.ftlh defining <#macro shortcode …>)"),
                md("slug that leaves the site", FM.replace("---\nt", "---\nslug: ../../x\nt"),
                        c + "2:7: error: slug '../../x' is not allowed (use letters, digits, '-', '_' or '.', starting with a letter or digit (no '/' or '..'))"),
                md("aliases in every encoding", FM.replace("---\nt", "---\naliases: ['/%2e%2e/%2e%2e/x/', '/a\\b/', \"/a\\0b/\", 'C:/x/', '//evil.org/']\nt"),
                        c + "2:10: error: alias '/%2e%2e/%2e%2e/x/' has characters that do not belong in a URL path (e.g. aliases: [/old-name/])",
                        c + "2:10: error: alias '//evil.org/' has an empty path segment (e.g. aliases: [/old-name/])",
                        c + "2:10: error: alias '/a\\b/' has characters that do not belong in a URL path (e.g. aliases: [/old-name/])",
                        c + "2:10: error: alias '/a\\u0000b/' has characters that do not belong in a URL path (e.g. aliases: [/old-name/])",
                        c + "2:10: error: alias 'C:/x/' must start with '/' (a path from the site root) (e.g. aliases: [/old-name/])"),
                md("links to folders", FM + "[a](../guides/) [b](../img) [c](../img/)\n",
                        c + "5:17: error: link target '../img' is a folder, not a page (link to a file in it, or add img/_index.md)",
                        c + "5:29: error: link target '../img/' is a folder, not a page (link to a file in it, or add img/_index.md)"),
                md("absolute and escaping links", FM + "[a](/etc/passwd) [b](%2e%2e/%2e%2e/x.md) [c](..\\..\\x.md) [d](b.md%00.md) [e](/content/guides/b.md)\n",
                        c + "5:1: error: link target '/etc/passwd' does not exist on this site (link to the Markdown file instead, e.g. [text](page.md))",
                        c + "5:18: error: link target '%2e%2e/%2e%2e/x.md' points outside content/ (remove a '../')",
                        c + "5:42: error: link target '..\\..\\x.md' contains a backslash or NUL character (use '/' between folders)",
                        c + "5:58: error: link target 'b.md%00.md' contains a backslash or NUL character (use '/' between folders)",
                        c + "5:74: error: link target '/content/guides/b.md' does not exist (a relative target starts from this page's folder; one starting with '/' from content/)"),
                md("external links that run code or leave the web", FM
                                + "[ok](https://example.org/x) [ok](mailto:a@b.c) [a](data:text/html,x) [b](JavaScript:alert(1)) [c](vbscript:x) [d](file:///etc/passwd) [e](C:\\Windows\\x.md)\n",
                        c + "5:48: error: 'data:' links are not allowed (link to a page or an https:// address)",
                        c + "5:70: error: 'javascript:' links are not allowed (link to a page or an https:// address)",
                        c + "5:95: error: 'vbscript:' links are not allowed (link to a page or an https:// address)",
                        c + "5:111: error: 'file:' links are not allowed (link to a page or an https:// address)",
                        c + "5:135: error: link target 'C:\\Windows\\x.md' is a path on your computer, not a web address "
                                + "(link to the page's .md file relative to this one, e.g. [text](other.md))"),
                md("anchors with odd characters", FM + "## Ünïcödé & <b>\"quotes\"</b> %20 ###\n\n[a](#ünïcödé--b-quotes-b-20)\n[b](b.md#Details)\n"
                                + "[c](#%3Cscript%3E)\n[d](#a\"b)\n[e](#)\n[f](b.md#)\n[ok](#ünïcödé--quotes-20)\n",
                        c + "7:1: error: anchor '#ünïcödé--b-quotes-b-20' does not exist in this page (did you mean '#ünïcödé--quotes-20'?)",
                        c + "8:1: error: anchor '#Details' does not exist in guides/b.md (did you mean '#details'?)",
                        c + "9:1: error: anchor '#<script>' does not exist in this page (anchors are made from headings: '## Risks' is #risks)",
                        c + "10:1: error: anchor '#a\"b' does not exist in this page (anchors are made from headings: '## Risks' is #risks)",
                        c + "11:1: error: link '#' has an empty anchor (remove the '#' or name a heading)",
                        c + "12:1: error: link 'b.md#' has an empty anchor (remove the '#' or name a heading)"),
                file("binary file named .md", "content/guides/c.md", everyByte(),
                        c + "2:118: error: file is not valid UTF-8 text (save it as UTF-8 (a binary file named .md also causes this))"),
                file("UTF-16 text", "content/guides/c.md", "---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_16),
                        c + "1:1: error: file is not valid UTF-8 text (save it as UTF-8 (a binary file named .md also causes this))"),
                file("Latin-1 text", "content/guides/c.md", (FM + "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1),
                        c + "5:4: error: file is not valid UTF-8 text (save it as UTF-8 (a binary file named .md also causes this))"),
                file("NUL in UTF-8 text", "content/guides/c.md", (FM + "ab\0cd\n").getBytes(StandardCharsets.UTF_8),
                        c + "5:3: error: file contains NUL characters; it looks binary (only text belongs in a .md file)"),
                file("binary data file", "content/_data/x.yml", everyByte(),
                        "content/_data/x.yml:2:118: error: file is not valid UTF-8 text (save it as UTF-8 (a binary file named .yml also causes this))"),
                file("NUL in a data file", "content/_data/x.yml", "- a: 1\n- b: \0\n".getBytes(StandardCharsets.UTF_8),
                        "content/_data/x.yml:2:6: error: file contains NUL characters; it looks binary (only text belongs in a .yml file)"),
                file("data file with a tab", "content/_data/x.yml", "a:\n\t- 1\n".getBytes(StandardCharsets.UTF_8),
                        "content/_data/x.yml:2:1: error: invalid YAML: this line is indented with a tab; YAML needs spaces (replace the tab with spaces)"),
                file("duplicate key in a data file", "content/_data/x.yml", "a: 1\na: 2\n".getBytes(StandardCharsets.UTF_8),
                        "content/_data/x.yml:2:1: error: duplicate key 'a' (first set at line 1; keep one)"),
                file("binary site.yml", "site.yml", everyByte(),
                        "site.yml:2:118: error: file is not valid UTF-8 text (save it as UTF-8 (a binary file named .yml also causes this))",
                        "site.yml:2:118: note: 3 pages could not be checked because of the error in this file (they are checked once the error is fixed)"),
                file("site.yml is a list", "site.yml", "- a\n".getBytes(StandardCharsets.UTF_8),
                        "site.yml:1:1: error: site.yml must be a map of 'key: value' lines (e.g. 'title: My site')",
                        "site.yml:1:1: note: 3 pages could not be checked because of the error in this file (they are checked once the error is fixed)"),
                file("binary template", "templates/page.ftlh", everyByte(),
                        "templates/page.ftlh:2:118: error: file is not valid UTF-8 text (save it as UTF-8 (a binary file named .ftlh also causes this))"),
                file("NUL in a template", "templates/page.ftlh", "<html>\0${page.title}</html>".getBytes(StandardCharsets.UTF_8),
                        "templates/page.ftlh:1:7: error: file contains NUL characters; it looks binary (only text belongs in a .ftlh file)"));
    }

    private Path goodSite() {
        Path site = Fixtures.copy(BASE, tmp.resolve("site"));
        Path out = tmp.resolve("out");
        Fixtures.Run good = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
        assertEquals(0, good.exit(), good.err());
        return site;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMalformedFileIsOneClearDiagnosticAndTheOldOutputStays(Case bad) throws Exception {
        Path site = goodSite();
        Path out = tmp.resolve("out");
        Map<String, String> before = Fixtures.snapshot(out);
        Path file = site.resolve(bad.file());
        Files.createDirectories(file.getParent());
        Files.write(file, bad.bytes());

        Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());

        assertEquals(1, run.exit(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("internal error"), run.err());
        List<String> lines = run.errLines();
        assertEquals(bad.expected(), lines.subList(0, lines.size() - 1), "exactly these diagnostics, and none about the good files around it");
        for (String line : bad.expected()) assertTrue(line.matches(SHAPE), "path:line:col: severity: message (hint): " + line);
        assertTrue(lines.get(lines.size() - 1).endsWith("; nothing was written"), lines.toString());
        assertEquals(before, Fixtures.snapshot(out), "the previous output is untouched");
    }

    /** The same page saved four ways. */
    static Map<String, byte[]> encodings(String text) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(crlf, 0, both, bom.length, crlf.length);
        byte[] withBom = new byte[bom.length + text.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, withBom, bom.length, withBom.length - bom.length);
        return Map.of("LF", text.getBytes(StandardCharsets.UTF_8), "BOM", withBom, "CRLF", crlf, "BOM+CRLF", both,
                "CR", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void byteOrderMarksAndLineEndingsBuildExactlyLikeLf() throws Exception {
        String page = "---\ntitle: Line endings\nlastReviewed: 2026-01-01\n---\nFirst paragraph,\nsame paragraph.\n\n## Details\n\n- one\n- two\n\n```\ncode\n```\n";
        Map<String, String> expected = null;
        for (Map.Entry<String, byte[]> e : encodings(page).entrySet()) {
            Path site = Fixtures.copy(BASE, tmp.resolve("site-" + e.getKey()));
            Files.write(site.resolve("content/guides/c.md"), e.getValue());
            Path out = tmp.resolve("out-" + e.getKey());
            Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
            assertEquals(0, run.exit(), e.getKey() + ": " + run.err());
            Map<String, String> files = Fixtures.snapshot(out);
            if (expected == null) expected = files;
            assertEquals(expected, files, e.getKey() + " builds the same site, byte for byte");
        }
    }

    @Test
    void positionsAreTheSameWhateverTheLineEndingsAndByteOrderMark() throws Exception {
        String page = "---\ntitle: Positions\nlastReviewed: 2026-01-01\n---\nline\n  see [x](nope.md)\n";
        for (Map.Entry<String, byte[]> e : encodings(page).entrySet()) {
            Path site = Fixtures.copy(BASE, tmp.resolve("site-" + e.getKey()));
            Files.write(site.resolve("content/guides/c.md"), e.getValue());
            Fixtures.Run run = Fixtures.cli("check", "--site", site.toString());
            assertEquals(List.of("content/guides/c.md:6:7: error: link target 'nope.md' does not exist (did you mean 'a.md'?)", "1 error, 0 warnings"),
                    run.errLines(), e.getKey());
        }
    }

    @Test
    void aTemplateLinkedFromOutsideTemplatesIsSkippedNotRead() throws Exception {
        Path site = goodSite();
        Path secret = Files.writeString(tmp.resolve("secret.ftlh"), "SECRET ${1}");
        Files.createSymbolicLink(site.resolve("templates/evil.ftlh"), secret);
        Files.createSymbolicLink(site.resolve("templates/loop.ftlh"), site.resolve("templates/loop.ftlh"));
        Files.writeString(site.resolve("content/guides/c.md"), FM.replace("---\nt", "---\nlayout: evil\nt") + "x\n");
        Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(List.of(
                "content/guides/c.md:2:9: error: layout 'evil' does not exist (no templates/evil.ftlh) (available: page)",
                "templates/evil.ftlh: warning: symbolic link skipped (copy the file into templates/ instead)",
                "templates/loop.ftlh: warning: symbolic link skipped (copy the file into templates/ instead)",
                "1 error, 2 warnings; nothing was written"), run.errLines());
        assertEquals(1, run.exit());
    }
}
