package dev.resurface.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SiteConfigLoader}: site.yml validated, with exact positions for every mistake. */
class SiteConfigLoaderTest {
    private static final String BASE = "title: T\nbaseUrl: https://e.org/\n";

    private static SiteConfigLoader.Result load(String yml) {
        return SiteConfigLoader.load(yml, Optional.empty());
    }

    private static SiteConfig config(String yml) {
        SiteConfigLoader.Result r = load(yml);
        assertEquals(List.of(), r.problems().stream().map(Diagnostic::format).toList());
        return r.config().orElseThrow();
    }

    private static List<String> problems(String yml) {
        SiteConfigLoader.Result r = load(yml);
        return r.problems().stream().sorted().map(Diagnostic::format).toList();
    }

    // ---- minimal config and defaults

    @Test
    void minimalConfigGetsEveryDefault() {
        SiteConfig c = config(BASE);
        assertEquals("T", c.title());
        assertEquals("https://e.org/", c.baseUrl());
        assertEquals("/", c.basePath());
        assertEquals("en", c.language());
        assertEquals("", c.description());
        assertEquals(Map.of(), c.menus());
        assertEquals(Map.of(), c.params());
        assertEquals(Schema.OPEN, c.schema());
        assertEquals(SiteConfig.Options.DEFAULT, c.options());
        assertEquals(new SiteConfig.Options(200, 20, 40, List.of(2, 3)), c.options());
    }

    @Test
    void descriptionAndLanguageAreRead() {
        SiteConfig c = config(BASE + "description: About lasers\nlanguage: en-GB\n");
        assertEquals("About lasers", c.description());
        assertEquals("en-GB", c.language());
    }

    @Test
    void anInvalidLanguageTagIsAnErrorAtTheValue() {
        assertEquals(List.of("site.yml:3:11: error: 'language' must be a language tag such as 'en' or 'en-GB'"),
                problems(BASE + "language: english\n"));
    }

    @Test
    void paramsAreKeptAsPlainJavaValuesInOrder() {
        SiteConfig c = config(BASE + "params:\n  z: 1\n  a: [x, y]\n  m: {k: true}\n");
        assertEquals(List.of("z", "a", "m"), List.copyOf(c.params().keySet()));
        assertEquals(1L, c.params().get("z"));
        assertEquals(List.of("x", "y"), c.params().get("a"));
        assertEquals(Map.of("k", true), c.params().get("m"));
    }

    @Test
    void paramsMustBeAMap() {
        assertEquals(List.of("site.yml:3:9: error: 'params' must be a map of 'key: value' lines, found a whole number (indent 'name: value' lines below it, or write {name: value})"),
                problems(BASE + "params: 3\n"));
    }

    // ---- whole-file problems

    @Test
    void emptyFileIsAnError() {
        assertEquals(List.of("site.yml:1:1: error: site.yml is empty (it needs at least 'title' and 'baseUrl')"), problems(""));
        assertEquals(List.of("site.yml:1:1: error: site.yml is empty (it needs at least 'title' and 'baseUrl')"), problems("# just a comment\n"));
    }

    @Test
    void aListIsNotAConfig() {
        assertEquals(List.of("site.yml:1:1: error: site.yml must be a map of 'key: value' lines (e.g. 'title: My site')"), problems("- a\n- b\n"));
    }

    @Test
    void yamlSyntaxErrorsAreReportedAndNoConfigIsMade() {
        SiteConfigLoader.Result r = load("title: T\n\tbaseUrl: x\n");
        assertTrue(r.config().isEmpty());
        assertEquals(1, r.problems().size());
        assertEquals(2, r.problems().get(0).line());
        assertEquals("replace the tab with spaces", r.problems().get(0).hint());
    }

    @Test
    void anyErrorMeansNoConfig() {
        SiteConfigLoader.Result r = load(BASE + "tittle: x\n");
        assertTrue(r.config().isEmpty());
    }

    // ---- required keys

    @Test
    void missingTitleIsAnErrorAtTheTop() {
        assertEquals(List.of("site.yml:1:1: error: site.yml has no 'title' (add 'title: Your site name')"),
                problems("baseUrl: https://e.org/\n"));
    }

    @Test
    void missingBaseUrlIsAnErrorAtTheTop() {
        assertEquals(List.of("site.yml:1:1: error: site.yml has no 'baseUrl' (add e.g. 'baseUrl: https://example.org/' (used for canonical URLs, the sitemap and the feed))"),
                problems("title: T\n"));
    }

    @Test
    void missingBothReportsBoth() {
        assertEquals(2, problems("description: x\n").size());
    }

    @Test
    void titleMustBeText() {
        assertEquals(List.of("site.yml:1:8: error: 'title' must be text, found a list (put it in quotes, e.g. \"[draft] notes\" or \"2026\")"), problems("title: [a]\nbaseUrl: https://e.org/\n"));
    }

    @Test
    void titleWrittenWithoutAValueIsAnErrorAtTheValue() {
        assertEquals(List.of("site.yml:1:7: error: 'title' is empty (give the site a name)"), problems("title:\nbaseUrl: https://e.org/\n"));
        assertEquals(List.of("site.yml:1:8: error: 'title' is empty (give the site a name)"), problems("title: ''\nbaseUrl: https://e.org/\n"));
        assertEquals(List.of("site.yml:1:8: error: 'title' is empty (give the site a name)"), problems("title: '  '\nbaseUrl: https://e.org/\n"));
    }

    @Test
    void baseUrlWrittenWithoutAValueIsAnErrorAtTheValue() {
        SiteConfigLoader.Result r = load("title: T\nbaseUrl:\n");
        assertTrue(r.config().isEmpty(), "SiteConfig.baseUrl must be an absolute URL ending in '/'");
        assertEquals(List.of("site.yml:2:9: error: 'baseUrl' is empty (e.g. https://example.org/)"), problems("title: T\nbaseUrl:\n"));
    }

    // ---- unknown keys

    @Test
    void unknownTopLevelKeyIsAnErrorWithDidYouMean() {
        assertEquals(List.of("site.yml:3:1: error: unknown key 'tittle' in site.yml (did you mean 'title'?)"), problems(BASE + "tittle: x\n"));
    }

    @Test
    void unknownKeyWithNothingCloseListsTheKnownKeys() {
        assertEquals(List.of("site.yml:3:1: error: unknown key 'zzzzzz' in site.yml (known keys: title, baseUrl, language, description, menus, params, schema, options, citations, review, glossary, lint, structuredData, search, feed, publisher, contact, images, socialCards, tags, theme)"),
                problems(BASE + "zzzzzz: 1\n"));
    }

    @Test
    void keysAreCaseSensitiveAndSuggestTheRightCase() {
        // one mistake, one error: the misspelt key is not also reported as a missing baseUrl
        assertEquals(List.of("site.yml:2:1: error: unknown key 'baseurl' in site.yml (did you mean 'baseUrl'?)"),
                problems("title: T\nbaseurl: https://e.org/\n"));
    }

    // ---- baseUrl

    @Test
    void baseUrlGetsATrailingSlashAndItsPathBecomesTheBasePath() {
        SiteConfig c = config("title: T\nbaseUrl: https://x.org/guide\n");
        assertEquals("https://x.org/guide/", c.baseUrl());
        assertEquals("/guide/", c.basePath());
    }

    @Test
    void baseUrlWithoutAPathHasBasePathSlash() {
        SiteConfig c = config("title: T\nbaseUrl: https://x.org\n");
        assertEquals("https://x.org/", c.baseUrl());
        assertEquals("/", c.basePath());
    }

    @Test
    void deepBasePathIsKept() {
        assertEquals("/a/b/", config("title: T\nbaseUrl: http://x.org/a/b/\n").basePath());
    }

    @Test
    void basePathOfHandlesEveryShape() {
        assertEquals("/", SiteConfigLoader.basePathOf("https://x.org"));
        assertEquals("/", SiteConfigLoader.basePathOf("https://x.org/"));
        assertEquals("/guide/", SiteConfigLoader.basePathOf("https://x.org/guide"));
        assertEquals("/guide/", SiteConfigLoader.basePathOf("https://x.org/guide/"));
        assertEquals("/", SiteConfigLoader.basePathOf("not a url at all"));
    }

    @Test
    void baseUrlMustBeHttpOrHttps() {
        assertEquals(List.of("site.yml:2:10: error: 'baseUrl' must start with http:// or https://, found 'ftp://e.org/' (e.g. https://example.org/)"),
                problems("title: T\nbaseUrl: ftp://e.org/\n"));
        assertEquals(List.of("site.yml:2:10: error: 'baseUrl' must start with http:// or https://, found 'example.org' (e.g. https://example.org/)"),
                problems("title: T\nbaseUrl: example.org\n"));
    }

    @Test
    void baseUrlNeedsAHost() {
        assertEquals(List.of("site.yml:2:10: error: 'baseUrl' has no host: 'https:///x' (e.g. https://example.org/)"),
                problems("title: T\nbaseUrl: https:///x\n"));
    }

    @Test
    void baseUrlMayNotHaveAQueryOrFragment() {
        assertEquals(List.of("site.yml:2:10: error: 'baseUrl' must not have a query or fragment: 'https://e.org/?q=1' (e.g. https://example.org/)"),
                problems("title: T\nbaseUrl: https://e.org/?q=1\n"));
        assertEquals(List.of("site.yml:2:10: error: 'baseUrl' must not have a query or fragment: 'https://e.org/#top' (e.g. https://example.org/)"),
                problems("title: T\nbaseUrl: https://e.org/#top\n"));
    }

    @Test
    void baseUrlMustParse() {
        assertEquals(List.of("site.yml:2:10: error: 'baseUrl' is not a valid URL: 'https://e .org/' (e.g. https://example.org/)"),
                problems("title: T\nbaseUrl: 'https://e .org/'\n"));
    }

    // ---- --base-url

    @Test
    void overrideReplacesTheFileValue() {
        SiteConfig c = SiteConfigLoader.load(BASE, Optional.of("http://localhost:8080/preview")).config().orElseThrow();
        assertEquals("http://localhost:8080/preview/", c.baseUrl());
        assertEquals("/preview/", c.basePath());
        SiteConfig root = SiteConfigLoader.load(BASE, Optional.of("http://localhost:8080")).config().orElseThrow();
        assertEquals("http://localhost:8080/", root.baseUrl(), "an override without a path gets its trailing slash too");
        assertEquals("/", root.basePath());
    }

    @Test
    void overrideMakesAMissingBaseUrlFine() {
        SiteConfigLoader.Result r = SiteConfigLoader.load("title: T\n", Optional.of("https://o.org/"));
        assertEquals(List.of(), r.problems());
        assertEquals("https://o.org/", r.config().orElseThrow().baseUrl());
    }

    @Test
    void overrideHidesAnInvalidFileValue() {
        SiteConfigLoader.Result r = SiteConfigLoader.load("title: T\nbaseUrl: nonsense\n", Optional.of("https://o.org/"));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void invalidOverrideIsReportedAgainstTheOptionWithoutPosition() {
        SiteConfigLoader.Result r = SiteConfigLoader.load(BASE, Optional.of("nope"));
        assertTrue(r.config().isEmpty());
        assertEquals(List.of("--base-url: error: 'baseUrl' must start with http:// or https://, found 'nope' (e.g. https://example.org/)"),
                r.problems().stream().map(Diagnostic::format).toList());
    }

    @Test
    void withBaseUrlRecomputesTheBasePath() {
        SiteConfig c = config(BASE).withBaseUrl("https://other.org/docs/");
        assertEquals("https://other.org/docs/", c.baseUrl());
        assertEquals("/docs/", c.basePath());
        assertEquals("T", c.title());
    }

    // ---- menus

    @Test
    void menuEntriesAreReadWithPositions() {
        SiteConfig c = config(BASE + "menus:\n  main:\n    - name: Types\n      page: types/_index.md\n    - {name: NHS, url: https://nhs.uk, weight: 3}\n");
        List<MenuEntry> main = c.menus().get("main");
        assertEquals(new MenuEntry("Types", "types/_index.md", "", 0, 5, 7), main.get(0));
        assertEquals(new MenuEntry("NHS", "", "https://nhs.uk", 3, 7, 7), main.get(1));
    }

    @Test
    void menusAreOrderedByWeightThenAsWritten() {
        SiteConfig c = config(BASE + "menus:\n  main:\n    - {name: C, url: /c/, weight: 5}\n    - {name: A, url: /a/}\n"
                + "    - {name: B, url: /b/, weight: 5}\n    - {name: Z, url: /z/, weight: -1}\n");
        assertEquals(List.of("Z", "A", "C", "B"), c.menus().get("main").stream().map(MenuEntry::name).toList());
    }

    @Test
    void severalMenusKeepTheirWrittenOrder() {
        SiteConfig c = config(BASE + "menus:\n  main:\n    - {name: A, url: /a/}\n  footer:\n    - {name: F, page: f.md}\n");
        assertEquals(List.of("main", "footer"), List.copyOf(c.menus().keySet()));
    }

    @Test
    void menuItemNeedsExactlyOneOfPageOrUrl() {
        String hint = "('page: treatments/_index.md' is checked like a link; 'url' is used as written)";
        assertEquals(List.of("site.yml:5:7: error: menu item 'B' needs exactly one of 'page' or 'url' " + hint),
                problems(BASE + "menus:\n  main:\n    - {name: B, url: /b/, page: b.md}\n"));
        assertEquals(List.of("site.yml:5:7: error: menu item 'M' needs exactly one of 'page' or 'url' " + hint),
                problems(BASE + "menus:\n  main:\n    - {name: M}\n"));
    }

    @Test
    void menuItemNeedsAName() {
        assertEquals(List.of("site.yml:5:7: error: menu item has no 'name'"), problems(BASE + "menus:\n  main:\n    - {url: /a/}\n"));
    }

    @Test
    void menuItemMustBeAMap() {
        assertEquals(List.of("site.yml:5:7: error: a menu item must be a map with 'name' and 'page' or 'url'"),
                problems(BASE + "menus:\n  main:\n    - just text\n"));
    }

    @Test
    void menuItemUnknownKeyHasDidYouMean() {
        assertEquals(List.of("site.yml:5:27: error: unknown key 'wieght' in a menu item (did you mean 'weight'?)"),
                problems(BASE + "menus:\n  main:\n    - {name: K, url: /k/, wieght: 3}\n"));
    }

    @Test
    void menuMustBeAList() {
        assertEquals(List.of("site.yml:4:9: error: 'main' must be a list, found text (write it as [a, b] or as '- item' lines)"),
                problems(BASE + "menus:\n  main: x\n"));
        assertEquals(List.of("site.yml:3:8: error: 'menus' must be a map of 'key: value' lines, found a list (indent 'name: value' lines below it, or write {name: value})"),
                problems(BASE + "menus: [a]\n"));
    }

    @Test
    void menuWeightMustBeAWholeNumber() {
        assertEquals(List.of("site.yml:5:35: error: 'weight' must be a whole number, found text (write digits only, e.g. 3)"),
                problems(BASE + "menus:\n  main:\n    - {name: A, url: /a/, weight: heavy}\n"));
    }

    // ---- options

    @Test
    void optionsAreRead() {
        SiteConfig c = config(BASE + "options:\n  wordsPerMinute: 250\n  feedLimit: 5\n  summaryWords: 10\n  tocLevels: [2, 3, 4]\n");
        assertEquals(new SiteConfig.Options(250, 5, 10, List.of(2, 3, 4)), c.options());
    }

    @Test
    void unsetOptionsKeepTheirDefault() {
        SiteConfig c = config(BASE + "options:\n  feedLimit: 5\n");
        assertEquals(new SiteConfig.Options(200, 5, 40, List.of(2, 3)), c.options());
    }

    @Test
    void optionsBelowOneAreErrors() {
        assertEquals(List.of(
                        "site.yml:4:19: error: 'wordsPerMinute' must be at least 1",
                        "site.yml:5:14: error: 'feedLimit' must be at least 1",
                        "site.yml:6:17: error: 'summaryWords' must be at least 1"),
                problems(BASE + "options:\n  wordsPerMinute: 0\n  feedLimit: -1\n  summaryWords: 0\n"));
    }

    @Test
    void tocLevelsMustBeHeadingLevels() {
        assertEquals(List.of(
                        "site.yml:4:18: error: each of 'tocLevels' must be a heading level from 1 to 6",
                        "site.yml:4:21: error: each of 'tocLevels' must be a heading level from 1 to 6",
                        "site.yml:4:24: error: each of 'tocLevels' must be a heading level from 1 to 6"),
                problems(BASE + "options:\n  tocLevels: [2, 7, x, 0]\n"));
        assertEquals(List.of("site.yml:4:14: error: 'tocLevels' must be a list, found a whole number (write it as [a, b] or as '- item' lines)"),
                problems(BASE + "options:\n  tocLevels: 3\n"));
    }

    @Test
    void anEmptyTocLevelsListTurnsTheTocOff() {
        assertEquals(List.of(), config(BASE + "options:\n  tocLevels: []\n").options().tocLevels());
    }

    @Test
    void wrongOptionTypesAreErrorsAtTheValue() {
        assertEquals(List.of("site.yml:4:19: error: 'wordsPerMinute' must be a whole number, found text (write digits only, e.g. 3)"),
                problems(BASE + "options:\n  wordsPerMinute: fast\n"));
    }

    @Test
    void unknownOptionHasDidYouMean() {
        assertEquals(List.of("site.yml:4:3: error: unknown key 'feedLimt' in options (did you mean 'feedLimit'?)"),
                problems(BASE + "options:\n  feedLimt: 3\n"));
    }

    // ---- schema

    @Test
    void schemaFieldsAreParsedWithEveryConstraint() {
        SiteConfig c = config(BASE + """
                schema:
                  additionalFields: false
                  fields:
                    keyFacts: {type: list, items: string, minItems: 3, maxItems: 5, description: Short facts}
                    evidence: {type: string, values: [good, weak]}
                    score: {type: number, min: 0, max: 2.5}
                    code: {type: string, pattern: '[A-Z]{3}'}
                    sources: {type: list, in: sources}
                    related: {type: list, items: page}
                    plain: {}
                """);
        Schema s = c.schema();
        assertFalse(s.additionalFields());
        assertEquals(List.of("keyFacts", "evidence", "score", "code", "sources", "related", "plain"), List.copyOf(s.fields().keySet()));
        FieldSpec kf = s.fields().get("keyFacts");
        assertEquals("list", kf.type());
        assertEquals("string", kf.items());
        assertEquals(Optional.of(3), kf.minItems());
        assertEquals(Optional.of(5), kf.maxItems());
        assertEquals(List.of("good", "weak"), s.fields().get("evidence").values());
        assertEquals(Optional.of(0.0), s.fields().get("score").min());
        assertEquals(Optional.of(2.5), s.fields().get("score").max());
        assertEquals(Optional.of("[A-Z]{3}"), s.fields().get("code").pattern());
        assertEquals(Optional.of("sources"), s.fields().get("sources").in());
        assertEquals("string", s.fields().get("sources").items(), "a list's items default to string");
        assertEquals("page", s.fields().get("related").items());
        assertEquals("string", s.fields().get("plain").type(), "type defaults to string");
        assertEquals("", s.fields().get("plain").items());
    }

    @Test
    void schemaRulesAreParsedWithTheirLine() {
        SiteConfig c = config(BASE + """
                schema:
                  fields:
                    keyFacts: {type: list}
                  rules:
                    - when: {section: types, kind: page}
                      required: [description, keyFacts]
                    - required: date
                """);
        List<SchemaRule> rules = c.schema().rules();
        assertEquals(2, rules.size());
        assertEquals(Map.of("section", "types", "kind", "page"), rules.get(0).when());
        assertEquals(List.of("section", "kind"), List.copyOf(rules.get(0).when().keySet()));
        assertEquals(List.of("description", "keyFacts"), rules.get(0).required());
        assertEquals(7, rules.get(0).line());
        assertEquals(Map.of(), rules.get(1).when(), "no 'when' matches every page");
        assertEquals(List.of("date"), rules.get(1).required(), "a single required field may be written as text");
    }

    @Test
    void additionalFieldsDefaultsToTrue() {
        assertTrue(config(BASE + "schema:\n  fields:\n    x: {type: int}\n").schema().additionalFields());
    }

    @Test
    void unknownFieldTypeIsAnErrorListingTheTypes() {
        assertEquals(List.of("site.yml:5:15: error: unknown field type 'text' (one of string, int, number, bool, date, list, map, page, url)"),
                problems(BASE + "schema:\n  fields:\n    x: {type: text}\n"));
    }

    @Test
    void engineFieldsCannotBeRedeclared() {
        for (String engine : FrontMatterFields.ENGINE.keySet()) {
            assertEquals(List.of("site.yml:5:5: error: '" + engine + "' is an engine field and cannot be redeclared (choose another name)"),
                    problems(BASE + "schema:\n  fields:\n    " + engine + ": {type: string}\n"), engine);
        }
    }

    @Test
    void requiredFieldMustBeDeclared() {
        assertEquals(List.of("site.yml:6:17: error: required field 'keyFact' is not declared in schema.fields (declare it under schema.fields)"),
                problems(BASE + "schema:\n  rules:\n    - when: {}\n      required: [keyFact]\n"));
    }

    @Test
    void requiredFieldTypoSuggestsTheDeclaredField() {
        assertEquals(List.of("site.yml:8:17: error: required field 'sorces' is not declared in schema.fields (did you mean 'sources'?)"),
                problems(BASE + "schema:\n  fields:\n    sources: {type: list}\n  rules:\n    - when: {kind: page}\n      required: [sorces]\n"));
    }

    @Test
    void engineFieldsMayBeRequiredWithoutDeclaring() {
        assertEquals(List.of(), problems(BASE + "schema:\n  rules:\n    - required: [description, date, tags]\n"));
    }

    @Test
    void ruleMustBeAMapAndHaveOnlyKnownKeys() {
        assertEquals(List.of(
                        "site.yml:5:7: error: a schema rule must be a map with 'when' and 'required'",
                        "site.yml:7:7: error: unknown key 'also' in a schema rule (known keys: when, required, minCitations)"),
                problems(BASE + "schema:\n  rules:\n    - x\n    - required: [date]\n      also: 1\n"));
    }

    @Test
    void unknownSchemaAndFieldKeysAreErrors() {
        assertEquals(List.of("site.yml:4:3: error: unknown key 'extra' in schema (known keys: additionalFields, fields, rules)"),
                problems(BASE + "schema:\n  extra: 1\n"));
        assertEquals(List.of("site.yml:5:23: error: unknown key 'bogus' in field 'w' (known keys: type, items, values, minItems, maxItems, min, max, pattern, in, description)"),
                problems(BASE + "schema:\n  fields:\n    w: {type: string, bogus: 1}\n"));
        assertEquals(List.of("site.yml:5:21: error: unknown key 'minitems' in field 'w' (did you mean 'minItems'?)"),
                problems(BASE + "schema:\n  fields:\n    w: {type: list, minitems: 1}\n"));
    }

    @Test
    void fieldSpecMustBeAMap() {
        assertEquals(List.of("site.yml:5:8: error: 'v' must be a map of 'key: value' lines, found text (indent 'name: value' lines below it, or write {name: value})"),
                problems(BASE + "schema:\n  fields:\n    v: string\n"));
    }

    @Test
    void additionalFieldsMustBeABoolean() {
        assertEquals(List.of("site.yml:4:21: error: 'additionalFields' must be true or false, found text (write true or false, without quotes)"),
                problems(BASE + "schema:\n  additionalFields: maybe\n"));
    }

    @Test
    void invalidPatternIsAnErrorAtThePattern() {
        assertEquals(List.of("site.yml:5:32: error: invalid regular expression: Illegal character range"),
                problems(BASE + "schema:\n  fields:\n    z: {type: string, pattern: '[z-a]'}\n"));
    }

    @Test
    void listItemsCannotBeLists() {
        List<String> p = problems(BASE + "schema:\n  fields:\n    x: {type: list, items: list}\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("site.yml:5:28: error: unknown item type 'list' ("), p.get(0));
    }

    @Test
    void unknownItemTypeHintListsExactlyTheAllowedItemTypes() {
        // 'list' is refused as an item type, so the hint must not offer it; 'url' is accepted, so it must
        assertEquals(List.of("site.yml:5:28: error: unknown item type 'bogus' (one of string, int, number, bool, date, map, page, url)"),
                problems(BASE + "schema:\n  fields:\n    y: {type: list, items: bogus}\n    u: {type: list, items: url}\n"));
    }

    @Test
    void schemaFieldsMustBeAMapAndRulesAList() {
        assertEquals(List.of("site.yml:4:11: error: 'fields' must be a map of 'key: value' lines, found a list (indent 'name: value' lines below it, or write {name: value})"),
                problems(BASE + "schema:\n  fields: [a]\n"));
        assertEquals(List.of("site.yml:4:10: error: 'rules' must be a list, found a map (write it as [a, b] or as '- item' lines)"),
                problems(BASE + "schema:\n  rules: {a: 1}\n"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> p = problems("tittle: T\nbaseUrl: ftp://x/\nlanguage: english\noptions:\n  feedLimit: 0\n");
        assertEquals(4, p.size(), p.toString()); // 'tittle' once, as unknown with "did you mean", not again as a missing title
    }

    @Test
    void publisherAndContactAreReadAsWritten() {
        SiteConfig c = config(BASE + "publisher: {name: A Health Charity, editor: Editor (health content), url: \"https://e.org/about/\"}\n"
                + "contact: {email: feedback@e.org, text: Tell us}\n");
        assertEquals(java.util.Optional.of(new Imprint.Publisher("A Health Charity", "Editor (health content)", "https://e.org/about/")), c.imprint().publisher());
        assertEquals(java.util.Optional.of(new Imprint.Contact("feedback@e.org", "", "Tell us")), c.imprint().contact());
        assertEquals("mailto:feedback@e.org", c.imprint().contact().get().mailto());
        assertEquals(Imprint.NONE, config(BASE).imprint(), "both are optional");
        assertEquals(Imprint.Contact.DEFAULT_TEXT, config(BASE + "contact: {url: \"https://e.org/form/\"}\n").imprint().contact().get().text());
    }

    @Test
    void aContactNeedsAnEmailAddressOrAnHttpsPageAndAPublisherANameAndEachIsCheckedAtItsLine() {
        assertEquals(List.of(
                "site.yml:4:3: error: 'publisher' has no 'name' (name the organisation that publishes the site, as it names itself)",
                "site.yml:5:3: error: unknown key 'person' in publisher (known keys: name, editor, url)"),
                problems(BASE + "publisher:\n  editor: Editor\n  person: Dr Nobody\n"));
        assertEquals(List.of("site.yml:3:10: error: 'contact' needs an 'email' or a 'url' (give readers a way to report a mistake, e.g. email: feedback@example.org)"),
                problems(BASE + "contact: {text: Write to us}\n"));
        assertEquals(List.of(
                "site.yml:4:10: error: 'email' must be an email address such as feedback@example.org, found 'mailto:me@e.org' (write the address alone, without mailto:)",
                "site.yml:5:8: error: 'url' must be an https:// address, found 'http://e.org/form' (readers' messages must travel encrypted: use the https:// address)"),
                problems(BASE + "contact:\n  email: mailto:me@e.org\n  url: http://e.org/form\n"));
        assertEquals(List.of("site.yml:3:18: error: 'email' must be an email address such as feedback@example.org, found 'not an address' (write the address alone, without mailto:)"),
                problems(BASE + "contact: {email: not an address}\n"));
    }
}
