package dev.resurface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: options, exit statuses and what goes to stdout and stderr. */
@Tag("slow") // builds fixture sites through the CLI
class MainTest {
    @Test
    void helpListsEveryBuildOption() {
        Fixtures.Run r = Fixtures.cli("build", "--help");
        assertEquals(0, r.exit());
        for (String opt : new String[] {"--site", "--output", "--drafts", "--strict", "--base-url", "--threads", "--quiet", "--verbose", "--help", "--version"}) {
            assertTrue(r.out().contains(opt), opt + " in help");
        }
    }

    @Test
    void topLevelHelpAndVersion() {
        Fixtures.Run help = Fixtures.cli("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("build"));
        Fixtures.Run v = Fixtures.cli("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("resurface "), v.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Fixtures.cli("build", "--no-such-option").exit());
        assertEquals(2, Fixtures.cli("frobnicate").exit());
        assertEquals(2, Fixtures.cli().exit(), "a command is required");
        Fixtures.Run t = Fixtures.cli("build", "--threads", "0");
        assertEquals(2, t.exit());
        assertTrue(t.err().contains("--threads must be at least 1"), t.err());
        assertEquals(2, Fixtures.cli("build", "--quiet", "--verbose").exit(), "--quiet and --verbose exclude each other");
    }

    @Test
    void quietPrintsNothingOnSuccess(@TempDir Path tmp) {
        Path site = Fixtures.site("basic", tmp);
        Fixtures.Run r = Fixtures.cli("build", "--quiet", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(site.resolve("site-output/index.html")), "--output defaults to <site>/site-output");
    }

    @Test
    void verbosePrintsTheTimeOfEachStage(@TempDir Path tmp) {
        Path site = Fixtures.site("basic", tmp);
        Fixtures.Run r = Fixtures.cli("build", "--verbose", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        for (String stage : new String[] {"load", "parse", "link", "markdown", "render", "copy", "swap"}) {
            assertTrue(r.err().matches("(?s).*resurface: " + stage + " +\\d+ ms\n.*"), stage + " in " + r.err());
        }
    }

    @Test
    void warningsAreReportedAndStrictMakesThemErrors(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path md = site.resolve("content/guides/choosing.md");
        // 'descripton' is a likely typo of an engine field: a warning while the schema is open
        Files.writeString(md, Files.readString(md).replace("slug: choosing-a-clinic", "slug: choosing-a-clinic\ndescripton: typo"));
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("content/guides/choosing.md:6:1: warning: unknown front-matter field 'descripton' (did you mean 'description'?)\n", r.err());
        assertTrue(r.out().contains(", 1 warning in "), r.out());
        Fixtures.Run strict = Fixtures.cli("build", "--strict", "--site", site.toString());
        assertEquals(1, strict.exit());
        assertEquals("content/guides/choosing.md:6:1: error: unknown front-matter field 'descripton' (did you mean 'description'?)\n"
                + "1 error, 0 warnings; nothing was written\n", strict.err());
    }

    @Test
    void checkValidatesEverythingAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Fixtures.Run ok = Fixtures.cli("check", "--site", site.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().matches("checked 6 pages: 0 errors, 0 warnings in \\d+ ms\n"), ok.out());
        assertFalse(Files.exists(site.resolve("site-output")), "check writes no site");

        Files.writeString(site.resolve("templates/partials/toc.ftlh"), "${page.nope}");
        Path report = tmp.resolve("report.json");
        Fixtures.Run bad = Fixtures.cli("check", "--site", site.toString(), "--report", report.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("templates/partials/toc.ftlh:1:3: error: 'page.nope' is undefined"), bad.err());
        String json = Files.readString(report);
        assertTrue(json.startsWith("{\"ok\":false,\"pages\":6,\"errors\":1,\"warnings\":0,\"diagnostics\":["), json);
        assertTrue(json.contains("\"path\":\"templates/partials/toc.ftlh\",\"line\":1,\"col\":3,\"severity\":\"error\""), json);
        assertFalse(Files.exists(site.resolve("site-output")));
    }

    @Test
    void newCreatesAPageWithTheRequiredFrontMatterAndNeverOverwrites(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Fixtures.Run r = Fixtures.cli("new", "--site", site.toString(), "types/erbium-yag.md", "--title", "Er:YAG \"laser\"", "--type", "treatment");
        assertEquals(0, r.exit(), r.err());
        assertEquals("created content/types/erbium-yag.md\n", r.out());
        String text = Files.readString(site.resolve("content/types/erbium-yag.md"));
        assertTrue(text.startsWith("---\ntitle: \"Er:YAG \\\"laser\\\"\"\n"), text);
        assertTrue(text.contains("\ndraft: true"), text);
        assertTrue(text.contains("\nlastReviewed:   # YYYY-MM-DD"), "required by the schema rule for types/, left for the author to fill in: " + text);
        assertTrue(text.contains("## Risks and side effects"), "treatment outline");
        assertEquals(0, Fixtures.cli("check", "--site", site.toString()).exit(), "the new page is valid as created");

        Files.writeString(site.resolve("content/types/erbium-yag.md"), "mine");
        Fixtures.Run again = Fixtures.cli("new", "--site", site.toString(), "types/erbium-yag.md");
        assertEquals(1, again.exit());
        assertEquals("content/types/erbium-yag.md: error: already exists; nothing was written (choose another name)\n", again.err());
        assertEquals("mine", Files.readString(site.resolve("content/types/erbium-yag.md")));
        assertEquals(2, Fixtures.cli("new", "--site", site.toString(), "../escape.md").exit());
        assertFalse(Files.exists(tmp.resolve("escape.md")));
        assertFalse(Files.exists(site.resolve("escape.md")));
    }

    @Test
    void refusesDangerousOutputFolders(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        for (String out : new String[] {site.toString(), site.resolve("content/out").toString(), site.resolve("templates").toString(), tmp.toString(), "/"}) {
            Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", out);
            assertEquals(1, r.exit(), out);
            assertTrue(r.err().startsWith("--output: error: output folder"), r.err());
        }
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("precious.txt"), "keep me");
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", foreign.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is not empty and was not made by resurface"), r.err());
        assertEquals("keep me", Files.readString(foreign.resolve("precious.txt")));
    }

    @Test
    void concurrentBuildOfTheSameOutputIsRefusedClearly(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path out = tmp.resolve("out");
        try (dev.resurface.output.Staging running = dev.resurface.output.Staging.begin(out, new dev.resurface.output.Trash())) {
            Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
            assertEquals(1, r.exit());
            assertEquals("--output: error: another resurface build is writing " + out
                    + " (wait for it to finish, or build into another folder)\n1 error, 0 warnings; nothing was written\n", r.err());
        }
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
    }

    @Test
    void rebuildReplacesTheOutputAndLeavesNothingBeside(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out.toString()).exit());
        Files.writeString(out.resolve("stale.html"), "left from an old build");
        assertEquals(0, Fixtures.cli("build", "--site", site.toString(), "--output", out.toString()).exit());
        assertFalse(Files.exists(out.resolve("stale.html")), "each build produces exactly its own files");
        assertEquals(java.util.List.of(".out.lock", "basic", "out"), Fixtures.list(tmp).stream().map(p -> p.getFileName().toString()).toList(),
                "no staging or old folders remain beside the output");
    }
}
