package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw HTML on a real page: unsafe parts never reach the reader, and the author hears of each one at its line and column. */
@Tag("slow") // builds fixture sites through the CLI
class RawHtmlPagesTest {
    static Path site(Path t) throws Exception {
        Path site = t.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("site.yml"), "title: T\nbaseUrl: https://example.org/\n");
        Files.writeString(site.resolve("content/_index.md"), String.join("\n",
                "---", "title: Home", "---",
                "Water is H<sub>2</sub>O; press <kbd>Ctrl</kbd>; <abbr title=\"intense pulsed light\">IPL</abbr>.",
                "",
                "Hello <script>steal()</script> and <img src=\"/x.png\" alt=\"\" onerror=\"steal()\">.",
                "",
                "<iframe src=\"https://ads.example/\"></iframe>",
                ""));
        Files.write(site.resolve("content/x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0});
        return site;
    }

    @Test
    void unsafeHtmlIsRemovedWithAWarningAtItsPlace(@TempDir Path t) throws Exception {
        Path site = site(t);
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", t.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        String p = "content/_index.md:";
        assertEquals(List.of(
                p + "6:7: warning: raw HTML <script> was removed: it would run a script in the reader's browser "
                        + "(scripts belong in the site's templates, not in a page)",
                p + "6:61: warning: attribute 'onerror' on <img> was removed: event handlers run scripts in the reader's browser "
                        + "(scripts belong in the site's templates, not in a page)",
                p + "8:1: warning: raw HTML <iframe> was removed: it would embed content from elsewhere in the page "
                        + "(link to it instead, or write a shortcode for a trusted embed)"), r.errLines());
        Document page = Jsoup.parse(Fixtures.read(t.resolve("out/index.html")));
        Document main = Jsoup.parse(page.select("main").html());
        assertTrue(main.select("script, iframe, [onerror]").isEmpty(), main.html());
        assertFalse(main.html().contains("steal"), main.html());
        assertEquals("2", main.select("sub").text(), "the safe subset is rendered");
        assertEquals("Ctrl", main.select("kbd").text());
        assertEquals("intense pulsed light", main.select("abbr").attr("title"));
        assertEquals("/x.png", main.select("img").attr("src"), "the image stays, without its handler");
    }

    @Test
    void strictMakesEachRemovalAnError(@TempDir Path t) throws Exception {
        Fixtures.Run r = Fixtures.cli("build", "--site", site(t).toString(), "--output", t.resolve("out").toString(), "--strict");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("content/_index.md:6:7: error: raw HTML <script> was removed"), r.err());
        assertFalse(Files.exists(t.resolve("out")));
    }
}
