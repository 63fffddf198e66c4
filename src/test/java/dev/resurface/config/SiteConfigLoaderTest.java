package dev.resurface.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigLoaderTest {
    static List<String> problems(String yml) {
        return SiteConfigLoader.load(yml, Optional.empty()).problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void minimalConfigHasDefaults() {
        SiteConfig c = SiteConfigLoader.load("title: T\nbaseUrl: https://example.org/guide\n", Optional.empty()).config().get();
        assertEquals("https://example.org/guide/", c.baseUrl());
        assertEquals("/guide/", c.basePath());
        assertEquals("en", c.language());
        assertEquals(200, c.options().wordsPerMinute());
        assertTrue(c.schema().additionalFields());
    }

    @Test
    void unknownKeysAreErrorsWithSuggestions() {
        assertEquals(List.of("site.yml:3:1: error: unknown key 'tittle' in site.yml (did you mean 'title'?)"),
                problems("title: T\nbaseUrl: https://e.org/\ntittle: x\n"));
        assertEquals(List.of("site.yml:4:3: error: unknown key 'feedLimt' in options (did you mean 'feedLimit'?)"),
                problems("title: T\nbaseUrl: https://e.org/\noptions:\n  feedLimt: 3\n"));
    }

    @Test
    void typesAndUrlsAreChecked() {
        assertEquals(List.of("site.yml:2:10: error: 'baseUrl' must start with http:// or https://, found 'example.org' (e.g. https://example.org/)"),
                problems("title: T\nbaseUrl: example.org\n"));
        assertEquals(List.of("site.yml:4:19: error: 'wordsPerMinute' must be a whole number, found text (write digits only, e.g. 3)"),
                problems("title: T\nbaseUrl: https://e.org/\noptions:\n  wordsPerMinute: fast\n"));
        assertEquals(List.of("site.yml:1:1: error: site.yml has no 'title' (add 'title: Your site name')"), problems("baseUrl: https://e.org/\n"));
    }

    @Test
    void baseUrlOverrideWins() {
        SiteConfig c = SiteConfigLoader.load("title: T\nbaseUrl: https://e.org/\n", Optional.of("http://localhost:8080")).config().get();
        assertEquals("http://localhost:8080/", c.baseUrl());
        assertEquals("/", c.basePath());
    }

    @Test
    void menusNeedPageOrUrlAndAreOrderedByWeight() {
        SiteConfig c = SiteConfigLoader.load("title: T\nbaseUrl: https://e.org/\nmenus:\n  main:\n    - {name: B, url: /b/, weight: 2}\n    - {name: A, page: a.md, weight: 1}\n",
                Optional.empty()).config().get();
        assertEquals(List.of("A", "B"), c.menus().get("main").stream().map(MenuEntry::name).toList());
        assertEquals(List.of("site.yml:5:7: error: menu item 'B' needs exactly one of 'page' or 'url' ('page: treatments/_index.md' is checked like a link; 'url' is used as written)"),
                problems("title: T\nbaseUrl: https://e.org/\nmenus:\n  main:\n    - {name: B, url: /b/, page: b.md}\n"));
    }

    @Test
    void schemaIsParsedAndValidated() {
        SiteConfig c = SiteConfigLoader.load("""
                title: T
                baseUrl: https://e.org/
                schema:
                  additionalFields: false
                  fields:
                    keyFacts: {type: list, items: string, minItems: 3, maxItems: 5}
                    evidence: {type: string, values: [good, weak]}
                  rules:
                    - when: {section: types}
                      required: [description, keyFacts]
                """, Optional.empty()).config().get();
        assertEquals(false, c.schema().additionalFields());
        assertEquals(Optional.of(3), c.schema().fields().get("keyFacts").minItems());
        assertEquals(List.of("description", "keyFacts"), c.schema().rules().get(0).required());
        assertEquals(List.of(
                "site.yml:5:5: error: 'title' is an engine field and cannot be redeclared (choose another name)",
                "site.yml:6:15: error: unknown field type 'text' (one of string, int, number, bool, date, list, map, page, url)",
                "site.yml:9:17: error: required field 'keyFact' is not declared in schema.fields (declare it under schema.fields)"),
                problems("title: T\nbaseUrl: https://e.org/\nschema:\n  fields:\n    title: {type: string}\n    x: {type: text}\n  rules:\n    - when: {}\n      required: [keyFact]\n")
                        .stream().sorted().toList());
    }
}
