package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An undefined name in a template gets "did you mean" from the names the model really has at that point. */
class ReferenceHintsTest {
    @TempDir
    Path templates;

    private static final Map<String, Object> MODEL = Map.of(
            "site", Map.of("title", "Resurface"),
            "data", Map.of("treatments", List.of(Map.of("name", "CO2")), "glossary", List.of()),
            "items", List.of(Map.of("name", "Erbium", "depth", 2)));

    private String problem(String template) throws IOException {
        Files.writeString(templates.resolve("t.ftlh"), template);
        TemplateEngine engine = new TemplateEngine(templates, "en");
        TemplateEngine.Result r = engine.render("t.ftlh", MODEL, new ModelWrapper(TemplateEngine.VERSION, null), "content/a.md");
        return r.problem().map(Diagnostic::format).orElse("no problem");
    }

    @Test
    void aKeyOfANestedHash() throws IOException {
        assertEquals("templates/t.ftlh:1:3: error: 'data.treatmets' is undefined: did you mean 'data.treatments'? (while rendering content/a.md)",
                problem("${data.treatmets?size}"));
    }

    @Test
    void aTopLevelName() throws IOException {
        assertEquals("templates/t.ftlh:1:3: error: 'stie' is undefined: did you mean 'site'? (while rendering content/a.md)",
                problem("${stie.title}"));
    }

    @Test
    void aLoopVariableSeenWhileTheLoopRuns() throws IOException {
        assertEquals("templates/t.ftlh:1:27: error: 'item.nmae' is undefined: did you mean 'item.name'? (while rendering content/a.md)",
                problem("<#list items as item><p>${item.nmae}</p></#list>"));
    }

    @Test
    void aMacroParameterAndSwappedLettersBeatOtherNamesAsClose() throws IOException {
        // 'site' is as many edits from 'titel' as 'title' is; two swapped letters are the likelier slip
        assertEquals("templates/t.ftlh:1:25: error: 'titel' is undefined: did you mean 'title'? (while rendering content/a.md)",
                problem("<#macro card title><p>${titel}</p></#macro><@card title=\"x\"/>"));
    }

    @Test
    void withoutACloseNameTheHintSaysHowToMakeItOptional() throws IOException {
        assertEquals("templates/t.ftlh:1:3: error: 'site.nothingLikeIt' is undefined (check the spelling; for an optional value write "
                        + "${site.nothingLikeIt!} or <#if site.nothingLikeIt??>; while rendering content/a.md)",
                problem("${site.nothingLikeIt}"));
    }
}
