package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shortcode call repeated on many pages is rendered once per build: each page still shows its own
 * calls' output (same name and arguments: same HTML; other arguments, or the same in another order
 * for a catch-all macro: their own), and a failing call is reported on every page that makes it.
 */
@Tag("slow") // builds a site
class RepeatedShortcodeTest {
    @TempDir
    Path tmp;

    @Test
    void eachPageShowsItsOwnCallsAndEachFailingCallIsReportedWhereItIs() throws Exception {
        Path site = Fixtures.site("basic", tmp.resolve("site"));
        Files.createDirectories(site.resolve("templates/shortcodes"));
        Files.writeString(site.resolve("templates/shortcodes/box.ftlh"), """
                <#macro shortcode text><#if text == "fail"><#stop "no box for that"></#if><p class="box">${text}</p></#macro>
                """);
        Files.writeString(site.resolve("templates/shortcodes/all.ftlh"), """
                <#macro shortcode others...><p class="all"><#list others as k, v>${k}=${v};</#list></p></#macro>
                """);
        String calls = "\n\n{{< box text=\"same\" >}}\n\n{{< all a=\"1\" b=\"2\" >}}\n";
        Files.writeString(site.resolve("content/guides/one.md"), "---\ntitle: One\n---\nFirst." + calls + "\n{{< box text=\"one\" >}}\n");
        Files.writeString(site.resolve("content/guides/two.md"), "---\ntitle: Two\n---\nSecond." + calls + "\n{{< all b=\"2\" a=\"1\" >}}\n");
        Path out = tmp.resolve("out");
        BuildResult ok = new Build(BuildOptions.defaults(site).withOutput(out).withThreads(2), "resurface test").run();
        assertTrue(ok.ok(), ok.diagnostics().toString());
        Document one = Jsoup.parse(Files.readString(out.resolve("guides/one/index.html")));
        Document two = Jsoup.parse(Files.readString(out.resolve("guides/two/index.html")));
        assertEquals(List.of("same", "one"), one.select("p.box").eachText());
        assertEquals(List.of("same"), two.select("p.box").eachText());
        assertEquals(List.of("a=1;b=2;"), one.select("p.all").eachText());
        assertEquals(List.of("a=1;b=2;", "b=2;a=1;"), two.select("p.all").eachText());

        Files.writeString(site.resolve("content/guides/one.md"), "---\ntitle: One\n---\nFirst.\n\n{{< box text=\"fail\" >}}\n");
        Files.writeString(site.resolve("content/guides/two.md"), "---\ntitle: Two\n---\nSecond.\n\nText.\n\n{{< box text=\"fail\" >}}\n");
        BuildResult failed = new Build(BuildOptions.defaults(site).withOutput(tmp.resolve("out2")).withThreads(2), "resurface test").run();
        assertFalse(failed.ok());
        List<String> where = failed.diagnostics().stream().filter(d -> d.message().contains("shortcode 'box' failed"))
                .map(d -> d.path() + ":" + d.line()).toList();
        assertEquals(List.of("content/guides/one.md:6", "content/guides/two.md:8"), where);
    }
}
