package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.serve.DevServer;
import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's quick rebuild ({@link dev.resurface.build.QuickRebuild}): a body-only edit re-renders just the
 * outputs that read what changed, every other edit falls back to a full build, and either way what
 * is served equals a clean build byte for byte — with warnings, citations, the glossary, shortcodes
 * and the built-in templates (the trust fixture), and on the basic fixture.
 */
@Tag("slow") // replays seeded random edits against clean builds
class QuickRebuildTest {
    static final long WAIT = 20;
    @TempDir
    Path tmp;
    DevServer dev;
    final BlockingQueue<DevServer.Rebuilt> builds = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() throws Exception {
        if (dev != null) dev.close();
    }

    private Path start(String fixture) throws Exception {
        Path site = Fixtures.site(fixture, tmp.resolve("site"));
        dev = DevServer.start(BuildOptions.defaults(site).withThreads(2).withToday(java.time.LocalDate.of(2026, 6, 1)),
                "resurface test", "127.0.0.1", 0, builds::add);
        DevServer.Rebuilt first = builds.poll(WAIT, TimeUnit.SECONDS);
        assertNotNull(first);
        assertTrue(first.result().ok(), first.result().diagnostics().toString());
        return site;
    }

    private DevServer.Rebuilt nextBuild() throws Exception {
        return Fixtures.settled(builds, WAIT);
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** The served files equal a clean build's, and its problems too. */
    private void sameAsCleanBuild(DevServer.Rebuilt b, String step) throws Exception {
        Path clean = tmp.resolve("clean-" + step);
        var r = new Build(dev.options().withOutput(clean), "resurface test").run();
        assertTrue(r.ok(), step + ": " + r.diagnostics());
        assertEquals(Fixtures.siteSnapshot(clean), Fixtures.snapshot(dev.files()), step);
        assertEquals(r.diagnostics(), b.result().diagnostics(), step + ": the same problems as a clean build");
        assertEquals(r.pages(), b.result().pages(), step);
    }

    @Test
    void randomBodyEditsAreQuickAndOtherEditsAreNotAndBothEqualACleanBuild() throws Exception {
        Path site = start("trust");
        Path a = site.resolve("content/treatments/laser-a.md");
        Path b = site.resolve("content/treatments/laser-b.md");
        Path hard = site.resolve("content/guides/hard.md");
        Path home = site.resolve("content/_index.md");
        List<Path> pages = List.of(a, b, hard, home);
        Random random = new Random(20261125L);
        int quick = 0;
        int full = 0;
        for (int step = 0; step < 24; step++) {
            int kind = random.nextInt(8);
            boolean expectQuick = kind <= 4;
            switch (kind) {
                case 0 -> append(pages.get(random.nextInt(pages.size())), "\nEdit " + step + " adds a short line.\n");
                case 1 -> { // the first paragraph: the summary other pages and the feed show
                    Path p = List.of(a, b, hard).get(random.nextInt(3));
                    String text = Files.readString(p);
                    int body = text.indexOf("\n---\n") + 5;
                    Files.writeString(p, text.substring(0, body) + "Step " + step + " starts here. " + text.substring(body));
                }
                case 2 -> append(a, "\nAnother fact from the same agency [@agency-d].\n"); // one more citation of a source it cites
                case 3 -> append(b, "\nSome redness (erythema) is common after step " + step + ".\n"); // a glossary term
                case 4 -> append(hard, "\nNotwithstanding, comprehensive multidisciplinary considerations predominate " + step + ".\n"); // readability
                case 5 -> append(b, "\nA new source for this page [@trial-b].\n"); // cites a source it did not: the sources page changes
                case 6 -> edit(b, "title: ", "title: Renamed " + step + " "); // front matter
                default -> append(hard, "\n## Heading " + step + "\n\nText.\n"); // a new anchor
            }
            DevServer.Rebuilt r = nextBuild();
            assertTrue(r.result().ok(), "step " + step + " (kind " + kind + "): " + r.result().diagnostics());
            // kind 5 is quick once the page already cites trial-b
            if (kind != 5) assertEquals(expectQuick, r.quick(), "step " + step + " (kind " + kind + "): " + r.stages());
            if (r.quick()) quick++;
            else full++;
            sameAsCleanBuild(r, "step " + step + " (kind " + kind + ")");
        }
        assertTrue(quick >= 10 && full >= 3, "both paths were taken: " + quick + " quick, " + full + " full");
    }

    @Test
    void snippetEditsReRenderEveryPageIncludingThemAndEqualACleanBuild() throws Exception {
        Path site = start("snippets");
        Path iso = site.resolve("content/_snippets/isotretinoin.md");
        Path tan = site.resolve("content/_snippets/safety/no-tan.md");
        Path risks = site.resolve("content/risks.md");
        Path recovery = site.resolve("content/guides/recovery.md");
        Random random = new Random(15L);
        int full = 0;
        for (int step = 0; step < 16; step++) {
            int kind = random.nextInt(6);
            switch (kind) {
                case 0 -> append(List.of(iso, tan).get(random.nextInt(2)), "\nA snippet line from step " + step + " [@sun-agency].\n");
                case 1 -> append(risks, "\nA page line from step " + step + ".\n"); // the page's own body: quick
                case 2 -> append(iso, "\n## Snippet heading " + step + "\n\nText.\n"); // a new anchor on both pages
                case 3 -> append(recovery, "\n{{< snippet \"unused\" >}}\n"); // includes a snippet no page included
                case 4 -> { // a new snippet, included by a page
                    Files.writeString(site.resolve("content/_snippets/new-" + step + ".md"), "New snippet " + step + ".\n");
                    append(risks, "\n{{< snippet \"new-" + step + "\" >}}\n");
                }
                default -> edit(iso, "title: ", "title: Edited " + step + " "); // its front matter: for editors only
            }
            DevServer.Rebuilt r = nextBuild();
            assertTrue(r.result().ok(), "step " + step + " (kind " + kind + "): " + r.result().diagnostics());
            if (kind == 0 || kind == 2 || kind == 4) assertFalse(r.quick(), "step " + step + " (kind " + kind + "): a snippet changed");
            if (kind == 1) assertTrue(r.quick(), "step " + step + ": " + r.stages());
            if (!r.quick()) full++;
            sameAsCleanBuild(r, "snippets step " + step + " (kind " + kind + ")");
        }
        assertTrue(full >= 5, "snippet edits took the full path: " + full);
        append(iso, "\nThe last word on isotretinoin.\n");
        DevServer.Rebuilt last = nextBuild();
        sameAsCleanBuild(last, "snippets: last edit");
        for (String page : List.of("risks/index.html", "guides/recovery/index.html")) {
            assertTrue(new String(dev.files().get(page), java.nio.charset.StandardCharsets.UTF_8).contains("The last word on isotretinoin."), page);
        }
    }

    @Test
    void aBodyEditReRendersOnlyThePageAndWhatShowsItsSummary() throws Exception {
        Path site = start("basic");
        Path erbium = site.resolve("content/types/erbium.md");
        append(erbium, "\nA last line.\n");
        DevServer.Rebuilt end = nextBuild();
        assertTrue(end.quick(), end.stages());
        // the page itself only: no other output shows its last line (its summary and description are as they were)
        assertTrue(end.stages().contains("(outputs re-rendered: 1)"), end.stages());
        sameAsCleanBuild(end, "appended");

        edit(erbium, "Erbium lasers are gentler", "Erbium lasers are much gentler");
        DevServer.Rebuilt start = nextBuild();
        assertTrue(start.quick(), start.stages());
        sameAsCleanBuild(start, "first paragraph");
        assertTrue(new String(dev.files().get("types/erbium/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("much gentler"));
    }

    @Test
    void aBodyEditThatBreaksALinkIsReportedByAFullBuildAndItsFixIsQuickAgainAfterwards() throws Exception {
        Path site = start("basic");
        Path erbium = site.resolve("content/types/erbium.md");
        append(erbium, "\nSee [nowhere](missing.md).\n");
        DevServer.Rebuilt broken = nextBuild();
        assertFalse(broken.quick());
        assertFalse(broken.result().ok());
        assertTrue(broken.result().diagnostics().stream().anyMatch(d -> d.format().startsWith("content/types/erbium.md:")
                && d.message().contains("missing.md")), broken.result().diagnostics().toString());
        edit(erbium, "\nSee [nowhere](missing.md).\n", "\n");
        DevServer.Rebuilt fixed = nextBuild();
        assertTrue(fixed.result().ok());
        assertFalse(fixed.quick(), "after a failed build there is no state to start from");
        sameAsCleanBuild(fixed, "fixed");
        append(erbium, "\nFine again.\n");
        DevServer.Rebuilt again = nextBuild();
        assertTrue(again.quick(), again.stages());
        sameAsCleanBuild(again, "again");
    }

    @Test
    void aDraftPageOrADataFileOrANewPageIsNeverQuick() throws Exception {
        Path site = start("basic");
        append(site.resolve("content/types/draft-page.md"), "\nStill a draft.\n");
        DevServer.Rebuilt draft = nextBuild();
        assertFalse(draft.quick(), "a draft is not on the site: nothing to re-render, so a full build decides");
        sameAsCleanBuild(draft, "draft");
        Files.writeString(site.resolve("content/types/new.md"), "---\ntitle: New\nlastReviewed: 2026-01-01\n---\nNew page.\n");
        DevServer.Rebuilt added = nextBuild();
        assertFalse(added.quick());
        sameAsCleanBuild(added, "added");
        Path data = site.resolve("content/_data/numbers.json");
        Files.writeString(data, Files.readString(data).replaceFirst("\\{", "{\"x\": 1, "));
        DevServer.Rebuilt d = nextBuild();
        assertFalse(d.quick());
        sameAsCleanBuild(d, "data");
    }
}
