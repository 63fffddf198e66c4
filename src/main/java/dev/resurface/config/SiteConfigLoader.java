package dev.resurface.config;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import dev.resurface.images.ImageSettings;
import dev.resurface.theme.Theme;
import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import dev.resurface.yaml.YamlReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates {@code site.yml}; every unknown or mistyped key is an error at its line. */
public final class SiteConfigLoader {
    public static final String FILE = "site.yml";
    static final List<String> TOP_KEYS = List.of("title", "baseUrl", "language", "description", "menus", "params", "schema", "options",
            "citations", "review", "glossary", "lint", "structuredData", "search", "feed", "publisher", "contact", "images",
            "socialCards", "tags", "theme");
    static final List<String> SEARCH_KEYS = List.of("index", "maxWords", "exclude", "synonyms", "boost");
    static final List<String> BOOST_KEYS = List.of("when", "by");
    static final List<String> FEED_KEYS = List.of("content", "exclude");
    static final List<String> MENU_KEYS = List.of("name", "page", "url", "weight");
    static final List<String> SCHEMA_KEYS = List.of("additionalFields", "fields", "rules");
    static final List<String> FIELD_KEYS = List.of("type", "items", "values", "minItems", "maxItems", "min", "max", "pattern", "in", "description");
    static final List<String> RULE_KEYS = List.of("when", "required", "minCitations");
    static final List<String> OPTION_KEYS = List.of("wordsPerMinute", "feedLimit", "summaryWords", "tocLevels");

    private SiteConfigLoader() {}

    public record Result(Optional<SiteConfig> config, List<Diagnostic> problems) {}

    public static Result load(String text, Optional<String> baseUrlOverride) {
        List<Diagnostic> problems = new ArrayList<>();
        YamlReader.Result yaml = YamlReader.read(text, FILE, 0);
        problems.addAll(yaml.problems());
        if (yaml.root().isEmpty()) {
            if (yaml.problems().isEmpty()) problems.add(Diagnostic.error(FILE, 1, 1, "site.yml is empty", "it needs at least 'title' and 'baseUrl'"));
            return new Result(Optional.empty(), problems);
        }
        if (!(yaml.root().get() instanceof YNode.Mapping root)) {
            YNode r = yaml.root().get();
            problems.add(Diagnostic.error(FILE, r.line(), r.col(), "site.yml must be a map of 'key: value' lines", "e.g. 'title: My site'"));
            return new Result(Optional.empty(), problems);
        }
        MapReader r = new MapReader(root, FILE);
        r.rejectUnknown(TOP_KEYS, "site.yml");
        Optional<String> title = r.string("title");
        // a misspelt key ('titel') is reported once, as unknown with "did you mean", not again as missing
        if (!r.has("title") && !r.misspelled("title", TOP_KEYS)) r.add(Diagnostic.error(FILE, 1, 1, "site.yml has no 'title'", "add 'title: Your site name'"));
        else if (title.map(String::isBlank).orElse(r.node("title") instanceof YNode.Scalar sc && sc.isNull())) {
            r.error(r.node("title"), "'title' is empty", "give the site a name");
        }
        String baseUrl = baseUrlOverride.orElseGet(() -> r.string("baseUrl").orElse(""));
        if (baseUrl.isEmpty() && !r.has("baseUrl")) {
            if (!r.misspelled("baseUrl", TOP_KEYS)) r.add(Diagnostic.error(FILE, 1, 1, "site.yml has no 'baseUrl'", "add e.g. 'baseUrl: https://example.org/' (used for canonical URLs, the sitemap and the feed)"));
        } else if (baseUrl.isBlank() && baseUrlOverride.isPresent()) {
            r.add(Diagnostic.error("--base-url", 0, 0, "the base URL is empty", "e.g. https://example.org/"));
        } else if (baseUrl.isBlank() && r.node("baseUrl") instanceof YNode.Scalar) {
            r.error(r.node("baseUrl"), "'baseUrl' is empty", "e.g. https://example.org/");
        } else {
            String problem = checkBaseUrl(baseUrl);
            if (problem != null) {
                if (baseUrlOverride.isPresent() || !r.has("baseUrl")) r.add(Diagnostic.error("--base-url", 0, 0, problem, "e.g. https://example.org/"));
                else r.error(r.node("baseUrl"), problem, "e.g. https://example.org/");
            }
            if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        }
        String language = r.string("language").orElse("en");
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) r.error(r.node("language"), "'language' must be a language tag such as 'en' or 'en-GB'", "");
        String description = r.string("description").orElse("");
        Map<String, List<MenuEntry>> menus = r.mapping("menus").map(m -> menus(r.at(m))).orElse(Map.of());
        Map<String, Object> params = r.mapping("params").map(m -> castMap(m.toJava())).orElse(Map.of());
        Schema schema = r.mapping("schema").map(m -> schema(r.at(m))).orElse(Schema.OPEN);
        SiteConfig.Options options = r.mapping("options").map(m -> options(r.at(m))).orElse(SiteConfig.Options.DEFAULT);
        TrustConfig trust = TrustLoader.load(r);
        SiteConfig.Search search = r.has("search") ? search(r) : SiteConfig.Search.OFF;
        SiteConfig.Feed feed = r.has("feed") ? feed(r) : SiteConfig.Feed.DEFAULT;
        Imprint imprint = ImprintLoader.load(r);
        ImageSettings images = ImageSettings.load(r);
        Meta meta = MetaLoader.load(r);
        Optional<String> theme = theme(r);
        problems.addAll(r.problems());
        if (problems.stream().anyMatch(Diagnostic::isError)) return new Result(Optional.empty(), problems);
        SiteConfig config = new SiteConfig(title.orElse(""), baseUrl, basePathOf(baseUrl), language, description, menus, params, schema,
                options, trust, search, feed, imprint, images, meta, theme);
        return new Result(Optional.of(config), problems);
    }

    /** {@code theme: health}: one of the themes built into the engine. */
    private static Optional<String> theme(MapReader r) {
        Optional<String> theme = r.string("theme");
        if (theme.isPresent() && !Theme.NAMES.contains(theme.get())) {
            String hint = Hints.didYouMean(theme.get(), Theme.NAMES);
            r.error(r.node("theme"), "unknown theme '" + theme.get() + "'",
                    (hint.isEmpty() ? "" : hint + "; ") + "the themes built in: " + String.join(", ", Theme.NAMES) + " (a site's own templates/ override either, file by file)");
            return Optional.empty();
        }
        return theme;
    }

    /** {@code search: {}} turns the index on; {@code index} moves it, {@code maxWords} bounds each page's text. */
    private static SiteConfig.Search search(MapReader root) {
        YNode n = root.node("search");
        if (n instanceof YNode.Scalar sc && sc.isNull()) return new SiteConfig.Search(true, SiteConfig.Search.OFF.index(), 0, Set.of(), SiteConfig.Search.Synonyms.NONE, List.of());
        if (!(n instanceof YNode.Mapping m)) {
            root.error(n, "'search' must be a map, e.g. 'search: {maxWords: 2000}' (or 'search: {}' for the defaults)", "");
            return SiteConfig.Search.OFF;
        }
        MapReader r = root.at(m);
        r.rejectUnknown(SEARCH_KEYS, "search");
        String index = r.string("index").orElse(SiteConfig.Search.OFF.index());
        if (!index.matches("/([a-z0-9_-]+/)*[a-z0-9_.-]+\\.json")) {
            r.error(r.node("index"), "'index' must be a site path ending in .json, such as /search-index.json, found '" + index + "'", "");
        }
        int maxWords = r.integer("maxWords").orElse(0);
        if (maxWords < 0) r.error(r.node("maxWords"), "'maxWords' must be 0 (all words) or more", "");
        Set<String> exclude = new TreeSet<>();
        r.seq("exclude").ifPresent(q -> q.items().forEach(item -> {
            if (item instanceof YNode.Scalar sc && sc.value() instanceof String path && path.startsWith("/")) exclude.add(path);
            else r.error(item, "each of 'exclude' must be a site path such as /search/", "");
        }));
        SiteConfig.Search.Synonyms synonyms = SiteConfig.Search.Synonyms.NONE;
        Optional<String> name = r.string("synonyms");
        if (name.isPresent()) {
            YNode at = r.node("synonyms");
            if (name.get().matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*")) synonyms = new SiteConfig.Search.Synonyms(name.get(), at.line(), at.col());
            else r.error(at, "'synonyms' must name a data file under content/_data without its extension, found '" + name.get() + "'",
                    "e.g. 'synonyms: synonyms' for content/_data/synonyms.yml");
        }
        List<SiteConfig.Search.Boost> boost = new ArrayList<>();
        r.seq("boost").ifPresent(q -> q.items().forEach(item -> boost(r, item).ifPresent(boost::add)));
        return new SiteConfig.Search(true, index, Math.max(0, maxWords), exclude, synonyms, boost);
    }

    /** One {@code search.boost} item: {@code {when: {type: reference}, by: 0.5}}. */
    private static Optional<SiteConfig.Search.Boost> boost(MapReader search, YNode item) {
        String example = "e.g. '- {when: {type: reference}, by: 0.5}' ranks reference pages lower, 'by: 2' higher";
        if (!(item instanceof YNode.Mapping m)) {
            search.error(item, "each of 'boost' must be a map with 'when' and 'by'", example);
            return Optional.empty();
        }
        MapReader r = search.at(m);
        r.rejectUnknown(BOOST_KEYS, "boost");
        Optional<YNode.Mapping> when = r.mapping("when");
        Optional<Double> by = r.number("by");
        if (!r.has("when") || !r.has("by")) {
            r.error(item, "a 'boost' item needs both 'when' (which pages) and 'by' (how much)", example);
            return Optional.empty();
        }
        if (by.isPresent() && !(by.get() > 0 && by.get() <= 100)) {
            r.error(r.node("by"), "'by' must be a number above 0 (below 1 ranks lower, above 1 higher), found " + by.get(), example);
            return Optional.empty();
        }
        if (when.isEmpty() || by.isEmpty()) return Optional.empty(); // reported by the reader
        return Optional.of(new SiteConfig.Search.Boost(castMap(when.get().toJava()), by.get(), item.line(), item.col()));
    }

    /** {@code feed: {content: true, exclude: [/search/, {type: reference}]}}. */
    private static SiteConfig.Feed feed(MapReader root) {
        YNode n = root.node("feed");
        if (n instanceof YNode.Scalar sc && sc.isNull()) return SiteConfig.Feed.DEFAULT;
        if (!(n instanceof YNode.Mapping m)) {
            root.error(n, "'feed' must be a map, e.g. 'feed: {exclude: [/disclaimer/]}'", "");
            return SiteConfig.Feed.DEFAULT;
        }
        MapReader r = root.at(m);
        r.rejectUnknown(FEED_KEYS, "feed");
        boolean content = r.bool("content").orElse(false);
        List<SiteConfig.Feed.Exclusion> exclude = new ArrayList<>();
        r.seq("exclude").ifPresent(q -> q.items().forEach(item -> {
            if (item instanceof YNode.Scalar sc && sc.value() instanceof String path && path.startsWith("/")) {
                exclude.add(new SiteConfig.Feed.Exclusion(path, Map.of(), item.line(), item.col()));
            } else if (item instanceof YNode.Mapping when && !when.entries().isEmpty()) {
                exclude.add(new SiteConfig.Feed.Exclusion("", castMap(when.toJava()), item.line(), item.col()));
            } else {
                r.error(item, "each of 'exclude' must be a site path such as /disclaimer/ "
                        + "or a condition such as {type: reference}", "a condition is written like a schema rule's 'when'");
            }
        }));
        return new SiteConfig.Feed(content, exclude);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) { return (Map<String, Object>) o; }

    static String checkBaseUrl(String url) {
        try {
            URI u = new URI(url);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) return "'baseUrl' must start with http:// or https://, found '" + url + "'";
            if (u.getHost() == null) return "'baseUrl' has no host: '" + url + "'";
            if (u.getQuery() != null || u.getFragment() != null) return "'baseUrl' must not have a query or fragment: '" + url + "'";
            return null;
        } catch (URISyntaxException e) {
            return "'baseUrl' is not a valid URL: '" + url + "'";
        }
    }

    public static String basePathOf(String baseUrl) {
        try {
            String p = new URI(baseUrl).getRawPath();
            if (p == null || p.isEmpty()) return "/";
            return p.endsWith("/") ? p : p + "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static Map<String, List<MenuEntry>> menus(MapReader r) {
        Map<String, List<MenuEntry>> out = new LinkedHashMap<>();
        for (YNode.Entry e : r.map().entries().values()) {
            List<MenuEntry> entries = new ArrayList<>();
            r.seq(e.key()).ifPresent(seq -> {
                for (YNode item : seq.items()) {
                    if (!(item instanceof YNode.Mapping im)) {
                        r.error(item, "a menu item must be a map with 'name' and 'page' or 'url'", "");
                        continue;
                    }
                    MapReader ir = r.at(im);
                    ir.rejectUnknown(MENU_KEYS, "a menu item");
                    String name = ir.string("name").orElse("");
                    String page = ir.string("page").orElse("");
                    String url = ir.string("url").orElse("");
                    int weight = ir.integer("weight").orElse(0);
                    if (name.isBlank()) r.error(im, "menu item has no 'name'", "");
                    if (page.isEmpty() == url.isEmpty()) {
                        r.error(im, "menu item '" + name + "' needs exactly one of 'page' or 'url'",
                                "'page: treatments/_index.md' is checked like a link; 'url' is used as written");
                    }
                    entries.add(new MenuEntry(name, page, url, weight, im.line(), im.col()));
                }
            });
            // stable: by weight, then as written
            List<MenuEntry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparingInt(MenuEntry::weight));
            out.put(e.key(), List.copyOf(sorted));
        }
        return out;
    }

    private static SiteConfig.Options options(MapReader r) {
        r.rejectUnknown(OPTION_KEYS, "options");
        SiteConfig.Options d = SiteConfig.Options.DEFAULT;
        int wpm = r.integer("wordsPerMinute").orElse(d.wordsPerMinute());
        int feed = r.integer("feedLimit").orElse(d.feedLimit());
        int summary = r.integer("summaryWords").orElse(d.summaryWords());
        if (wpm < 1 && r.has("wordsPerMinute")) r.error(r.node("wordsPerMinute"), "'wordsPerMinute' must be at least 1", "");
        if (feed < 1 && r.has("feedLimit")) r.error(r.node("feedLimit"), "'feedLimit' must be at least 1", "");
        if (summary < 1 && r.has("summaryWords")) r.error(r.node("summaryWords"), "'summaryWords' must be at least 1", "");
        List<Integer> levels = new ArrayList<>(d.tocLevels());
        if (r.has("tocLevels")) {
            levels.clear();
            r.seq("tocLevels").ifPresent(q -> q.items().forEach(item -> {
                if (item instanceof YNode.Scalar s && s.value() instanceof Long l && l >= 1 && l <= 6) levels.add(l.intValue());
                else r.error(item, "each of 'tocLevels' must be a heading level from 1 to 6", "");
            }));
        }
        return new SiteConfig.Options(Math.max(1, wpm), Math.max(1, feed), Math.max(1, summary), levels);
    }

    private static Schema schema(MapReader r) {
        r.rejectUnknown(SCHEMA_KEYS, "schema");
        boolean additional = r.bool("additionalFields").orElse(true);
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        r.mapping("fields").ifPresent(fm -> {
            MapReader fr = r.at(fm);
            for (YNode.Entry e : fm.entries().values()) {
                if (FrontMatterFields.ENGINE.containsKey(e.key())) {
                    fr.errorAtKey(e.key(), "'" + e.key() + "' is an engine field and cannot be redeclared", "choose another name");
                    continue;
                }
                fr.mapping(e.key()).ifPresent(spec -> fields.put(e.key(), field(e.key(), fr.at(spec))));
            }
        });
        List<SchemaRule> rules = new ArrayList<>();
        r.seq("rules").ifPresent(q -> {
            for (YNode item : q.items()) {
                if (!(item instanceof YNode.Mapping rm)) {
                    r.error(item, "a schema rule must be a map with 'when' and 'required'", "");
                    continue;
                }
                MapReader rr = r.at(rm);
                rr.rejectUnknown(RULE_KEYS, "a schema rule");
                Map<String, Object> when = rr.mapping("when").map(w -> castMap(w.toJava())).orElse(Map.of());
                List<String> required = rr.strings("required");
                for (String f : required) {
                    if (!FrontMatterFields.ENGINE.containsKey(f) && !fields.containsKey(f)) {
                        rr.error(rr.node("required"), "required field '" + f + "' is not declared in schema.fields", hintFor(f, fields.keySet()));
                    }
                }
                int minCitations = rr.integer("minCitations").orElse(0);
                if (minCitations < 0) rr.error(rr.node("minCitations"), "'minCitations' cannot be negative", "");
                rules.add(new SchemaRule(when, required, Math.max(0, minCitations), rm.line()));
            }
        });
        return new Schema(additional, fields, rules);
    }

    private static FieldSpec field(String name, MapReader r) {
        r.rejectUnknown(FIELD_KEYS, "field '" + name + "'");
        String type = r.string("type").orElse("string");
        if (!FieldSpec.TYPES.contains(type)) r.error(r.node("type"), "unknown field type '" + type + "'", "one of " + String.join(", ", FieldSpec.TYPES));
        String items = r.string("items").orElse(type.equals("list") ? "string" : "");
        if (!items.isEmpty() && (!FieldSpec.TYPES.contains(items) || items.equals("list"))) {
            r.error(r.node("items"), "unknown item type '" + items + "'",
                    "one of " + String.join(", ", FieldSpec.TYPES.stream().filter(t -> !t.equals("list")).toList()));
        }
        Optional<String> pattern = r.string("pattern");
        pattern.ifPresent(p -> {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                r.error(r.node("pattern"), "invalid regular expression: " + e.getDescription(), "");
            }
        });
        return new FieldSpec(name, type, items, r.strings("values"), r.integer("minItems"), r.integer("maxItems"),
                r.number("min"), r.number("max"), pattern, r.string("in"));
    }

    private static String hintFor(String word, Collection<String> known) {
        String h = Hints.didYouMean(word, known);
        return h.isEmpty() ? "declare it under schema.fields" : h;
    }
}
