package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What serve's template edits rely on: a render notes exactly the templates it loaded (by file), also
 * through relative and computed names and only the branch that ran.
 */
class TemplateRecordingTest {
    @TempDir
    Path templates;

    private TemplateEngine engine() throws IOException {
        Files.createDirectories(templates.resolve("lib"));
        Files.createDirectories(templates.resolve("guides"));
        Files.writeString(templates.resolve("base.ftlh"), "<#macro layout><main><#nested></main></#macro>");
        Files.writeString(templates.resolve("lib/a.ftlh"), "<p>a</p>");
        Files.writeString(templates.resolve("lib/b.ftlh"), "<p>b</p>");
        Files.writeString(templates.resolve("lib/unused.ftlh"), "<p>never</p>");
        // a relative import, and an include whose name is only known while it runs
        Files.writeString(templates.resolve("guides/page.ftlh"),
                "<#import \"../base.ftlh\" as b><@b.layout><#include \"/lib/${which}.ftlh\"><#if false><#include \"/lib/unused.ftlh\"></#if></@b.layout>");
        return new TemplateEngine(templates, "en");
    }

    private static Set<String> used(TemplateEngine e, String which, StringBuilder text) {
        Set<String> into = new TreeSet<>();
        TemplateEngine.Result r = e.recording(into, () -> e.render("guides/page.ftlh", Map.of("which", which), new ModelWrapper(TemplateEngine.VERSION, null), "x"));
        assertTrue(r.problem().isEmpty(), r.problem().toString());
        text.append(r.text().get());
        return into;
    }

    @Test
    void aRenderNotesTheTemplatesItLoadedAndOnlyThose() throws IOException {
        TemplateEngine e = engine();
        StringBuilder text = new StringBuilder();
        assertEquals(Set.of("guides/page.ftlh", "base.ftlh", "lib/a.ftlh"), used(e, "a", text));
        assertEquals(Set.of("guides/page.ftlh", "base.ftlh", "lib/b.ftlh"), used(e, "b", text), "the same, cached, template loads what this run names");
        assertEquals("<main><p>a</p></main><main><p>b</p></main>", text.toString(), "each render's output is its own");
    }

    @Test
    void aReloadedEngineReadsEditedTemplatesAndSeesTheSameFiles() throws IOException {
        TemplateEngine e = engine();
        used(e, "a", new StringBuilder());
        Files.writeString(templates.resolve("lib/a.ftlh"), "<p>edited</p>");
        TemplateEngine fresh = e.reloaded();
        StringBuilder text = new StringBuilder();
        used(fresh, "a", text);
        assertEquals("<main><p>edited</p></main>", text.toString());
        assertTrue(e.sameFiles(fresh));
        Files.writeString(templates.resolve("lib/new.ftlh"), "<p>new</p>");
        assertFalse(e.sameFiles(e.reloaded()), "a new template");
    }
}
