package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import dev.resurface.testing.HtmlValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page the engine and the built-in templates generate is valid HTML according to vnu. */
@Tag("slow") // runs the Nu Html Checker over whole sites
class HtmlValidityTest {
    @Test
    void validatorFindsAPlantedError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("bad.html"), "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>");
        List<String> errors = HtmlValidator.errors(tmp);
        assertEquals(true, !errors.isEmpty(), "the checker must be able to fail");
    }

    @Test
    void builtInTemplatesProduceValidHtml(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.copy(Path.of("src/test/resources/errors/_base"), tmp.resolve("site"));
        Files.delete(site.resolve("templates/page.ftlh")); // use only the engine's built-in templates
        // the tag goes into the front matter (before its closing '---'), so the tag and tag-list templates render too
        Path a = site.resolve("content/guides/a.md");
        Files.writeString(a, Files.readString(a).replaceFirst("\n---\n", "\ntags: [x]\n---\n"));
        Fixtures.Run r = Fixtures.cli("build", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out/tags/x/index.html")), "the tag page is built");
        assertTrue(Files.isRegularFile(tmp.resolve("out/tags/index.html")), "the list of tags is built");
        assertEquals(List.of(), HtmlValidator.errors(tmp.resolve("out")));
    }
}
