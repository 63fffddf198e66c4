package dev.resurface.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's templates/ first, file by file, then the theme: which files a build uses, and which theme a site gets. */
@Tag("slow") // builds sites
class ThemeLookupTest {
    static final String SITE_YML = "title: Lookup\nbaseUrl: https://example.org/\nmenus:\n  main:\n    - {name: Home, page: _index.md, weight: 1}\n";

    static Path site(Path dir, String extraYml) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("site.yml"), SITE_YML + extraYml);
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\nWelcome.\n");
        Files.writeString(dir.resolve("content/page.md"), "---\ntitle: A page\ndescription: One page.\n---\n## First\n\nText.\n");
        return dir;
    }

    static Document build(Path site) throws Exception {
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--strict");
        assertEquals(0, r.exit(), r.err());
        return Jsoup.parse(Files.readString(site.resolve("site-output/page/index.html")));
    }

    @Test
    void onePartialFromTheSiteAndTheRestFromTheTheme(@TempDir Path tmp) throws Exception {
        Path site = site(tmp.resolve("s"), "theme: health\n");
        Path chrome = Files.createDirectories(site.resolve("templates/lib")).resolve("chrome.ftlh");
        String theirs = Files.readString(Theme.HEALTH.file("lib/chrome.ftlh").orElseThrow());
        Files.writeString(chrome, theirs.replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\">\n<p id=\"ours\">Our own footer line</p>"));
        Document page = build(site);
        assertEquals("Our own footer line", page.select("footer #ours").text(), "the site's partial is used");
        assertEquals(1, page.select("article h1").size(), "the page template and lib/ui.ftlh still come from the theme");
        assertTrue(page.select("link[rel=stylesheet]").attr("href").matches("/assets/style\\.[0-9a-f]{8}\\.css"), "so do the theme's assets");
        assertEquals(Files.readString(Theme.HEALTH.file("assets/style.css").orElseThrow()),
                Files.readString(site.resolve("site-output" + page.select("link[rel=stylesheet]").attr("href"))));
    }

    @Test
    void anAssetOfTheSiteReplacesTheThemesOfTheSameName(@TempDir Path tmp) throws Exception {
        Path site = site(tmp.resolve("s"), "theme: health\n");
        Files.createDirectories(site.resolve("templates/assets"));
        Files.writeString(site.resolve("templates/assets/style.css"), "body { color: #123; }\n");
        Document page = build(site);
        String css = page.select("link[rel=stylesheet]").attr("href");
        assertEquals("body { color: #123; }\n", Files.readString(site.resolve("site-output" + css)));
        try (Stream<Path> s = Files.list(site.resolve("site-output/assets"))) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("style.")).count(), "the theme's stylesheet is not published beside it");
        }
        assertTrue(Files.isRegularFile(site.resolve("site-output" + page.select("script[src*=menu]").attr("src"))), "the theme's other assets are");
    }

    @Test
    void aSiteWithoutTemplatesGetsTheHealthThemeAndMinimalStaysAvailable(@TempDir Path tmp) throws Exception {
        Document health = build(site(tmp.resolve("bare"), ""));
        assertFalse(health.select("header.site-header nav[aria-label=Main]").isEmpty(), "the health theme's header and menu");
        assertFalse(health.select("footer.site-footer").isEmpty());
        assertTrue(health.select("form[role=search]").isEmpty(), "no search form on a site without a search index");

        Document minimal = build(site(tmp.resolve("plain"), "theme: minimal\n"));
        assertTrue(minimal.select("link[rel=stylesheet], header.site-header").isEmpty(), "the plain built-in templates");
        assertFalse(Files.exists(tmp.resolve("plain/site-output/assets")), "and no theme assets");
    }

    @Test
    void aSiteWithItsOwnTemplatesAndNoThemeKeepsThePlainBuiltIns(@TempDir Path tmp) throws Exception {
        Path site = site(tmp.resolve("own"), "");
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/page.ftlh"), "<#import \"_default.ftlh\" as d><@d.layout title=page.title><p id=\"own\">${page.title}</p></@d.layout>\n");
        Document page = build(site);
        assertEquals("A page", page.select("#own").text());
        assertTrue(page.select("link[rel=stylesheet]").isEmpty(), "nothing from the health theme");
        assertEquals(Theme.MINIMAL, Theme.forSite(Optional.empty(), site));
        assertEquals(Theme.HEALTH, Theme.forSite(Optional.of("health"), site));
    }

    @Test
    void anUnknownThemeIsAnErrorAtItsLine(@TempDir Path tmp) throws Exception {
        Path site = site(tmp.resolve("s"), "theme: helth\n");
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString());
        assertEquals(1, r.exit());
        assertEquals("site.yml:6:8: error: unknown theme 'helth' (did you mean 'health'?; the themes built in: health, minimal"
                + " (a site's own templates/ override either, file by file))", r.errLines().get(0));
    }

    @Test
    void anErrorInATemplateOfTheThemeNamesTheTheme(@TempDir Path tmp) throws Exception {
        Path site = site(tmp.resolve("s"), "theme: health\n");
        // the site replaces the macro library with one that lacks a macro the theme's page template calls
        Files.createDirectories(site.resolve("templates/lib"));
        Files.writeString(site.resolve("templates/lib/ui.ftlh"), "<#macro searchForm id label value=\"\"></#macro>\n");
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("(health theme) "), r.err());
    }

    @Test
    void theThemesIdentityChangesWithItsFiles() {
        assertNotEquals(Theme.HEALTH.identity(), Theme.MINIMAL.identity());
        assertEquals(Theme.HEALTH.identity(), Theme.HEALTH.identity());
        assertTrue(Theme.HEALTH.identity().matches("health:[0-9a-f]{16}"), Theme.HEALTH.identity());
        assertTrue(Theme.HEALTH.ownFiles().keySet().containsAll(List.of("base.ftlh", "lib/chrome.ftlh", "assets/style.css")));
        assertFalse(Theme.HEALTH.ownFiles().containsKey("feed.xml.ftlx"), "the built-in fallbacks are not the theme's own");
        assertTrue(Theme.HEALTH.files().containsKey("feed.xml.ftlx"), "but it falls back to them");
    }

    /** The jar's theme is this repository's templates/ folder: every file, byte for byte. */
    @Test
    void theHealthThemeIsThisRepositorysTemplatesFolder() throws Exception {
        Path repo = Path.of("templates");
        List<String> files;
        try (Stream<Path> s = Files.walk(repo)) {
            files = s.filter(Files::isRegularFile).map(p -> repo.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(files, List.copyOf(Theme.HEALTH.ownFiles().keySet()));
        for (String f : files) assertEquals(Files.readString(repo.resolve(f)), Files.readString(Theme.HEALTH.file(f).orElseThrow()), f);
    }
}
