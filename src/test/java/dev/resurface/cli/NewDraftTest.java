package dev.resurface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.build.BuildOptions;
import dev.resurface.serve.DevServer;
import dev.resurface.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code new} writes a draft that builds straight away: with this repository's own site.yml (its
 * schema requires description, lastReviewed, key facts, related pages and citations) and with a small
 * fixture. What the draft still lacks is listed as warnings; publishing it without them is an error.
 */
@Tag("slow") // builds this repository's whole site
class NewDraftTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    /** The repository's site (site.yml, content/, templates/), copied so the test can add pages. */
    static Path repoSite(Path tmp) {
        Path site = tmp.resolve("repo");
        Fixtures.copy(ROOT.resolve("content"), site.resolve("content"));
        Fixtures.copy(ROOT.resolve("templates"), site.resolve("templates"));
        try {
            Files.copy(ROOT.resolve("site.yml"), site.resolve("site.yml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return site;
    }

    @ParameterizedTest(name = "--type {0}")
    @ValueSource(strings = {"guide", "treatment", "reference"})
    void aNewPageBuildsAndServesAtOnceWithTheRepositorysSchema(String type, @TempDir Path tmp) throws Exception {
        Path site = repoSite(tmp);
        Fixtures.Run created = Fixtures.cli("new", "--site", site.toString(), "types/new-" + type + ".md", "--type", type);
        assertEquals(0, created.exit(), created.err());
        String text = Files.readString(site.resolve("content/types/new-" + type + ".md"));
        assertTrue(text.contains("\ndraft: true"), text);
        assertFalse(text.contains("lastReviewed: 2"), "an empty page claims no review: " + text);
        if (type.equals("treatment")) {
            for (String h : List.of("## What it is used for", "## Who may not be suitable", "## Risks and side effects", "## Recovery", "## Questions to ask")) {
                assertTrue(text.contains(h), "the treatment page anatomy: " + h);
            }
        }

        Fixtures.Run build = Fixtures.cli("build", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(0, build.exit(), build.err());
        assertFalse(build.err().contains("error:"), build.err());
        assertTrue(build.err().contains("content/types/new-" + type + ".md:3:1: warning: 'description' is empty"), build.err());
        assertFalse(Files.exists(tmp.resolve("out/types/new-" + type + "/index.html")), "a draft is left out");

        Fixtures.Run drafts = Fixtures.cli("build", "--drafts", "--site", site.toString(), "--output", tmp.resolve("drafts").toString());
        assertEquals(0, drafts.exit(), drafts.err());
        assertFalse(drafts.err().contains("error:"), drafts.err());
        assertTrue(Files.exists(tmp.resolve("drafts/types/new-" + type + "/index.html")));

        BlockingQueue<DevServer.Rebuilt> builds = new LinkedBlockingQueue<>();
        try (DevServer dev = DevServer.start(BuildOptions.defaults(site).withDrafts(true).withThreads(2), "resurface test", "127.0.0.1", 0, builds::add)) {
            DevServer.Rebuilt first = builds.poll(60, TimeUnit.SECONDS);
            assertNotNull(first);
            assertTrue(first.result().ok(), first.result().diagnostics().toString());
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(dev.url() + "types/new-" + type + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals("New " + type, Jsoup.parse(page.body()).selectFirst("h1").text());
        }
    }

    @Test
    void publishingTheDraftUnfinishedIsAnErrorNamingWhatIsMissing(@TempDir Path tmp) throws Exception {
        Path site = repoSite(tmp);
        assertEquals(0, Fixtures.cli("new", "--site", site.toString(), "types/new.md", "--type", "treatment").exit());
        Path page = site.resolve("content/types/new.md");
        Files.writeString(page, Files.readString(page).replaceAll("\ndraft: true[^\n]*", ""));
        Fixtures.Run r = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> errors = r.errLines().stream().filter(l -> l.contains(": error: ")).toList();
        // the rules' lines in the repository's own site.yml, which grows over time
        List<String> yml = Files.readAllLines(site.resolve("site.yml"));
        int everyPage = yml.indexOf("    - when: {}") + 1;
        int treatment = yml.indexOf("    - when: {type: treatment}") + 1;
        assertTrue(everyPage > 0 && treatment > 0, "site.yml still has both rules");
        assertEquals(List.of(
                "content/types/new.md:1:1: error: page cites 0 sources; the schema rule at site.yml:" + treatment + " needs at least 3 (cite each claim's source with [@source-id] right after it)",
                "content/types/new.md:3:1: error: 'description' is empty (required by the schema rule at site.yml:" + everyPage + " (every page))",
                "content/types/new.md:6:1: error: 'lastReviewed' is empty (required by the schema rule at site.yml:" + everyPage + " (every page))"),
                errors.subList(0, 3), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("content/types/new.md:7:11: error: 'keyFacts' needs at least 3")), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("content/types/new.md:8:10: error: 'related' needs at least 1")), r.err());
    }

    @Test
    void aNewPageInASmallSiteBuildsToo(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        for (String type : List.of("guide", "treatment", "reference")) {
            assertEquals(0, Fixtures.cli("new", "--site", site.toString(), "n-" + type + ".md", "--type", type).exit());
        }
        assertEquals(0, Fixtures.cli("new", "--site", site.toString(), "types/plain.md").exit());
        for (String flag : List.of("--quiet", "--drafts")) {
            Fixtures.Run r = Fixtures.cli("build", flag, "--site", site.toString(), "--output", tmp.resolve("out" + flag).toString());
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.err().contains("error:"), r.err());
        }
    }
}
