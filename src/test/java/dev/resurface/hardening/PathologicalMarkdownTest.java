package dev.resurface.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown built to break parsers: thousands of nested quotes, lists, emphasis, brackets and HTML
 * elements, a 1.5 MB line, a 20 MB file, thousands of footnotes and of identical headings. The
 * build ends with clear errors where it must refuse and a site where it can, never a stack trace,
 * and says the same thing with 1 thread or 4. The big inputs build in a child JVM with a 512 MB heap
 * (bounded memory), and a heap too small for them is one clear error, not an OutOfMemoryError trace.
 */
@Tag("slow") // builds megabyte inputs in a child JVM
class PathologicalMarkdownTest {
    @TempDir
    Path tmp;

    private Path site(String... namesAndBodies) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("site.yml"), "title: P\nbaseUrl: https://example.org/\n");
        for (int i = 0; i < namesAndBodies.length; i += 2) {
            Files.writeString(site.resolve("content/" + namesAndBodies[i] + ".md"), "---\ntitle: T\n---\n" + namesAndBodies[i + 1]);
        }
        return site;
    }

    private static void noCrash(Fixtures.Run run) {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Error:"), run.err());
    }

    @Test
    void deepNestingIsRefusedAtItsLineWhateverTheThreadCount() throws Exception {
        Path site = site(
                "quotes", ">".repeat(10_000) + " deep\n",
                "lists", listOf(1_000),
                "emphasis", "*".repeat(20_000) + "x" + "*".repeat(20_000) + "\n",
                "fine", "> > > three quotes are fine\n\n- a\n  - b\n    - c\n\n***bold italic*** and a rule:\n\n***\n");
        Fixtures.Run one = Fixtures.cli("check", "--site", site.toString(), "--threads", "1");
        Fixtures.Run four = Fixtures.cli("check", "--site", site.toString(), "--threads", "4");
        noCrash(one);
        assertEquals(1, one.exit());
        assertEquals(one.err(), four.err(), "the same diagnostics whatever the thread count");
        assertEquals(List.of(
                "content/emphasis.md:4:66: error: more than 64 * or _ in a row (emphasis nested too deeply) (flatten the nesting; no real article needs more than a few levels)",
                "content/lists.md:133:258: error: the line is indented more than 256 columns (lists nested too deeply) (flatten the nesting; no real article needs more than a few levels)",
                "content/quotes.md:4:66: error: block quotes or lists are nested more than 64 levels deep (flatten the nesting; no real article needs more than a few levels)",
                "3 errors, 0 warnings"), one.err().lines().toList());
    }

    private static String listOf(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("- item\n");
        return sb.toString();
    }

    /** The build in a child JVM with a fixed heap: the only way to show that memory stays bounded. */
    private static Fixtures.Run childBuild(String heap, Path site, Path out) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaBin, "-Xmx" + heap, "-Xss4m", "-cp", System.getProperty("java.class.path"), "dev.resurface.cli.Main",
                "build", "--site", site.toString(), "--output", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "bounded time: the build ends");
        return new Fixtures.Run(p.exitValue(), "", err);
    }

    static final String TWENTY_MB = "A paragraph of ordinary words, repeated to make a file of twenty megabytes.\n\n".repeat(260_000);

    @Test
    void hugeButFlatInputBuildsInABoundedHeap() throws Exception {
        StringBuilder footnotes = new StringBuilder();
        for (int i = 0; i < 5_000; i++) footnotes.append("Text[^").append(i).append("].\n\n");
        for (int i = 0; i < 5_000; i++) footnotes.append("[^").append(i).append("]: note ").append(i).append('\n');
        Path site = site(
                "brackets", "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n",
                "html", "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000) + "\n",
                "longline", "word ".repeat(300_000) + "\n",
                "big", TWENTY_MB,
                "footnotes", footnotes.toString(),
                "headings", "## Same\n\ntext\n\n".repeat(3_000));
        assertTrue(Files.size(site.resolve("content/big.md")) > 20_000_000);
        assertTrue(Files.size(site.resolve("content/longline.md")) > 1_500_000, "a line of 1.5 MB");
        Path out = tmp.resolve("out");
        Fixtures.Run run = childBuild("512m", site, out);
        noCrash(run);
        assertEquals(0, run.exit(), run.err());
        String headings = Files.readString(out.resolve("headings/index.html"));
        assertTrue(headings.contains("id=\"same-2999\""), "3,000 identical headings get distinct ids");
        assertTrue(Files.readString(out.resolve("footnotes/index.html")).contains("note 4999"));
        assertTrue(Files.size(out.resolve("big/index.html")) > 20_000_000);
    }

    @Test
    void runningOutOfMemoryIsOneClearErrorAndThePreviousSiteStays() throws Exception {
        Path site = site("small", "A small page.\n");
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
        var before = Fixtures.snapshot(out);
        Files.writeString(site.resolve("content/big.md"), "---\ntitle: Big\n---\n" + TWENTY_MB);
        Fixtures.Run run = childBuild("64m", site, out);
        noCrash(run);
        assertEquals(1, run.exit());
        assertEquals(List.of(site + ": error: ran out of memory (the Java heap is limited to 64 MB) (give it more, e.g. RESURFACE_JAVA_OPTS=-Xmx2g, "
                + "or split the largest pages; the previous site was left as it was)", "1 error, 0 warnings; nothing was written"), run.errLines());
        assertEquals(before, Fixtures.snapshot(out));
    }

    @Test
    void thousandsOfErrorsInOneFileAreCappedAndLongValuesShortened() throws Exception {
        Path site = site("broken", ("See [this](missing-" + "x".repeat(2_000) + ".md).\n\n").repeat(1_000));
        Fixtures.Run run = Fixtures.cli("check", "--site", site.toString());
        noCrash(run);
        assertEquals(1, run.exit());
        List<String> lines = run.err().lines().toList();
        assertEquals(102, lines.size(), "100 listed, one line for the rest, one count line");
        assertTrue(lines.get(0).startsWith("content/broken.md: error: 900 more errors in this file are not listed (the first 100 are"), lines.get(0));
        assertTrue(lines.stream().allMatch(l -> l.length() < 700), "a 2,000-character link target is shortened in the message");
    }
}
