package dev.resurface.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build and check goals in-process: output, diagnostics in the log, failure on errors, strict, parameters. */
@Tag("slow")
class BuildMojoTest {
    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();

    private BuildMojo build(Path site) {
        BuildMojo m = new BuildMojo();
        m.site = site.toFile();
        m.threads = 1;
        m.setLog(log);
        return m;
    }

    private CheckMojo check(Path site) {
        CheckMojo m = new CheckMojo();
        m.site = site.toFile();
        m.threads = 1;
        m.setLog(log);
        return m;
    }

    @Test
    void buildsIntoTheOutputWithTheBaseUrl() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME, TestSites.ABOUT);
        BuildMojo m = build(site);
        m.output = tmp.resolve("www").toFile();
        m.baseUrl = "https://preview.example.org/";
        m.execute();
        assertTrue(Files.isRegularFile(tmp.resolve("www/about/index.html")));
        assertTrue(Files.readString(tmp.resolve("www/sitemap.xml"), StandardCharsets.UTF_8).contains("https://preview.example.org/about/"));
        assertFalse(Files.exists(site.resolve("site-output")));
        assertTrue(log.text().matches("(?s).*\\[INFO\\] built 2 pages, \\d+ other files, 0 warnings in \\d+ ms into .*www.*"), log.text());
    }

    @Test
    void defaultOutputIsTheSiteOutputFolderAsOnTheCommandLine() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME, TestSites.ABOUT);
        build(site).execute();
        assertTrue(Files.isRegularFile(site.resolve("site-output/index.html")));
    }

    @Test
    void anErrorFailsTheBuildWithTheDiagnosticInTheLogAndWritesNothing() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME_BROKEN, TestSites.ABOUT_WARNING);
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> build(site).execute());
        assertEquals("1 error, 1 warning; nothing was written", e.getMessage());
        assertTrue(log.lines().contains("[ERROR] content/_index.md:4:7: error: link target 'abut.md' does not exist (did you mean 'about.md'?)"), log.text());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("[WARNING] content/about.md:4:20: warning: link 'index.md' in raw HTML")), log.text());
        assertFalse(Files.exists(site.resolve("site-output")));
    }

    @Test
    void strictTurnsAWarningIntoAFailingError() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME, TestSites.ABOUT_WARNING);
        check(site).execute(); // passes without strict
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("[WARNING] content/about.md:4:20: warning:")), log.text());
        CheckMojo strict = check(site);
        strict.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, strict::execute);
        assertEquals("1 error, 0 warnings", e.getMessage());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("[ERROR] content/about.md:4:20: error: link 'index.md' in raw HTML")), log.text());
    }

    @Test
    void checkWritesNothing() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME, TestSites.ABOUT);
        check(site).execute();
        assertFalse(Files.exists(site.resolve("site-output")));
        assertTrue(log.text().matches("(?s).*\\[INFO\\] checked 2 pages: 0 errors, 0 warnings in \\d+ ms.*"), log.text());
    }

    @Test
    void draftsAreBuiltOnlyWhenAskedFor() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME, TestSites.ABOUT);
        TestSites.write(site.resolve("content/later.md"), "---\ntitle: Later\ndraft: true\n---\nNot yet.\n");
        build(site).execute();
        assertFalse(Files.exists(site.resolve("site-output/later/index.html")));
        BuildMojo withDrafts = build(site);
        withDrafts.drafts = true;
        withDrafts.execute();
        assertTrue(Files.exists(site.resolve("site-output/later/index.html")));
    }

    @Test
    void aFolderWithoutSiteYmlIsOneClearError() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThrows(MojoFailureException.class, () -> build(tmp.resolve("empty")).execute());
        assertTrue(log.lines().get(0).startsWith("[ERROR] site.yml: error: no site.yml in "), log.text());
        assertTrue(log.lines().get(0).contains("-Dresurface.site=DIR"), log.text());
    }

    @Test
    void badParametersAreConfigurationErrors() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME, TestSites.ABOUT);
        CheckMojo m = check(site);
        m.today = "31/01/2026";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().contains("write it as YYYY-MM-DD"), e.getMessage());
        CheckMojo zero = check(site);
        zero.threads = 0;
        assertThrows(MojoExecutionException.class, zero::execute);
    }

    @Test
    void skipDoesNothing() throws Exception {
        BuildMojo m = build(tmp.resolve("no-site-here"));
        m.skip = true;
        m.execute();
        assertEquals("[INFO] resurface: skipped (resurface.skip)", log.text());
    }
}
