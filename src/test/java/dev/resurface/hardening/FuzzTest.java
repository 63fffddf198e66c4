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
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs nobody would write on purpose: every example of the CommonMark spec 0.31.2 (vendored from the
 * npm package commonmark-spec) and seeded random pages mixing spec examples, our own syntax,
 * injection strings and broken front matter. Nothing may crash (no exception, no stack trace, exit
 * 0 or 1 only), and output and diagnostics must not depend on the thread count.
 */
class FuzzTest {
    static final int RANDOM_SITES = 4;
    static final int PAGES_PER_SITE = 100;
    static final long SEED = 20261125L;
    @TempDir
    Path tmp;

    static List<String> specExamples() throws Exception {
        String spec;
        try (InputStream in = FuzzTest.class.getResourceAsStream("/vendor/commonmark-spec-0.31.2/spec.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        spec = spec.replaceAll("(?ms)^<!-- END TESTS -->.*", "");
        Matcher m = Pattern.compile("(?m)^`{32} example\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^`{32}$").matcher(spec);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1).replace('→', '\t'));
        return out;
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

    private static void noCrash(Fixtures.Run run) {
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat ") && !run.err().contains("Error:"), run.err());
    }
}
