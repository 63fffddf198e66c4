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

    private static void replace(Path file, String regex, String to) throws Exception {
        String text = Files.readString(file);
        String now = text.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(to));
        assertFalse(now.equals(text), file + " has " + regex);
        Files.writeString(file, now);
    }

    /** How many outputs a quick rebuild reported rendering again. */
    private static int reRendered(DevServer.Rebuilt b) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("outputs re-rendered: (\\d+)").matcher(b.stages());
        assertTrue(m.find(), b.stages());
        return Integer.parseInt(m.group(1));
    }

    /**
     * Seeded random template edits on the basic fixture (a base layout every page imports, a partial
     * that page.ftlh includes, a section's own page layout that imports by a relative name, a layout
     * no page uses, an include whose name is computed): edits of existing templates are quick, a new or
     * deleted template is not, and after each the served files equal a clean build's byte for byte.
     */
    @Test
    void randomTemplateEditsAreQuickAndEqualACleanBuild() throws Exception {
        Path site = start("basic");
        Path templates = site.resolve("templates");
        Path typesLayout = templates.resolve("types/page.ftlh");
        Random random = new Random(20261202L);
        int quick = 0;
        int full = 0;
        for (int step = 0; step < 24; step++) {
            int kind = random.nextInt(9);
            boolean expectQuick = kind != 6;
            String mark = " data-step=\"" + step + "\"";
            switch (kind) {
                case 0 -> append(templates.resolve("partials/toc.ftlh"), "<p class=\"toc-step\">" + step + "</p>\n");
                case 1 -> replace(templates.resolve("base.ftlh"), "<main[^>]*>", "<main" + mark + ">");
                case 2 -> replace(templates.resolve("guides/page.ftlh"), "<div id=\"guide-layout\"[^>]*>", "<div id=\"guide-layout\"" + mark + ">");
                case 3 -> replace(templates.resolve("section.ftlh"), "<h1[^>]*>", "<h1" + mark + ">");
                case 4 -> { // the partial's name computed at run time, or written out again
                    Path page = templates.resolve("page.ftlh");
                    String text = Files.readString(page);
                    Files.writeString(page, text.contains("<#include \"partials/toc.ftlh\">")
                            ? text.replace("<#include \"partials/toc.ftlh\">", "<#assign part = \"toc\"><#include \"partials/${part}.ftlh\">")
                            : text.replace("<#assign part = \"toc\"><#include \"partials/${part}.ftlh\">", "<#include \"partials/toc.ftlh\">"));
                }
                case 5 -> append(templates.resolve("wide.ftlh"), "<#-- " + step + " -->\n"); // no page uses it
                case 6 -> { // a new template changes which layout the types pages get; deleting it changes it back
                    if (Files.exists(typesLayout)) Files.delete(typesLayout);
                    else {
                        Files.createDirectories(typesLayout.getParent());
                        Files.writeString(typesLayout, "<#import \"../base.ftlh\" as b>\n<@b.layout><div id=\"types-layout\">${page.content}</div></@b.layout>\n");
                    }
                }
                case 7 -> replace(templates.resolve("404.ftlh"), "<p id=\"not-found\"[^>]*>", "<p id=\"not-found\"" + mark + ">");
                default -> append(site.resolve("content/types/erbium.md"), "\nBody edit " + step + ".\n");
            }
            DevServer.Rebuilt r = nextBuild();
            assertTrue(r.result().ok(), "step " + step + " (kind " + kind + "): " + r.result().diagnostics());
            assertEquals(expectQuick, r.quick(), "step " + step + " (kind " + kind + "): " + r.stages());
            if (kind == 5) assertEquals(0, reRendered(r), "step " + step + ": no output uses wide.ftlh");
            if (r.quick()) quick++;
            else full++;
            sameAsCleanBuild(r, "templates step " + step + " (kind " + kind + ")");
        }
        assertTrue(quick >= 12 && full >= 2, "both paths were taken: " + quick + " quick, " + full + " full");
    }

    /**
     * Shortcode templates change a page's Markdown HTML: after an edit of one (or of a partial it
     * includes), exactly the pages that call it are rendered again, with whatever shows them; mixed with
     * body edits that add or remove calls, every step equals a clean build.
     */
    @Test
    void randomShortcodeTemplateEditsRenderAgainOnlyThePagesThatCallThem() throws Exception {
        Path site = start("trust");
        Path sc = site.resolve("templates/shortcodes/comparison-table.ftlh");
        Path partial = site.resolve("templates/partials/note.ftlh");
        Path hard = site.resolve("content/guides/hard.md");
        String call = "\n{{< comparison-table rows=\"treatments\" >}}\n";
        Random random = new Random(202612021L);
        int quickTemplateEdits = 0;
        for (int step = 0; step < 16; step++) {
            int kind = random.nextInt(5);
            boolean hardCalls = Files.readString(hard).contains("comparison-table");
            boolean partialIncluded = Files.readString(sc).contains("partials/note.ftlh");
            int calling = hardCalls ? 2 : 1;
            int expectAgain = calling; // pages whose Markdown is rendered again, when quick
            boolean expectQuick = true;
            switch (kind) {
                case 0 -> replace(sc, "<caption[^>]*>", "<caption data-step=\"" + step + "\">");
                case 1 -> { // hard.md starts or stops calling the shortcode: a body edit
                    String text = Files.readString(hard);
                    Files.writeString(hard, hardCalls ? text.replace(call, "") : text + call);
                    expectAgain = 1;
                }
                case 2 -> { // a partial for the shortcode: new (a full build), then edited
                    if (Files.exists(partial)) append(partial, "<span>" + step + "</span>\n");
                    else {
                        Files.createDirectories(partial.getParent());
                        Files.writeString(partial, "<p class=\"note\">Note.</p>\n");
                        expectQuick = false;
                    }
                    if (!partialIncluded) expectAgain = 0;
                }
                case 3 -> { // the shortcode starts including the partial, or its caption changes
                    if (Files.exists(partial) && !partialIncluded) replace(sc, "</table>", "</table><#include \"/partials/note.ftlh\">");
                    else replace(sc, "<caption[^>]*>", "<caption data-step=\"" + step + "\">");
                }
                default -> { // a page without the shortcode: a body edit
                    append(site.resolve("content/treatments/laser-b.md"), "\nEdit " + step + " adds a line.\n");
                    expectAgain = 1;
                }
            }
            DevServer.Rebuilt r = nextBuild();
            assertTrue(r.result().ok(), "step " + step + " (kind " + kind + "): " + r.result().diagnostics());
            assertEquals(expectQuick, r.quick(), "step " + step + " (kind " + kind + "): " + r.stages());
            if (expectQuick) assertTrue(r.stages().contains("(pages rendered again: " + expectAgain + ")"), "step " + step + " (kind " + kind + "): " + r.stages());
            if (r.quick() && (kind == 0 || kind == 2 || kind == 3)) quickTemplateEdits++;
            sameAsCleanBuild(r, "shortcodes step " + step + " (kind " + kind + ")");
        }
        assertTrue(quickTemplateEdits >= 4, "shortcode template edits were quick: " + quickTemplateEdits);
    }

    @Test
    void aPartialOfAShortcodeReachesEveryPageThatMakesTheSameCall() throws Exception {
        Path site = start("trust");
        // hard.md makes the very call laser-a.md makes: the Markdown stage renders it once for both pages
        append(site.resolve("content/guides/hard.md"), "\n{{< comparison-table rows=\"treatments\" caption=\"Downtime <by type>\" >}}\n");
        Path partial = site.resolve("templates/partials/note.ftlh");
        Files.createDirectories(partial.getParent());
        Files.writeString(partial, "<p class=\"note\">Note.</p>\n");
        replace(site.resolve("templates/shortcodes/comparison-table.ftlh"), "</table>", "</table><#include \"/partials/note.ftlh\">");
        sameAsCleanBuild(nextBuild(), "the same call on two pages");
        // the partial is loaded only while the call renders: the page that reuses the result has used it too
        for (int i = 0; i < 2; i++) {
            append(partial, "<span>" + i + "</span>\n");
            DevServer.Rebuilt r = nextBuild();
            assertTrue(r.quick(), r.stages());
            assertTrue(r.stages().contains("(pages rendered again: 2)"), "edit " + i + ": " + r.stages());
            sameAsCleanBuild(r, "the partial edited " + i);
        }
    }

    @Test
    void aTemplateEditReRendersOnlyTheOutputsThatUsedIt() throws Exception {
        Path site = start("basic");
        java.util.Map<String, byte[]> before = dev.files();
        replace(site.resolve("templates/guides/page.ftlh"), "<div id=\"guide-layout\">", "<div id=\"guide-layout\" class=\"edited\">");
        DevServer.Rebuilt r = nextBuild();
        assertTrue(r.quick(), r.stages());
        assertTrue(r.stages().contains("templates changed: guides/page.ftlh"), r.stages());
        // the one guide uses it; every other output is kept as it was, the very same bytes
        assertEquals(1, reRendered(r), r.stages());
        assertTrue(new String(dev.files().get("guides/choosing-a-clinic/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("class=\"edited\""));
        for (var e : before.entrySet()) {
            if (!e.getKey().equals("guides/choosing-a-clinic/index.html")) assertTrue(e.getValue() == dev.files().get(e.getKey()), e.getKey() + " kept");
        }
        sameAsCleanBuild(r, "guide layout");

        // the partial only page.ftlh includes: the pages that use page.ftlh, not the guide, sections or home
        append(site.resolve("templates/partials/toc.ftlh"), "<p class=\"toc-end\"></p>\n");
        DevServer.Rebuilt toc = nextBuild();
        assertTrue(toc.quick(), toc.stages());
        assertEquals(2, reRendered(toc), "types/co2 and types/erbium: " + toc.stages());
        sameAsCleanBuild(toc, "partial");

        // a syntax error is left to a full build, which reports it; once fixed, template edits are quick again
        append(site.resolve("templates/partials/toc.ftlh"), "<#if>\n");
        DevServer.Rebuilt broken = nextBuild();
        assertFalse(broken.quick());
        assertFalse(broken.result().ok());
        assertTrue(broken.result().diagnostics().stream().anyMatch(d -> d.path().equals("templates/partials/toc.ftlh")), broken.result().diagnostics().toString());
        edit(site.resolve("templates/partials/toc.ftlh"), "<#if>\n", "");
        sameAsCleanBuild(nextBuild(), "fixed");
        append(site.resolve("templates/section.ftlh"), "<#-- a comment -->\n");
        DevServer.Rebuilt again = nextBuild();
        assertTrue(again.quick(), again.stages());
        sameAsCleanBuild(again, "section layout");
    }
}
