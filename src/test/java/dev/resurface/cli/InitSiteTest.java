package dev.resurface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import dev.resurface.testing.HtmlValidator;
import dev.resurface.testing.LinkChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resurface init}: a new site builds at once, strict and valid, with its example pages as drafts. */
@Tag("slow") // builds whole sites and runs the Nu Html Checker over them
class InitSiteTest {
    @Test
    void aNewSiteBuildsStrictWithValidPagesAndNoBrokenLinks(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("my-site");
        Fixtures.Run init = Fixtures.cli("init", site.toString());
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().startsWith("created " + site + " (14 files); the example pages in content/sun-safety/ are drafts"), init.out());
        assertTrue(Files.readString(site.resolve("site.yml")).contains("title: \"My site\""), "the title comes from the folder's name");
        List<String> ignored = Files.readAllLines(site.resolve(".gitignore")).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("site-output/", ".site-output.*"), ignored, "the output and the folders beside it (staging, trash, --cache's spare)");
        String workflow = Files.readString(site.resolve(".github/workflows/publish.yml"));
        assertTrue(workflow.contains("java -jar resurface.jar build --strict") && workflow.contains("RESURFACE_BASE_URL: ${{ steps.pages.outputs.base_url }}/"), workflow);

        Fixtures.Run build = Fixtures.cli("build", "--site", site.toString(), "--strict");
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.err().isEmpty() && build.out().contains(" 0 warnings"), build.out() + build.err());
        Path out = site.resolve("site-output");
        assertFalse(Files.exists(out.resolve("sun-safety/sunscreen/index.html")), "the example pages are drafts");
        assertEquals(List.of(), LinkChecker.broken(out, "/"));
        assertEquals(List.of(), HtmlValidator.errors(out));

        Path drafts = tmp.resolve("with-drafts");
        Fixtures.Run withDrafts = Fixtures.cli("build", "--site", site.toString(), "--drafts", "--strict", "--output", drafts.toString());
        assertEquals(0, withDrafts.exit(), withDrafts.err());
        assertTrue(withDrafts.out().contains(" 0 warnings"), withDrafts.out());
        assertEquals(List.of(), LinkChecker.broken(drafts, "/"));
        assertEquals(List.of(), HtmlValidator.errors(drafts));

        Document treatment = Jsoup.parse(Files.readString(drafts.resolve("sun-safety/sunscreen/index.html")));
        assertEquals(4, treatment.select("main li").stream().filter(li -> li.text().startsWith("Choose a sunscreen with an SPF")
                || li.text().startsWith("The SPF shows") || li.text().startsWith("Sunscreen does not protect") || li.text().startsWith("Check that")).count(), "the key facts");
        assertEquals("Sunscreen and sun safety (NHS)", treatment.select("sup.cite a[href=#source-1]").first().attr("title"), "a citation");
        assertTrue(treatment.select("a.term").stream().anyMatch(a -> a.attr("href").startsWith("/glossary/")), "a glossary term links to the glossary");
        assertTrue(treatment.select("main img[src$=.svg][alt]").size() >= 1, "an image");
        assertTrue(treatment.text().contains("Do not rely on sunscreen alone."), "the snippet");
        assertTrue(treatment.select("link[rel=stylesheet]").attr("href").startsWith("/assets/style."), "the health theme's stylesheet");
        assertTrue(Files.isRegularFile(drafts.resolve("sun-safety/staying-safe-in-the-sun/index.html")) && Files.isRegularFile(drafts.resolve("sun-safety/sunscreen-labels/index.html")),
                "one page of each type");
        assertTrue(Files.readString(drafts.resolve("sources/index.html")).contains("https://www.nhs.uk/live-well/seasonal-health/sunscreen-and-sun-safety/"));
    }

    @Test
    void minimalLeavesTheExamplesOutAndStillBuildsStrict(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("plain");
        Fixtures.Run init = Fixtures.cli("init", site.toString(), "--minimal", "--title", "Clinic \"A\": notes & more", "--base-url", "https://health.example.net/guide/");
        assertEquals(0, init.exit(), init.err());
        assertFalse(Files.exists(site.resolve("content/sun-safety")));
        assertFalse(Files.readString(site.resolve("content/_data/sources.yml")).contains("\n- id:"), "no source entry, only an example in the comments");
        Fixtures.Run build = Fixtures.cli("build", "--site", site.toString(), "--strict");
        assertEquals(0, build.exit(), build.err());
        Document home = Jsoup.parse(Files.readString(site.resolve("site-output/index.html")));
        assertEquals("Clinic \"A\": notes & more", home.title());
        assertEquals("https://health.example.net/guide/", home.select("link[rel=canonical]").attr("href"));
        assertEquals(List.of(), LinkChecker.broken(site.resolve("site-output"), "/guide/"));
        assertTrue(Files.readString(site.resolve("content/about.md")).contains("Clinic \"A\": notes & more publishes this website."));
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        Fixtures.Run r = Fixtures.cli("init", site.toString());
        assertEquals(1, r.exit());
        assertEquals(site + ": error: the folder is not empty; nothing was written (choose a new folder (resurface init my-site), or empty this one first;"
                + " to add the example pages to a site you have, make a new one and copy them across)\n", r.err());
        assertEquals(Map.of("notes.txt", Fixtures.snapshot(site).get("notes.txt")), Fixtures.snapshot(site), "nothing was added");
    }

    @Test
    void aBadBaseUrlIsAUsageErrorAndWritesNothing(@TempDir Path tmp) {
        Path site = tmp.resolve("new");
        Fixtures.Run r = Fixtures.cli("init", site.toString(), "--base-url", "example.org");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("baseUrl"), r.err());
        assertFalse(Files.exists(site));
    }
}
