package dev.resurface.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.build.Build;
import dev.resurface.build.BuildCache;
import dev.resurface.build.BuildOptions;
import dev.resurface.testing.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve without a browser: the site comes from memory with the reload script, every change to
 * content/, templates/ or site.yml (new, deleted and renamed files and folders too) rebuilds it,
 * open event streams hear "reload" or "errors", and what is served always equals a clean build.
 */
@Tag("slow") // runs the dev server through seeded random edits
class DevServerTest {
    static final long WAIT = 20;
    @TempDir
    Path tmp;
    Path site;
    DevServer dev;
    final BlockingQueue<DevServer.Rebuilt> builds = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = Fixtures.site("basic", tmp);
        dev = DevServer.start(BuildOptions.defaults(site).withThreads(2), "resurface test", "127.0.0.1", 0, builds::add);
        DevServer.Rebuilt first = builds.poll(WAIT, TimeUnit.SECONDS);
        assertNotNull(first);
        assertTrue(first.result().ok(), first.result().diagnostics().toString());
    }

    @AfterEach
    void stop() throws Exception {
        dev.close();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(dev.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private DevServer.Rebuilt nextBuild() throws Exception {
        return Fixtures.settled(builds, WAIT);
    }

    /** An open event stream, read line by line on its own thread. */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(dev.url() + "__resurface/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) lines.add(line);
            } catch (Exception ignored) {
                // stream closed
            }
        });
        t.setDaemon(true);
        t.start();
        return lines;
    }

    private static String nextEvent(BlockingQueue<String> lines) throws Exception {
        String line;
        while ((line = lines.poll(WAIT, TimeUnit.SECONDS)) != null) {
            if (line.startsWith("event: ")) {
                String data = lines.poll(WAIT, TimeUnit.SECONDS);
                return line.substring(7) + " " + (data.startsWith("data: ") ? data.substring(6) : data);
            }
        }
        throw new AssertionError("no event");
    }

    @Test
    void pagesComeFromMemoryWithTheReloadScriptAndLocalLinks() throws Exception {
        String page = get("/types/co2/");
        assertTrue(page.contains("<script src=\"/__resurface/reload.js\"></script></body>"), page);
        assertTrue(page.contains(dev.url()), "the base URL is the server's own");
        assertFalse(Files.exists(site.resolve("site-output")), "serve writes nothing to disk");
        assertTrue(get("/__resurface/reload.js").contains("EventSource"));
        String sitemap = get("/sitemap.xml");
        assertTrue(sitemap.contains("<urlset"), sitemap);
        assertFalse(sitemap.contains("__resurface"), "only HTML pages get the script");
    }

    @Test
    void anEditRebuildsAndOpenTabsReload() throws Exception {
        BlockingQueue<String> events = listen();
        Path co2 = site.resolve("content/types/co2.md");
        Files.writeString(co2, Files.readString(co2) + "\nA freshly added sentence about lasers.\n");
        DevServer.Rebuilt b = nextBuild();
        assertTrue(b.result().ok(), b.result().diagnostics().toString());
        assertTrue(b.changed().contains("content/types/co2.md"), b.changed().toString());
        assertEquals("reload {}", nextEvent(events));
        assertTrue(get("/types/co2/").contains("A freshly added sentence about lasers."));
    }

    @Test
    void aBrokenBuildShowsItsErrorsAndKeepsTheLastGoodSiteUntilFixed() throws Exception {
        BlockingQueue<String> events = listen();
        Path co2 = site.resolve("content/types/co2.md");
        String good = Files.readString(co2);
        Files.writeString(co2, good.replaceFirst("title: ", "title: [unclosed "));
        DevServer.Rebuilt broken = nextBuild();
        assertFalse(broken.result().ok());
        String event = nextEvent(events);
        assertTrue(event.startsWith("errors {\"errors\":[\"content/types/co2.md:2:"), event);
        assertTrue(get("/types/co2/").contains("<h1"), "the last good page is still served");
        // a tab opened now hears about the errors straight away
        assertTrue(nextEvent(listen()).startsWith("errors "));
        Files.writeString(co2, good);
        assertTrue(nextBuild().result().ok());
        assertEquals("reload {}", nextEvent(events));
    }

    @Test
    void newDeletedAndRenamedFilesAndFoldersAreSeen() throws Exception {
        Files.createDirectories(site.resolve("content/extra/deeper"));
        Files.writeString(site.resolve("content/extra/deeper/new-page.md"), "---\ntitle: Brand new\n---\nHello.\n");
        nextBuild();
        assertTrue(get("/extra/deeper/new-page/").contains("Brand new"));
        // a file made later in the new folder is watched too
        Files.writeString(site.resolve("content/extra/deeper/second.md"), "---\ntitle: Second new\n---\nHi.\n");
        nextBuild();
        assertTrue(get("/extra/deeper/second/").contains("Second new"));
        Files.move(site.resolve("content/extra/deeper/second.md"), site.resolve("content/extra/deeper/renamed.md"), StandardCopyOption.ATOMIC_MOVE);
        nextBuild();
        assertTrue(get("/extra/deeper/renamed/").contains("Second new"));
        assertFalse(get("/extra/deeper/second/").contains("Second new"), "the old URL is gone");
        Files.delete(site.resolve("content/extra/deeper/renamed.md"));
        nextBuild();
        assertFalse(get("/extra/deeper/renamed/").contains("Second new"));
    }

    @Test
    void templateAndSiteYmlChangesRebuildEverything() throws Exception {
        Path base = site.resolve("templates/base.ftlh");
        Files.writeString(base, Files.readString(base).replace("</body>", "<p>template marker</p></body>"));
        nextBuild();
        assertTrue(get("/").contains("template marker"));
        assertTrue(get("/types/co2/").contains("template marker"));
        Path yml = site.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("title: Basic Fixture", "title: Renamed Fixture"));
        nextBuild();
        assertTrue(get("/types/co2/").contains("Renamed Fixture"));
    }

    /** A template and a page body saved together (a checkout, a search-and-replace) still take the quick path, and equal a clean build. */
    @Test
    void aTemplateAndABodyEditTogetherAreOneQuickRebuild() throws Exception {
        Path page = site.resolve("templates/page.ftlh");
        Path erbium = site.resolve("content/types/erbium.md");
        Files.writeString(page, Files.readString(page).replace("<article>", "<article class=\"together\">"));
        Files.writeString(erbium, Files.readString(erbium) + "\nSaved with the template.\n");
        DevServer.Rebuilt b = dev.rebuild(java.util.Set.of("templates/page.ftlh", "content/types/erbium.md"));
        assertTrue(b.result().ok(), b.result().diagnostics().toString());
        assertTrue(b.quick(), b.stages());
        String html = get("/types/erbium/");
        assertTrue(html.contains("class=\"together\"") && html.contains("Saved with the template."), html);
        nextBuild(); // the watcher's own rebuild of the same files
        Path clean = tmp.resolve("clean-together");
        assertTrue(new Build(dev.options().withOutput(clean), "resurface test").run().ok());
        assertEquals(Fixtures.siteSnapshot(clean), Fixtures.snapshot(dev.files()));
    }

    /**
     * A seeded random sequence of edits of every kind a rebuild must notice (text, headings and
     * anchors, titles, new and deleted pages, drafts, images, data files, site.yml, templates); after
     * each, what is served equals a clean build byte for byte, although rebuilds reuse what they can.
     */
    @Test
    void afterRandomEditsWhatIsServedEqualsACleanBuild() throws Exception {
        Random random = new Random(20261125L);
        List<String> added = new ArrayList<>();
        int reusedSomething = 0;
        for (int step = 0; step < 30; step++) {
            int kind = random.nextInt(10);
            switch (kind) {
                case 0 -> { // append text to an existing page
                    Path p = site.resolve("content/types/erbium.md");
                    Files.writeString(p, Files.readString(p) + "\nEdit " + step + " adds a line.\n");
                }
                case 1 -> { // add a page that links to another
                    String name = "content/guides/added-" + step + ".md";
                    Files.writeString(site.resolve(name), "---\ntitle: Added " + step + "\ntags: [added]\n---\nSee [CO2](../types/co2.md).\n");
                    added.add(name);
                }
                case 2 -> { // delete a page added earlier (nothing links to it)
                    if (!added.isEmpty()) Files.delete(site.resolve(added.remove(random.nextInt(added.size()))));
                    else Files.writeString(site.resolve("content/guides/choosing.md"), Files.readString(site.resolve("content/guides/choosing.md")) + "\nMore.\n");
                }
                case 3 -> { // change a title other pages show
                    Path p = site.resolve("content/types/co2.md");
                    Files.writeString(p, Files.readString(p).replaceFirst("(?m)^title: .*$", "title: CO2 laser, edit " + step));
                }
                case 4 -> { // a new heading (a new anchor) and a link to it from another page
                    Path p = site.resolve("content/types/erbium.md");
                    Files.writeString(p, Files.readString(p) + "\n## Section " + step + "\n\nText.\n");
                    Path q = site.resolve("content/guides/choosing.md");
                    Files.writeString(q, Files.readString(q) + "\nSee [section " + step + "](../types/erbium.md#section-" + step + ").\n");
                }
                case 5 -> { // a data file
                    Path d = site.resolve("content/_data/numbers.json");
                    Files.writeString(d, Files.readString(d).replaceFirst("\\{", "{\"edit" + step + "\": " + step + ", "));
                }
                case 6 -> { // site.yml
                    Path y = site.resolve("site.yml");
                    Files.writeString(y, Files.readString(y).replaceFirst("(?m)^title: .*$", "title: Fixture " + step));
                }
                case 7 -> { // an image changes size
                    Path svg = site.resolve("content/types/img/diagram.svg");
                    Files.writeString(svg, Files.readString(svg).replaceFirst("width=\"\\d+\"", "width=\"" + (100 + step) + "\""));
                }
                case 8 -> { // a page added earlier becomes a draft, or back
                    if (!added.isEmpty()) {
                        Path p = site.resolve(added.get(0));
                        String t = Files.readString(p);
                        Files.writeString(p, t.contains("draft: true") ? t.replace("draft: true\n", "") : t.replaceFirst("---\n", "---\ndraft: true\n"));
                    } else {
                        Path p = site.resolve("content/types/erbium.md");
                        Files.writeString(p, Files.readString(p) + "\nA line.\n");
                    }
                }
                default -> { // a template edit
                    Path p = site.resolve("templates/page.ftlh");
                    Files.writeString(p, Files.readString(p) + "\n<#-- edit " + step + " -->\n");
                }
            }
            DevServer.Rebuilt b = nextBuild();
            assertTrue(b.result().ok(), "step " + step + " (kind " + kind + "): " + b.result().diagnostics());
            if (b.reused().rendered() > 0) reusedSomething++;
            Path clean = tmp.resolve("clean-" + step);
            assertTrue(new Build(dev.options().withOutput(clean), "resurface test").run().ok());
            assertEquals(Fixtures.siteSnapshot(clean), Fixtures.snapshot(dev.files()), "step " + step + " (kind " + kind + ")");
        }
        assertTrue(reusedSomething > 0, "rebuilds reused rendered pages");
    }

    @Test
    void aTextEditReRendersOnlyThatPage() throws Exception {
        Path p = site.resolve("content/types/erbium.md");
        Files.writeString(p, Files.readString(p) + "\nOne more sentence.\n");
        DevServer.Rebuilt b = nextBuild();
        assertTrue(b.result().ok());
        // the fixture has 6 Markdown files, one of them a draft (parsed, never rendered): 5 parses and 4
        // rendered pages are reused, and only the edited page is parsed and rendered again
        assertEquals(new BuildCache.Reuse(5, 4), b.reused());
        assertTrue(b.quick(), "a body edit takes the quick path: " + b.stages());
        assertTrue(get("/types/erbium/").contains("One more sentence."));
    }

    @Test
    void aShortcodeTemplateEditReRendersThePagesThatUseIt() throws Exception {
        dev.close();
        Path trust = Fixtures.site("trust", tmp.resolve("t"));
        builds.clear();
        dev = DevServer.start(BuildOptions.defaults(trust).withToday(java.time.LocalDate.of(2026, 6, 1)), "resurface test", "127.0.0.1", 0, builds::add);
        assertTrue(builds.poll(WAIT, TimeUnit.SECONDS).result().ok());
        Path sc = trust.resolve("templates/shortcodes/comparison-table.ftlh");
        Files.writeString(sc, Files.readString(sc).replace("<table class=\"comparison\">", "<table class=\"comparison\" data-edited=\"yes\">"));
        DevServer.Rebuilt b = nextBuild();
        assertTrue(b.result().ok(), b.result().diagnostics().toString());
        assertTrue(get("/treatments/laser-a/").contains("data-edited=\"yes\""));
        Path clean = tmp.resolve("clean-trust");
        assertTrue(new Build(dev.options().withOutput(clean), "resurface test").run().ok());
        assertEquals(Fixtures.siteSnapshot(clean), Fixtures.snapshot(dev.files()));
        // a page template edit does not touch any page's rendered Markdown, only its layout
        Path page = trust.resolve("templates/page.ftlh");
        String layout = Files.readString(Path.of("src/main/resources/dev/resurface/templates/page.ftlh"))
                .replaceFirst("(<@d\\.review[^>]*/>)", "$1<p class=\"layout-marker\">new layout</p>");
        assertTrue(layout.contains("layout-marker"), "the built-in page template still calls <@d.review …/>");
        Files.writeString(page, layout);
        DevServer.Rebuilt again = nextBuild();
        assertTrue(again.result().ok(), again.result().diagnostics().toString());
        assertTrue(again.reused().rendered() > 0, "pages without shortcodes keep their rendered Markdown: " + again.reused());
        assertTrue(get("/treatments/laser-b/").contains("layout-marker"));
        Path clean2 = tmp.resolve("clean-trust-2");
        assertTrue(new Build(dev.options().withOutput(clean2), "resurface test").run().ok());
        assertEquals(Fixtures.siteSnapshot(clean2), Fixtures.snapshot(dev.files()));
    }
}
