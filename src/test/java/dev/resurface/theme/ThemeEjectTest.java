package dev.resurface.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resurface theme eject} and {@code theme list}. */
class ThemeEjectTest {
    @Test
    void ejectCopiesOneFileAndNeverOverwritesWithoutForce(@TempDir Path tmp) throws Exception {
        Path site = ThemeLookupTest.site(tmp.resolve("s"), "theme: health\n");
        Fixtures.Run r = Fixtures.cli("theme", "eject", "lib/chrome.ftlh", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("wrote templates/lib/chrome.ftlh\n", r.out());
        Path copy = site.resolve("templates/lib/chrome.ftlh");
        assertEquals(Files.readString(Theme.HEALTH.file("lib/chrome.ftlh").orElseThrow()), Files.readString(copy));

        Files.writeString(copy, "mine");
        Fixtures.Run again = Fixtures.cli("theme", "eject", "lib/chrome.ftlh", "--site", site.toString());
        assertEquals(1, again.exit());
        assertEquals("templates/lib/chrome.ftlh: error: already exists; nothing was written (keep your file, or pass --force to replace it with the theme's)\n", again.err());
        assertEquals("mine", Files.readString(copy));

        Fixtures.Run forced = Fixtures.cli("theme", "eject", "lib/chrome.ftlh", "--force", "--site", site.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(Files.readString(Theme.HEALTH.file("lib/chrome.ftlh").orElseThrow()), Files.readString(copy));
    }

    @Test
    @Tag("slow") // builds the site
    void ejectWithoutNamesCopiesEveryFileOfTheTheme(@TempDir Path tmp) throws Exception {
        Path site = ThemeLookupTest.site(tmp.resolve("s"), "theme: health\n");
        Fixtures.Run r = Fixtures.cli("theme", "eject", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        for (String name : Theme.HEALTH.ownFiles().keySet()) {
            assertTrue(r.out().contains("wrote templates/" + name + "\n"), name);
            assertTrue(Files.isRegularFile(site.resolve("templates").resolve(name)), name);
        }
        assertFalse(Files.exists(site.resolve("templates/feed.xml.ftlx")), "the built-in fallbacks only when named");
        Fixtures.Run build = Fixtures.cli("build", "--site", site.toString(), "--strict");
        assertEquals(0, build.exit(), "an ejected theme builds as the theme did: " + build.err());
    }

    @Test
    void anUnknownFileIsAnErrorWithDidYouMean(@TempDir Path tmp) throws Exception {
        Path site = ThemeLookupTest.site(tmp.resolve("s"), "theme: health\n");
        Fixtures.Run r = Fixtures.cli("theme", "eject", "lib/crome.ftlh", "--site", site.toString());
        assertEquals(1, r.exit());
        assertEquals("lib/crome.ftlh: error: the health theme has no file 'lib/crome.ftlh' (did you mean 'lib/chrome.ftlh'?)\n", r.err());
        assertFalse(Files.exists(site.resolve("templates")));
    }

    @Test
    void aSiteThatDoesNotNameItsThemeIsToldToFirst(@TempDir Path tmp) throws Exception {
        Path site = ThemeLookupTest.site(tmp.resolve("s"), "");
        Fixtures.Run r = Fixtures.cli("theme", "eject", "lib/chrome.ftlh", "--site", site.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("site.yml: error: site.yml does not name its theme; nothing was written (add the line 'theme: health' to site.yml"), r.err());
        assertFalse(Files.exists(site.resolve("templates")), "a templates/ folder would have switched the site to the minimal theme");
    }

    @Test
    void listShowsWhereEachFileComesFrom(@TempDir Path tmp) throws Exception {
        Path site = ThemeLookupTest.site(tmp.resolve("s"), "theme: health\n");
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/404.ftlh"), "x");
        Fixtures.Run r = Fixtures.cli("theme", "list", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("theme: health\n"), r.out());
        assertTrue(r.out().matches("(?s).*\n  404\\.ftlh +replaced by templates/404\\.ftlh\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  lib/chrome\\.ftlh +health theme\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  feed\\.xml\\.ftlx +built-in\n.*"), r.out());
    }

    @Test
    void newTakesTheArchetypeFromTheSiteFirst(@TempDir Path tmp) throws Exception {
        Path site = ThemeLookupTest.site(tmp.resolve("s"), "theme: health\n");
        Fixtures.Run plain = Fixtures.cli("new", "a.md", "--type", "guide", "--site", site.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(Files.readString(site.resolve("content/a.md")).endsWith("---\n\nA short, plain summary of what this guide covers.\n\n## Related pages\n"));
        Files.createDirectories(site.resolve("templates/archetypes"));
        Files.writeString(site.resolve("templates/archetypes/guide.md"), "## Our own outline\n");
        Fixtures.Run own = Fixtures.cli("new", "b.md", "--type", "guide", "--site", site.toString());
        assertEquals(0, own.exit(), own.err());
        assertTrue(Files.readString(site.resolve("content/b.md")).endsWith("---\n\n## Our own outline\n"));
    }
}
