package dev.resurface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import dev.resurface.testing.HtmlValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own site (site.yml, content/, templates/) builds cleanly with --strict and is valid HTML. */
class RealSiteTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    @TempDir
    static Path tmp;
    static Path out;
    static Fixtures.Run run;
    static Map<String, String> sourcesBefore;

    @BeforeAll
    static void build() {
        sourcesBefore = Fixtures.snapshot(ROOT.resolve("content"));
        out = tmp.resolve("out");
        run = Fixtures.cli("build", "--strict", "--site", ROOT.toString(), "--output", out.toString());
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void buildingDoesNotTouchTheSources() {
        assertEquals(sourcesBefore, Fixtures.snapshot(ROOT.resolve("content")));
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertEquals(List.of(), HtmlValidator.errors(out));
    }

    @Test
    void everyArticleHasTitleDescriptionAndCanonical() throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
        assertTrue(pages.size() >= 8, "pages: " + pages.size());
        for (Path p : pages) {
            Document d = Jsoup.parse(Files.readString(p));
            if (!d.select("meta[http-equiv=refresh]").isEmpty()) continue; // alias redirect
            String rel = out.relativize(p).toString();
            assertFalse(d.title().isBlank(), rel + " has a title");
            assertFalse(d.select("meta[name=description]").attr("content").isBlank(), rel + " has a description");
            assertTrue(d.select("link[rel=canonical]").attr("href").startsWith("https://"), rel + " has a canonical URL");
            assertEquals(1, d.select("h1").size(), rel + " has one h1");
        }
    }
}
