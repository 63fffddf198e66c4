package dev.resurface.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two pages with the same title: a warning on the second, naming the first (an error under --strict). */
@Tag("slow") // builds fixture sites through the CLI
class DuplicateTitlesTest {
    static final Path BASE = Path.of("src/test/resources/errors/_base");

    @Test
    void theSecondPageWithATitleIsWarnedNamingTheFirst(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.copy(BASE, tmp.resolve("site"));
        // the same title, whatever the case and spacing
        Files.writeString(site.resolve("content/guides/b.md"), "---\nlastReviewed: 2026-01-01\ntitle: \"guide  A\"\n---\nIntro.\n\n## Details\n\nBack to [A](a.md).\n");
        Fixtures.Run r = Fixtures.cli("check", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("content/guides/b.md:3:8: warning: another page has the same title 'Guide A': content/guides/a.md:2 "
                + "(search results and browser tabs cannot tell them apart; give each page its own title)"), r.errLines());
        assertEquals(1, Fixtures.cli("check", "--strict", "--site", site.toString()).exit());
    }

    @Test
    void distinctTitlesAreQuiet(@TempDir Path tmp) {
        Path site = Fixtures.copy(BASE, tmp.resolve("site"));
        Fixtures.Run r = Fixtures.cli("check", "--strict", "--site", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
    }
}
