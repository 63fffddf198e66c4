package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.cache.PageStore;
import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --cache DIR}: a build that reuses another process's parses and renders writes exactly
 * what a build without the cache writes, and reports the same problems, after edits of every kind; a
 * damaged or foreign cache costs time, never correctness.
 */
@Tag("slow") // replays seeded random edits against clean builds
class PersistentCacheTest {
    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 6, 1);
    @TempDir
    Path tmp;

    /** Builds with a fresh PageStore over {@code cache} (as a new process would) and returns the trace's cache line. */
    private static String[] cachedBuild(Path site, Path out, Path cache, String engine, BuildResult[] result) throws Exception {
        List<String> trace = new ArrayList<>();
        result[0] = new Build(BuildOptions.defaults(site).withOutput(out).withToday(TODAY).withThreads(2), "resurface test", trace::add)
                .withStore(PageStore.open(cache, engine)).run();
        return trace.stream().filter(l -> l.startsWith("cache:") || l.startsWith("outputs:")).toArray(String[]::new);
    }

    private static int[] reuse(String[] lines) {
        Matcher m = Pattern.compile("cache: (\\d+) Markdown parses? and (\\d+) renders? reused, (\\d+) pages? kept").matcher(lines[0]);
        assertTrue(m.find(), lines[0]);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private void sameAsWithoutCache(Path site, Path cachedOut, BuildResult cached, String step) {
        Path clean = tmp.resolve("clean-" + step.replaceAll("\\W+", "-"));
        BuildResult r = new Build(BuildOptions.defaults(site).withOutput(clean).withToday(TODAY).withThreads(1), "resurface test").run();
        assertEquals(r.ok(), cached.ok(), step);
        assertEquals(r.diagnostics(), cached.diagnostics(), step + ": the same problems");
        if (r.ok()) assertEquals(Fixtures.siteSnapshot(clean), Fixtures.siteSnapshot(cachedOut), step);
    }

    @Test
    void aSecondBuildReusesEverythingAndWritesTheSameSite() throws Exception {
        for (String fixture : List.of("basic", "trust")) {
            Path site = Fixtures.site(fixture, tmp.resolve(fixture));
            Path cache = tmp.resolve(fixture + "-cache");
            BuildResult[] r = new BuildResult[1];
            int[] first = reuse(cachedBuild(site, tmp.resolve(fixture + "-out"), cache, "e1", r));
            assertTrue(r[0].ok(), r[0].diagnostics().toString());
            assertEquals(0, first[0]);
            assertTrue(first[2] > 0);
            int[] second = reuse(cachedBuild(site, tmp.resolve(fixture + "-out"), cache, "e1", r));
            assertEquals(first[2], second[0], fixture + ": every parse reused");
            assertEquals(first[2], second[1], fixture + ": every render reused");
            assertEquals(0, second[2]);
            sameAsWithoutCache(site, tmp.resolve(fixture + "-out"), r[0], fixture);
            // a file touched but not changed (a checkout, an editor's save without edits) is hashed again and still reused
            try (var files = Files.walk(site.resolve("content"))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
                }
            }
            int[] touched = reuse(cachedBuild(site, tmp.resolve(fixture + "-out"), cache, "e1", r));
            assertEquals(first[2], touched[0], fixture + ": same bytes, new time: still reused");
        }
    }

    @Test
    void afterRandomEditsACachedBuildEqualsABuildWithoutTheCache() throws Exception {
        Path site = Fixtures.site("trust", tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("out");
        BuildResult[] r = new BuildResult[1];
        cachedBuild(site, out, cache, "e1", r);
        assertTrue(r[0].ok());
        Path a = site.resolve("content/treatments/laser-a.md");
        Path b = site.resolve("content/treatments/laser-b.md");
        Random random = new Random(7);
        int partlyReused = 0;
        List<String> added = new ArrayList<>();
        for (int step = 0; step < 24; step++) {
            int kind = random.nextInt(9);
            switch (kind) {
                case 0 -> append(b, "\nStep " + step + " adds a line.\n");
                case 1 -> edit(a, "title: ", "title: A" + step + " ");
                case 2 -> append(b, "\n## Heading " + step + "\n\nText.\n");
                case 3 -> append(a, "\nMore from the agency [@agency-d].\n");
                case 4 -> edit(site.resolve("content/_data/sources.yml"), "title: ", "title: Edited " + step + " ");
                case 5 -> edit(site.resolve("templates/shortcodes/comparison-table.ftlh"), "<table", "<table data-step=\"" + step + "\"");
                case 6 -> { // a new page, or one removed again
                    if (added.isEmpty() || random.nextBoolean()) {
                        String name = "content/guides/new-" + step + ".md";
                        Files.writeString(site.resolve(name), "---\ntitle: New " + step + "\ndescription: A new guide.\ntype: guide\n---\nSee [Laser A](../treatments/laser-a.md).\n");
                        added.add(name);
                    } else {
                        Files.delete(site.resolve(added.remove(0)));
                    }
                }
                case 7 -> edit(site.resolve("site.yml"), "title: ", "title: S" + step + " ");
                default -> append(b, "\nSee [nowhere](missing-" + step + ".md).\n"); // an error: nothing is written or kept
            }
            String[] lines = cachedBuild(site, out, cache, "e1", r);
            sameAsWithoutCache(site, out, r[0], "step " + step + " kind " + kind);
            if (kind == 8) {
                assertFalse(r[0].ok());
                edit(b, "\nSee [nowhere](missing-" + step + ".md).\n", "\n"); // fixed before the next step
                cachedBuild(site, out, cache, "e1", r);
                sameAsWithoutCache(site, out, r[0], "step " + step + " fixed");
            } else if (lines.length > 0) {
                int[] n = reuse(lines);
                if (n[0] > 0) partlyReused++;
            }
        }
        assertTrue(partlyReused >= 5, "later builds reused parses: " + partlyReused);
    }

    @Test
    void aSnippetEditReParsesThePagesIncludingItAndNothingElse() throws Exception {
        Path site = Fixtures.site("snippets", tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("out");
        BuildResult[] r = new BuildResult[1];
        int pages = reuse(cachedBuild(site, out, cache, "e1", r))[2];
        assertTrue(r[0].ok(), r[0].diagnostics().toString());
        Path iso = site.resolve("content/_snippets/isotretinoin.md");
        Path tan = site.resolve("content/_snippets/safety/no-tan.md");
        // included by risks.md and guides/recovery.md; no-tan only (through safety/sun) by guides/recovery.md
        append(iso, "\nA new line in the snippet.\n");
        int[] n = reuse(cachedBuild(site, out, cache, "e1", r));
        assertEquals(pages - 2, n[0], "the two pages including it are parsed again");
        sameAsWithoutCache(site, out, r[0], "snippet edit");
        assertTrue(Fixtures.read(out.resolve("risks/index.html")).contains("A new line in the snippet."));
        assertTrue(Fixtures.read(out.resolve("guides/recovery/index.html")).contains("A new line in the snippet."));
        append(tan, "\nA nested snippet changed.\n");
        assertEquals(pages - 1, reuse(cachedBuild(site, out, cache, "e1", r))[0], "a snippet included through another snippet counts too");
        sameAsWithoutCache(site, out, r[0], "nested snippet edit");

        Random random = new Random(15L);
        for (int step = 0; step < 12; step++) {
            int kind = random.nextInt(5);
            switch (kind) {
                case 0 -> append(List.of(iso, tan).get(random.nextInt(2)), "\nStep " + step + " [@sun-agency].\n");
                case 1 -> append(iso, "\n## Heading " + step + "\n\nText.\n");
                case 2 -> append(site.resolve("content/guides/recovery.md"), "\n{{< snippet \"unused\" >}}\n");
                case 3 -> { // a page names a snippet that does not exist yet (an error), then it is created
                    append(site.resolve("content/risks.md"), "\n{{< snippet \"later-" + step + "\" >}}\n");
                    cachedBuild(site, out, cache, "e1", r);
                    sameAsWithoutCache(site, out, r[0], "step " + step + " missing snippet");
                    assertFalse(r[0].ok());
                    Files.writeString(site.resolve("content/_snippets/later-" + step + ".md"), "Written later " + step + ".\n");
                }
                default -> { // a snippet deleted (an error where a page includes it), or written again
                    Path unused = site.resolve("content/_snippets/unused.md");
                    if (Files.exists(unused)) Files.delete(unused);
                    else Files.writeString(unused, "Back.\n");
                }
            }
            cachedBuild(site, out, cache, "e1", r);
            sameAsWithoutCache(site, out, r[0], "snippets step " + step + " kind " + kind);
        }
    }

    private static int kept(String[] lines) {
        for (String l : lines) {
            Matcher m = Pattern.compile("outputs: (\\d+) kept from the last build").matcher(l);
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        throw new AssertionError("no outputs line in " + java.util.Arrays.toString(lines));
    }

    @Test
    void aBodyEditKeepsTheOtherOutputsAndAnOutputEditedByHandIsRenderedAgain() throws Exception {
        Path site = Fixtures.site("trust", tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("out");
        BuildResult[] r = new BuildResult[1];
        assertEquals(0, kept(cachedBuild(site, out, cache, "e1", r)), "nothing to keep the first time");
        int outputs = Fixtures.siteSnapshot(out).size();
        append(site.resolve("content/guides/hard.md"), "\nOne more plain line at the end.\n");
        int keptAfterEdit = kept(cachedBuild(site, out, cache, "e1", r));
        assertTrue(keptAfterEdit > 0, "unchanged outputs are kept");
        sameAsWithoutCache(site, out, r[0], "after a body edit");
        String pagePath = "guides/hard/index.html";
        assertTrue(Fixtures.read(out.resolve(pagePath)).contains("One more plain line"), "the edited page itself was rendered again");
        // someone edits a published file by hand: the next build must not keep the edit
        Path page = out.resolve("treatments/laser-a/index.html");
        String good = Files.readString(page);
        Files.writeString(page, good.replace("</body>", "<p>edited by hand</p></body>"));
        int keptAfterHandEdit = kept(cachedBuild(site, out, cache, "e1", r));
        assertEquals(good, Files.readString(page), "the hand edit is gone");
        assertTrue(keptAfterHandEdit < keptAfterEdit + 2 && keptAfterHandEdit > 0, keptAfterHandEdit + " kept");
        sameAsWithoutCache(site, out, r[0], "after a hand edit");
        // a template edit keeps nothing that read a page
        edit(site.resolve("templates/shortcodes/comparison-table.ftlh"), "<table", "<table data-x=\"1\"");
        assertEquals(0, kept(cachedBuild(site, out, cache, "e1", r)), "the templates changed: everything is rendered");
        sameAsWithoutCache(site, out, r[0], "after a template edit");
        assertEquals(outputs, Fixtures.siteSnapshot(out).size());
    }

    @Test
    void aDamagedOrForeignCacheIsIgnoredEntryByEntry() throws Exception {
        Path site = Fixtures.site("basic", tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("out");
        BuildResult[] r = new BuildResult[1];
        cachedBuild(site, out, cache, "e1", r);
        List<Path> entries = Fixtures.list(cache.resolve("pages"));
        assertTrue(entries.size() >= 4, entries.toString());
        Files.write(entries.get(0), new byte[] {1, 2, 3});                        // garbage
        byte[] head = Files.readAllBytes(entries.get(1));
        head[40] ^= 0x5a;                                                          // one byte changed in the entry's first part
        Files.write(entries.get(1), head);
        // the body (HTML, search text) comes last and is read only when an output shows it: damaged there, the
        // parse is still reused and the page's HTML is rendered again from its unchanged source
        byte[] whole = Files.readAllBytes(entries.get(2));
        Files.write(entries.get(2), java.util.Arrays.copyOf(whole, whole.length - 7)); // cut short
        byte[] flipped = Files.readAllBytes(entries.get(3));
        flipped[flipped.length - 20] ^= 0x5a;                                      // one byte changed in the HTML
        Files.write(entries.get(3), flipped);
        Path fresh = tmp.resolve("fresh-out"); // no output to keep: every page's HTML is needed
        int[] n = reuse(cachedBuild(site, fresh, cache, "e1", r));
        assertTrue(r[0].ok(), r[0].diagnostics().toString());
        assertEquals(entries.size() - 2, n[0], "each damaged entry is a miss, the others are used");
        sameAsWithoutCache(site, fresh, r[0], "damaged");
        // another engine (a new version or jar) uses none of it
        int[] foreign = reuse(cachedBuild(site, out, cache, "e2", r));
        assertEquals(0, foreign[0]);
        sameAsWithoutCache(site, out, r[0], "foreign");
    }

    @Test
    void anUnchangedFileIsReadOnlyUpToTheEndOfItsFrontMatter() throws Exception {
        Path site = Fixtures.site("basic", tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        BuildResult[] r = new BuildResult[1];
        cachedBuild(site, tmp.resolve("out"), cache, "e1", r);
        assertTrue(r[0].ok(), r[0].diagnostics().toString());
        // the body overwritten in place with bytes that are not text, the file's size, time and identity kept: the
        // cache takes it for the file it knows (as it always has), and a build that read the body would fail on it
        Path home = site.resolve("content/_index.md");
        var time = Files.getLastModifiedTime(home);
        byte[] bytes = Files.readAllBytes(home);
        int body = Fixtures.read(home).indexOf("\n---\n") + 5;
        java.util.Arrays.fill(bytes, body, bytes.length, (byte) 0xFF);
        try (var ch = java.nio.channels.FileChannel.open(home, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
        }
        Files.setLastModifiedTime(home, time);
        int[] n = reuse(cachedBuild(site, tmp.resolve("out-2"), cache, "e1", r));
        assertTrue(r[0].ok(), r[0].diagnostics().toString());
        assertEquals(0, n[2], "every parse and render reused: nothing kept anew");
        assertTrue(Fixtures.read(tmp.resolve("out-2/index.html")).contains("Welcome to the <strong>fixture</strong>"), "the page as the cache kept it");
        // a file whose front matter ends where the cache says, but that starts with a BOM, is read in full every time
        assertEquals(-1, StoredPages.headBytes("\uFEFF---\ntitle: A\n---\nBody".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                parsed("---\ntitle: A\n---\nBody")));
        assertEquals(-1, StoredPages.headBytes("---\r\ntitle: A\r\n---\r\nBody".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                parsed("---\ntitle: A\n---\nBody")));
        assertEquals(17, StoredPages.headBytes("---\ntitle: A\n---\nBody".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                parsed("---\ntitle: A\n---\nBody")));
    }

    /** A page parsed from {@code text} (its front matter and where its body starts are what matter here). */
    private static dev.resurface.content.ParsedPage parsed(String text) {
        var src = dev.resurface.content.SourceFile.of("content/a.md", "a.md", Path.of("a.md"), text);
        return new dev.resurface.content.ParsedPage(src, null, null, dev.resurface.content.PageKind.PAGE, "", "/a/", text.indexOf("Body"), null);
    }

    @Test
    void theCacheFolderMayNotBeContentTemplatesOrTheOutput() {
        Path site = Fixtures.site("basic", tmp.resolve("site"));
        for (String bad : List.of("content/.cache", "templates/c", "site-output", "site-output/c", ".")) {
            Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--cache", site.resolve(bad).toString());
            assertEquals(2, run.exit(), bad + ": " + run.err());
            assertTrue(run.err().contains("--cache"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        Fixtures.Run ok = Fixtures.cli("build", "--site", site.toString(), "--cache", tmp.resolve("c").toString(), "--verbose");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.err().contains("cache: 0 Markdown parses"), ok.err());
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file) + text);
    }
}
