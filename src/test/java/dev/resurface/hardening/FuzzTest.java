package dev.resurface.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.markdown.MarkdownEngine;
import dev.resurface.markdown.ParsedMarkdown;
import dev.resurface.testing.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs nobody would write on purpose: every example of the CommonMark spec 0.31.2 (vendored from the
 * npm package commonmark-spec) and seeded random pages mixing spec examples, our own syntax,
 * injection strings and broken front matter. Nothing may crash (no exception, no stack trace, exit
 * 0 or 1 only), and output and diagnostics must not depend on the thread count.
 *
 * <p>Inputs per run (all seeded, so a failure names a reproducible input): 652 spec examples,
 * rendered twice by the engine and built as one site with 1 and 4 threads; 400 random pages in 4
 * sites, mostly broken, whose diagnostics must not depend on threads; 300 random valid pages in 2
 * sites that must build (exit 0) to the same bytes with 1 thread, 4 threads and again; 20,000
 * random front-matter blocks parsed twice, every problem placed in the file with a hint.
 */
@Tag("slow") // fuzzes many generated sites
class FuzzTest {
    static final int RANDOM_SITES = 4;
    static final int PAGES_PER_SITE = 100;
    static final long SEED = 20261125L;
    @TempDir
    Path tmp;

    static List<String> specExamples() throws Exception {
        return Fixtures.commonMarkSpecExamples();
    }

    @Test
    void everyCommonMarkSpecExampleParsesAndRendersTheSameTwice() throws Exception {
        List<String> examples = specExamples();
        assertEquals(652, examples.size(), "examples in spec 0.31.2");
        MarkdownEngine engine = new MarkdownEngine(List.of(2, 3), 40);
        for (int i = 0; i < examples.size(); i++) {
            String md = examples.get(i);
            ParsedMarkdown a = engine.parse(md);
            ParsedMarkdown b = engine.parse(md);
            assertEquals(engine.render(a.document()), engine.render(b.document()), "example " + (i + 1));
            assertEquals(engine.plainText(a.document()), engine.plainText(b.document()));
        }
    }

    @Test
    void theSpecExamplesAsASiteNeverCrashTheBuild() throws Exception {
        List<String> examples = specExamples();
        Path site = tmp.resolve("spec");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("site.yml"), "title: Spec\nbaseUrl: https://example.org/\n");
        for (int i = 0; i < examples.size(); i++) {
            Files.writeString(site.resolve("content/example-" + (i + 1) + ".md"), "---\ntitle: Example " + (i + 1) + "\n---\n" + examples.get(i));
        }
        Fixtures.Run one = Fixtures.cli("check", "--site", site.toString(), "--threads", "1");
        Fixtures.Run four = Fixtures.cli("check", "--site", site.toString(), "--threads", "4");
        noCrash(one);
        assertTrue(one.exit() == 0 || one.exit() == 1, one.err());
        assertEquals(one.err(), four.err());
    }

    /** Pieces random pages are made of. */
    static final String[] BODY = {
        "# Heading\n", "## Same\n", "## Same\n", "text with *emphasis* and **strong**\n", "- item\n  - nested\n", "1. one\n2. two\n",
        "> quote\n", "```\ncode {{< not-a-shortcode >}}\n```\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "[link](other.md)\n", "[anchor](#same)\n",
        "[bad](missing.md#nowhere)\n", "![img](img/none.png)\n", "<div class=\"x\">raw</div>\n", "<script>alert(1)</script>\n",
        "[@unknown-source]\n", "[@a; @b]\n", "{{< comparison-table table=\"none\" >}}\n", "{{< nope >}}\n", "Text[^1].\n\n[^1]: Note.\n",
        "${injection} <#assign x=1> [#ftl] {{ mustache }}\n", "\"quotes\" & <angle> 'apostrophe'\n", "\u202Ebidi\u202C \u0000nul\n",
        "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n", "\r\nwindows line\r\n", "\ttab indented\n", "***\n", "[ref]\n\n[ref]: other.md\n", "<!--more-->\n",
        "javascript:alert(1) [x](javascript:alert(1))\n", "[x](file:///etc/passwd)\n", "[x](../../../etc/passwd)\n", "{#id .class}\n",
        "Term\n: definition\n", "~~struck~~\n", "- [ ] task\n- [x] done\n", "http://example.org/bare\n",
    };
    static final String[] FRONT = {
        "title: Page %d\n", "title: \"Quote \\\" </script> %d\"\n", "title: [not, a, string]\n", "title:\n", "description: <b>bold</b>\n",
        "date: 2026-02-30\n", "date: yesterday\n", "date: 2026-01-01\n", "draft: true\n", "draft: maybe\n", "tags: [a, b, \"c d\"]\n",
        "tags: just-a-string\n", "weight: -3\n", "weight: 1e9\n", "slug: ../escape\n", "slug: fine-slug-%d\n", "aliases: [/old-%d/]\n",
        "aliases: [/../../etc/]\n", "unknownField: 1\n", "title: duplicate\n", "layout: missing\n", "\tindented: tab\n", "lastReviewed: 2020-01-01\n",
        "reviewedBy: nobody\n",
    };

    @Test
    void seededRandomSitesNeverCrashAndDoNotDependOnThreads() throws Exception {
        Random random = new Random(SEED);
        List<String> examples = specExamples();
        int tried = 0;
        for (int s = 0; s < RANDOM_SITES; s++) {
            Path site = tmp.resolve("random-" + s);
            Files.createDirectories(site.resolve("content/sub"));
            Files.writeString(site.resolve("site.yml"), "title: Random\nbaseUrl: https://example.org/\n");
            for (int p = 0; p < PAGES_PER_SITE; p++) {
                StringBuilder page = new StringBuilder();
                int shape = random.nextInt(10);
                if (shape == 0) page.append('\uFEFF');
                if (shape != 1) {
                    page.append("---\n");
                    int fields = random.nextInt(5);
                    if (random.nextInt(4) != 0) page.append(String.format("title: Page %d\n", p));
                    for (int f = 0; f < fields; f++) page.append(String.format(FRONT[random.nextInt(FRONT.length)], p));
                    if (shape != 2) page.append("---\n"); // shape 2: never closed
                }
                int blocks = random.nextInt(8);
                for (int b = 0; b < blocks; b++) {
                    page.append(random.nextInt(3) == 0 ? examples.get(random.nextInt(examples.size())) : BODY[random.nextInt(BODY.length)]);
                    page.append('\n');
                }
                String text = page.toString();
                if (shape == 3) text = text.replace("\n", "\r\n");
                Path file = site.resolve("content/" + (p % 3 == 0 ? "sub/" : "") + "p" + p + ".md");
                if (shape == 4) Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 'x', 0, 1, 2}); // not UTF-8
                else Files.writeString(file, text);
                tried++;
            }
            Path out1 = tmp.resolve("out1-" + s);
            Path out4 = tmp.resolve("out4-" + s);
            Fixtures.Run one = Fixtures.cli("build", "--site", site.toString(), "--output", out1.toString(), "--threads", "1");
            Fixtures.Run four = Fixtures.cli("build", "--site", site.toString(), "--output", out4.toString(), "--threads", "4");
            noCrash(one);
            noCrash(four);
            assertTrue(one.exit() == 0 || one.exit() == 1, one.err());
            assertEquals(one.err(), four.err(), "site " + s);
            assertEquals(Fixtures.snapshot(out1), Fixtures.snapshot(out4), "site " + s);
            // every diagnostic is path:line:col-shaped
            for (String line : one.errLines()) {
                assertTrue(line.matches("(content/\\S+|site\\.yml|templates/\\S+)(:\\d+){0,2}: (error|warning): .+") || line.matches("\\d+ errors?, \\d+ warnings?.*"), line);
            }
        }
        assertEquals(RANDOM_SITES * PAGES_PER_SITE, tried);
    }

    static final int VALID_SITES = 2;
    static final int VALID_PAGES_PER_SITE = 150;
    /** Blocks that are correct on their own and together: random valid pages must build, with or without threads. */
    static final String[] SAFE_BODY = {
        "# Heading\n", "## Same\n", "## Same\n", "### Ünïcödé & \"quotes\" ###\n", "text with *emphasis*, **strong** and `code`\n",
        "- item\n  - nested\n    - deeper\n", "1. one\n2. two\n", "> quote\n> > nested quote\n", "```\ncode {{< not-a-shortcode >}} ${x} <#if>\n```\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n", "***\n", "Term\n: definition\n", "~~struck~~\n", "- [ ] task\n- [x] done\n",
        "\"quotes\" -- dashes... and 'apostrophes'\n", "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and \u202Ebidi\u202C\n", "\ttab-indented code\n",
        "Line with trailing spaces  \nand a hard break.\n", "<!--more-->\n", "\\{not attributes\\} and \\${not a template}\n",
    };

    /** Spec examples that are correct on any page: no links, images, HTML, attributes or citations. */
    static List<String> simpleSpecExamples() throws Exception {
        return specExamples().stream().filter(e -> !Pattern.compile("[\\[<{@!]|https?:|www\\.").matcher(e).find()).toList();
    }

    @Test
    void seededRandomValidSitesBuildByteIdenticallyWhateverTheThreads() throws Exception {
        Random random = new Random(SEED + 1);
        List<String> examples = simpleSpecExamples();
        assertEquals(391, examples.size(), "simple examples in spec 0.31.2");
        int tried = 0;
        for (int s = 0; s < VALID_SITES; s++) {
            Path site = tmp.resolve("valid-" + s);
            Files.createDirectories(site.resolve("content/sub"));
            Files.writeString(site.resolve("site.yml"), "title: Valid\nbaseUrl: https://example.org/\n");
            for (int p = 0; p < VALID_PAGES_PER_SITE; p++) {
                StringBuilder page = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF---\n" : "---\n");
                page.append("title: \"Page ").append(p).append(random.nextBoolean() ? " <&> \\\" ${x}" : "").append("\"\n");
                if (random.nextBoolean()) page.append("date: 2026-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10)).append('\n');
                if (random.nextBoolean()) page.append("tags: [t").append(random.nextInt(5)).append(", \"Tag ").append(random.nextInt(3)).append("\"]\n");
                if (random.nextBoolean()) page.append("weight: ").append(random.nextInt(7) - 3).append('\n');
                page.append("---\n");
                int blocks = random.nextInt(10);
                for (int b = 0; b < blocks; b++) {
                    page.append(random.nextInt(2) == 0 ? examples.get(random.nextInt(examples.size())) : SAFE_BODY[random.nextInt(SAFE_BODY.length)]);
                    page.append('\n');
                }
                String text = page.toString();
                if (random.nextInt(8) == 0) text = text.replace("\n", "\r\n");
                Files.writeString(site.resolve("content/" + (p % 3 == 0 ? "sub/" : "") + "p" + p + ".md"), text);
                tried++;
            }
            Path out1 = tmp.resolve("valid-out1-" + s);
            Path out4 = tmp.resolve("valid-out4-" + s);
            Fixtures.Run one = Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out1.toString(), "--threads", "1");
            Fixtures.Run four = Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out4.toString(), "--threads", "4");
            assertEquals(0, one.exit(), one.err());
            assertEquals(0, four.exit(), four.err());
            Map<String, String> files = Fixtures.snapshot(out1);
            assertTrue(files.keySet().stream().filter(f -> f.endsWith("index.html")).count() > VALID_PAGES_PER_SITE, "every page was written");
            assertEquals(files, Fixtures.snapshot(out4), "site " + s + ": the same bytes with 1 thread or 4");
            Fixtures.Run again = Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out4.toString(), "--threads", "4");
            assertEquals(0, again.exit());
            assertEquals(files, Fixtures.snapshot(out4), "site " + s + ": the same bytes when built again");
        }
        assertEquals(VALID_SITES * VALID_PAGES_PER_SITE, tried);
    }

    static final int FRONT_MATTER_INPUTS = 20_000;
    static final String[] KEYS = {"title", "description", "date", "updated", "draft", "slug", "weight", "tags", "aliases", "layout",
        "summary", "lastReviewed", "nextReview", "reviewedBy", "evidence", "keyFacts", "score", "related", "x", "Title", "ünï", "? complex", "[a]", "{b: 1}",
        "&anchor k", "*alias", "!!str k", "\"quoted key\"", "'single'", "", "-", "- item", "#comment"};
    static final String[] VALUES = {"", "text", "\"unclosed", "'unclosed", "\"esc \\\" \\u00e9 \\x\"", "2026-01-31", "2026-02-30", "2026-1-1", "1e999",
        "-0", "0x1F", "0o17", "123456789012345678901234567890", ".inf", ".nan", "~", "null", "yes", "no", "on", "TRUE", "[a, b", "[a, [b, [c]]]",
        "{a: 1, b: [2]}", "{a", "]", "}", "&x v", "*x", "!!binary aGk=", "!!python/object:os.system ls", "!custom v", "|\n  block\n  lines",
        ">-\n  folded", "|", "@at", "`tick`", "%directive", "a: b: c", "a #comment", "\t", "\ttabbed", "ünïcödé 😀", "\u202Ebidi",
        "</script><script>x</script>", "${x} <#if x> {{< y >}}", "../../etc/passwd", "/abs/", "C:\\x", "a\\b", "%2e%2e", "- a\n- b",
        "\n  - nested\n  - list", "\n  k: v\n  k: w", "\n\tk: v", "? x\n: y", "--- ", "...", "---"};

    /** A random front-matter block: lines from keys, separators and values, sometimes unclosed, indented or with CRLF. */
    static String randomFrontMatter(Random r) {
        StringBuilder sb = new StringBuilder(r.nextInt(20) == 0 ? "\uFEFF---\n" : "---\n");
        int lines = r.nextInt(7);
        for (int i = 0; i < lines; i++) {
            if (r.nextInt(8) == 0) sb.append(" ".repeat(r.nextInt(5)));
            if (r.nextInt(30) == 0) sb.append('\t');
            sb.append(KEYS[r.nextInt(KEYS.length)]);
            sb.append(new String[] {": ", ":", " : ", ":\t", "", ": : "}[r.nextInt(6)]);
            sb.append(VALUES[r.nextInt(VALUES.length)]);
            if (r.nextInt(10) == 0) sb.append(VALUES[r.nextInt(VALUES.length)]);
            sb.append('\n');
        }
        if (r.nextInt(10) != 0) sb.append(r.nextInt(15) == 0 ? "...\n" : "---\n");
        sb.append("Body.\n");
        String text = sb.toString();
        return r.nextInt(10) == 0 ? text.replace("\n", "\r\n") : text;
    }

    @Test
    void randomFrontMatterNeverThrowsAndEveryProblemIsPlacedInTheFile() {
        dev.resurface.config.Schema schema = dev.resurface.config.SiteConfigLoader.load("""
                title: T
                baseUrl: https://e.org/
                schema:
                  fields:
                    evidence: {type: string, values: [good, weak]}
                    keyFacts: {type: list, items: string, minItems: 1, maxItems: 2}
                    score: {type: int, min: 1, max: 5}
                    related: {type: list, items: page}
                """, java.util.Optional.empty()).config().orElseThrow().schema();
        dev.resurface.content.FrontMatterParser parser = new dev.resurface.content.FrontMatterParser(schema);
        Random random = new Random(SEED);
        int withProblems = 0;
        for (int i = 0; i < FRONT_MATTER_INPUTS; i++) {
            String text = randomFrontMatter(random);
            dev.resurface.content.SourceFile src = dev.resurface.content.SourceFile.of("content/x.md", "x.md", Path.of("x.md"), text);
            List<String> first;
            try {
                first = parser.parse(src, "page", "").problems().stream().map(dev.resurface.diag.Diagnostic::format).toList();
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input " + i + " crashed the parser: " + text, e);
            }
            List<String> again = parser.parse(src, "page", "").problems().stream().map(dev.resurface.diag.Diagnostic::format).toList();
            assertEquals(first, again, "input " + i + " gives the same problems twice");
            int lineCount = src.lines().lineCount();
            for (String d : first) {
                Matcher m = Pattern.compile("content/x\\.md:(\\d+):(\\d+): (error|warning): .+ \\(.+\\)", Pattern.DOTALL).matcher(d);
                assertTrue(m.matches(), "input " + i + ": path:line:col: severity: message (hint): " + d + "\n" + text);
                int line = Integer.parseInt(m.group(1));
                assertTrue(line >= 1 && line <= lineCount && Integer.parseInt(m.group(2)) >= 1, "input " + i + ": inside the file: " + d + "\n" + text);
            }
            if (!first.isEmpty()) withProblems++;
        }
        assertTrue(withProblems > FRONT_MATTER_INPUTS / 4 && withProblems < FRONT_MATTER_INPUTS, "a mix of good and bad inputs: " + withProblems);
    }

    private static void noCrash(Fixtures.Run run) {
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat ") && !run.err().contains("Error:"), run.err());
    }
}
