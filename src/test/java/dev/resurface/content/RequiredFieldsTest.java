package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.config.Schema;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The schema's completeness rules (required, minItems) are errors on a published page and warnings
 * on a draft; blank text does not count as given; a misspelt required field is one message.
 */
class RequiredFieldsTest {
    static Schema schema(boolean additionalFields) {
        return SiteConfigLoader.load("""
                title: T
                baseUrl: https://e.org/
                schema:
                  additionalFields: %s
                  fields:
                    keyFacts: {type: list, items: string, minItems: 2}
                  rules:
                    - when: {}
                      required: [description, keyFacts]
                """.formatted(additionalFields), Optional.empty()).config().get().schema();
    }

    static List<String> problems(String text, boolean additionalFields) {
        return new FrontMatterParser(schema(additionalFields)).parse(SourceFile.of("content/x.md", "x.md", Path.of("x.md"), text), "page", "")
                .problems().stream().sorted().map(Diagnostic::format).toList();
    }

    @Test
    void anEmptyOrBlankStringIsNotAValue() {
        for (String blank : List.of("\"\"", "\"   \"", "' \t'")) {
            assertEquals(List.of("content/x.md:3:1: error: 'description' is empty (required by the schema rule at site.yml:8 (every page))"),
                    problems("---\ntitle: T\ndescription: " + blank + "\nkeyFacts: [a, b]\n---\n", false), blank);
        }
    }

    @Test
    void onADraftWhatPublishingNeedsIsAWarning() {
        assertEquals(List.of(
                "content/x.md:1:1: warning: front matter has no 'description' (needed before publishing: required by the schema rule at site.yml:8 (every page))",
                "content/x.md:4:11: warning: 'keyFacts' needs at least 2 items, found 0 (allowed: at least 2 items; needed before publishing)"),
                problems("---\ntitle: T\ndraft: true\nkeyFacts: []\n---\n", false));
        assertEquals(List.of(
                "content/x.md:1:1: error: front matter has no 'description' (required by the schema rule at site.yml:8 (every page))",
                "content/x.md:4:11: error: 'keyFacts' needs at least 2 items, found 0 (allowed: at least 2 items)"),
                problems("---\ntitle: T\ndraft: false\nkeyFacts: []\n---\n", false));
    }

    @Test
    void aMisspeltRequiredFieldIsOneError() {
        assertEquals(List.of("content/x.md:3:1: error: unknown front-matter field 'descripion' (did you mean 'description'? "
                        + "It is required by the schema rule at site.yml:8 (every page))"),
                problems("---\ntitle: T\ndescripion: A page.\nkeyFacts: [a, b]\n---\n", false));
        // where the schema allows extra fields, the typo is still the one error (not a warning plus a missing field)
        assertEquals(List.of("content/x.md:3:1: error: unknown front-matter field 'descripion' (did you mean 'description'? "
                        + "It is required by the schema rule at site.yml:8 (every page))"),
                problems("---\ntitle: T\ndescripion: A page.\nkeyFacts: [a, b]\n---\n", true));
        assertEquals(List.of("content/x.md:4:1: warning: unknown front-matter field 'descripion' (did you mean 'description'? "
                        + "It is needed before publishing: required by the schema rule at site.yml:8 (every page))"),
                problems("---\ntitle: T\ndraft: true\ndescripion: A page.\nkeyFacts: [a, b]\n---\n", true));
    }
}
