package dev.resurface.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs whose names differ only in letter case (Risks.md and risks.md, a slug 'A' beside a.md, an
 * alias /Guides/B/ beside guides/b.md, img/X.svg beside img/x.svg) overwrite each other on the
 * case-insensitive file systems of macOS and Windows. Each clash is a warning at the second source
 * (an error with --strict); on a case-sensitive file system both files are written, nothing is lost.
 */
@Tag("slow") // builds fixture sites through the CLI
class CaseClashTest {
    static final String FM = "---\ntitle: %s\nlastReviewed: 2026-01-01\n%s---\n%s\n";
    static final String HINT = " (they overwrite each other on macOS and Windows; rename one)";
    static final List<String> WARNINGS = List.of(
            "content/guides/risks.md:1:1: warning: output guides/risks/index.html differs from guides/Risks/index.html only in letter case" + HINT,
            "content/guides/s.md:4:7: warning: output guides/A/index.html differs from guides/a/index.html only in letter case" + HINT,
            "content/guides/s.md:5:10: warning: output Guides/B/index.html differs from guides/b/index.html only in letter case" + HINT,
            "content/img/x.svg: warning: output img/x.svg differs from img/X.svg only in letter case" + HINT);

    @TempDir
    Path tmp;

    private Path site() throws Exception {
        Path site = Fixtures.copy(MalformedInputTest.BASE, tmp.resolve("site"));
        Path guides = site.resolve("content/guides");
        Files.writeString(guides.resolve("Risks.md"), String.format(FM, "Upper", "", "upper body"));
        Files.writeString(guides.resolve("risks.md"), String.format(FM, "Lower", "", "lower body"));
        Files.writeString(guides.resolve("s.md"), String.format(FM, "Slugged", "slug: A\naliases: [/Guides/B/]\n", "slugged body"));
        Files.copy(site.resolve("content/img/x.svg"), site.resolve("content/img/X.svg"));
        return site;
    }

    @Test
    void eachCaseOnlyClashIsAWarningAndBothFilesAreWritten() throws Exception {
        Path out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--site", site().toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(WARNINGS, run.errLines());
        assertTrue(Files.readString(out.resolve("guides/Risks/index.html")).contains("upper body"));
        assertTrue(Files.readString(out.resolve("guides/risks/index.html")).contains("lower body"));
        assertTrue(Files.readString(out.resolve("guides/A/index.html")).contains("slugged body"));
        assertTrue(Files.readString(out.resolve("guides/a/index.html")).contains("Guide A"));
        assertTrue(Files.readString(out.resolve("Guides/B/index.html")).contains("/guides/A/"), "the alias redirects to the slugged page");
        assertTrue(Files.exists(out.resolve("img/X.svg")) && Files.exists(out.resolve("img/x.svg")));
    }

    @Test
    void strictMakesThemErrorsAndWritesNothing() throws Exception {
        Path out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--strict", "--site", site().toString(), "--output", out.toString());
        assertEquals(1, run.exit());
        List<String> errors = WARNINGS.stream().map(w -> w.replace(": warning: ", ": error: ")).toList();
        assertEquals(errors, run.errLines().subList(0, errors.size()));
        assertEquals("4 errors, 0 warnings; nothing was written", run.errLines().get(errors.size()));
        assertTrue(Files.notExists(out));
    }
}
