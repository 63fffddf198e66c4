package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shortcode sees the {@code site} templates see (the keys that exist before pages do), built for real. */
class ShortcodeSiteTest {

    private static Path site(Path tmp, String macroBody) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/_data"));
        Files.createDirectories(site.resolve("templates/shortcodes"));
        Files.writeString(site.resolve("site.yml"), "title: Tiny guide\nbaseUrl: https://example.org/guide/\nlanguage: en-GB\n"
                + "description: Small and plain.\nparams: {colour: teal}\n");
        Files.writeString(site.resolve("content/_data/help.yml"), "urgent: Call 111\n");
        Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Home\n---\nIntro.\n\n{{< about-site >}}\n");
        Files.writeString(site.resolve("templates/shortcodes/about-site.ftlh"), "<#macro shortcode><p id=\"s\">" + macroBody + "</p></#macro>\n");
        return site;
    }

    @Test
    void aShortcodeReadsSiteValuesAsTemplatesDo(@TempDir Path tmp) throws Exception {
        Path site = site(tmp, "${site.title}|${site.description}|${site.language}|${site.url(\"/a/\")}|${site.feedUrl}|${site.params.colour}"
                + "|${site.data.help.urgent}|${data.help.urgent}|${site.generator?starts_with(\"resurface\")?c}");
        Path out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<p id=\"s\">Tiny guide|Small and plain.|en-GB|/guide/a/|/guide/feed.xml|teal|Call 111|Call 111|true</p>"), html);
    }

    @Test
    void aShortcodeAskingForTheSitesPagesIsToldWhy(@TempDir Path tmp) throws Exception {
        Path site = site(tmp, "${site.pages?size}");
        Fixtures.Run run = Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("content/_index.md:6:1: error: shortcode 'about-site' failed: site.pages is not available in a shortcode, "
                + "which renders before the site's pages exist (docs/theme.md lists what shortcodes see)"), run.err());
    }
}
