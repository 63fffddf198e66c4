package dev.resurface.content;

import dev.resurface.config.FieldSpec;
import dev.resurface.config.FrontMatterFields;
import dev.resurface.config.Schema;
import dev.resurface.config.SchemaRule;
import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import dev.resurface.diag.Severity;
import dev.resurface.util.Counts;
import dev.resurface.yaml.Dates;
import dev.resurface.yaml.YNode;
import dev.resurface.yaml.YamlReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file into YAML front matter and body, parses the YAML with positions mapped to
 * the .md file, and validates it against the engine's fields and the site's schema.
 */
public final class FrontMatterParser {
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern LAYOUT = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private final Schema schema;

    public FrontMatterParser(Schema schema) {
        this.schema = schema;
    }

    /** The outcome for one file: front matter (absent when unusable), where the body starts, problems. */
    public record Result(Optional<FrontMatter> frontMatter, int bodyOffset, List<Diagnostic> problems) {}

    /** Where the front matter block is: YAML text and its first line, and where the body starts. */
    public record Split(String yaml, int yamlFirstLine, int bodyOffset) {}

    /**
     * @param kind    page, section or home (for schema rules that say {@code when: {kind: …}})
     * @param section the page's section key (its folder under content/, "" for the root)
     */
    public Result parse(SourceFile src, String kind, String section) {
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Split> split = split(src, problems);
        if (split.isEmpty()) return new Result(Optional.empty(), 0, problems);
        Split s = split.get();
        YamlReader.Result yaml = YamlReader.read(s.yaml(), src.path(), s.yamlFirstLine() - 1);
        problems.addAll(yaml.problems());
        if (yaml.root().isEmpty()) {
            if (yaml.problems().isEmpty()) {
                problems.add(Diagnostic.error(src.path(), 1, 1, "front matter is empty", "add at least 'title: …'"));
            }
            return new Result(Optional.empty(), s.bodyOffset(), problems);
        }
        if (!(yaml.root().get() instanceof YNode.Mapping map)) {
            YNode r = yaml.root().get();
            problems.add(Diagnostic.error(src.path(), r.line(), r.col(), "front matter must be 'key: value' lines, found " + YNode.describe(r),
                    "e.g. 'title: My page'"));
            return new Result(Optional.empty(), s.bodyOffset(), problems);
        }
        FrontMatter fm = validate(src.path(), map, kind, section, problems);
        return new Result(Optional.ofNullable(fm), s.bodyOffset(), problems);
    }

    /** The front matter block of a file that must start with one; a missing or unclosed block is reported. */
    public static Optional<Split> split(SourceFile src, List<Diagnostic> problems) {
        String t = src.text();
        if (t.startsWith("+++")) {
            problems.add(Diagnostic.error(src.path(), 1, 1, "TOML front matter ('+++') is not supported", "write YAML between '---' lines"));
            return Optional.empty();
        }
        if (!(t.startsWith("---\n") || t.equals("---") || t.startsWith("--- \n"))) {
            problems.add(Diagnostic.error(src.path(), 1, 1, "page has no front matter",
                    "start the file with a '---' line, then 'title: …', then another '---' line"));
            return Optional.empty();
        }
        int firstNl = t.indexOf('\n');
        int pos = firstNl < 0 ? t.length() : firstNl + 1;
        int line = 2;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            String l = t.substring(pos, end).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                String yaml = t.substring(firstNl + 1, pos);
                return Optional.of(new Split(yaml, 2, nl < 0 ? t.length() : nl + 1));
            }
            pos = end + 1;
            line++;
        }
        problems.add(Diagnostic.error(src.path(), 1, 1, "front matter is not closed",
                "add a '---' line after the last front-matter field (file has " + Counts.of(line - 1, "line") + ")"));
        return Optional.empty();
    }

    private FrontMatter validate(String path, YNode.Mapping map, String kind, String section, List<Diagnostic> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Pos> positions = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        List<FrontMatter.PageRef> refs = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(FrontMatterFields.ENGINE.keySet());
        known.addAll(schema.fields().keySet());
        // what a published page must have (schema rules, minItems) a draft may still lack: a warning, not an error
        Severity completeness = map.get("draft") instanceof YNode.Scalar d && Boolean.TRUE.equals(d.value()) ? Severity.WARNING : Severity.ERROR;
        List<YNode.Entry> unknown = new ArrayList<>();
        for (YNode.Entry e : map.entries().values()) {
            String key = e.key();
            positions.put(key, new Pos(e.value().line(), e.value().col()));
            FieldSpec spec = FrontMatterFields.ENGINE.get(key);
            boolean engine = spec != null;
            if (spec == null) spec = schema.fields().get(key);
            if (spec == null) {
                unknown.add(e); // reported after the rules: a misspelt required field is one error, not two
                if (schema.additionalFields() && !(e.value() instanceof YNode.Scalar sc && sc.isNull())) params.put(key, e.value().toJava());
                continue;
            }
            if (e.value() instanceof YNode.Scalar sc && sc.isNull()) continue; // 'field:' with no value = absent
            Optional<Object> v = check(path, spec, e.value(), problems, refs, completeness);
            if (v.isEmpty()) continue;
            if (engine) values.put(key, Prose.engineField(key, v.get()));
            else params.put(key, Prose.schemaField(spec, v.get()));
        }
        String title = (String) values.get("title");
        if (title == null || title.isBlank()) {
            if (!map.entries().containsKey("title")) {
                problems.add(Diagnostic.error(path, 1, 1, "front matter has no 'title'", "add 'title: …' between the '---' lines"));
            } else if (title != null || map.get("title") instanceof YNode.Scalar sc && sc.isNull()) {
                Pos p = positions.get("title");
                problems.add(Diagnostic.error(path, p.line(), p.col(), "'title' is empty", "give the page a title"));
            }
        }
        Optional<String> slug = Optional.ofNullable((String) values.get("slug"));
        slug.ifPresent(sl -> {
            if (!SLUG.matcher(sl).matches()) {
                Pos p = positions.get("slug");
                problems.add(Diagnostic.error(path, p.line(), p.col(), "slug '" + sl + "' is not allowed",
                        "use letters, digits, '-', '_' or '.', starting with a letter or digit (no '/' or '..')"));
            }
        });
        Optional<String> layout = Optional.ofNullable((String) values.get("layout"));
        layout.ifPresent(l -> {
            if (!LAYOUT.matcher(l).matches()) {
                Pos p = positions.get("layout");
                problems.add(Diagnostic.error(path, p.line(), p.col(), "layout '" + l + "' is not a template name",
                        "write the name without '.ftlh', e.g. 'layout: wide'"));
            }
        });
        // a name that is not a template name is reported once, here, not again as a missing template
        layout = layout.filter(l -> LAYOUT.matcher(l).matches());
        Map<String, String> requiredTypos = applyRules(path, kind, section, map, values, params, unknown, known, completeness, problems);
        reportUnknown(path, unknown, known, requiredTypos, completeness, problems);
        return new FrontMatter(title == null ? "" : title, str(values, "description"), date(values, "date"),
                date(values, "updated"), Boolean.TRUE.equals(values.get("draft")), slug,
                values.get("weight") instanceof Long w ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, w)) : 0,
                strings(values, "tags"), strings(values, "aliases"), layout, str(values, "summary"), params, positions, refs,
                new FrontMatter.Review(date(values, "lastReviewed"), date(values, "nextReview"), str(values, "reviewedBy")));
    }

    /**
     * Reports required fields a page lacks (empty or blank text counts as lacking). A field that is
     * missing because its name is misspelt ('descripion') is not reported here: the returned map
     * (unknown key → why the field is required) lets {@link #reportUnknown} say both in one message.
     */
    private Map<String, String> applyRules(String path, String kind, String section, YNode.Mapping map, Map<String, Object> values,
                                           Map<String, Object> params, List<YNode.Entry> unknown, Set<String> known,
                                           Severity completeness, List<Diagnostic> problems) {
        Map<String, String> typos = new LinkedHashMap<>();
        for (SchemaRule rule : schema.rules()) {
            if (!matches(rule, kind, section, values, params)) continue;
            for (String field : rule.required()) {
                Object v = values.containsKey(field) ? values.get(field) : params.get(field);
                boolean blank = v instanceof String str && str.isBlank();
                if (v != null && !blank) continue;
                String why = (completeness == Severity.ERROR ? "" : "needed before publishing: ")
                        + "required by the schema rule at site.yml:" + rule.line() + describeWhen(rule);
                YNode.Entry written = map.entries().get(field);
                if (written == null) {
                    Optional<YNode.Entry> typo = unknown.stream().filter(u -> Hints.closest(u.key(), known).filter(field::equals).isPresent()).findFirst();
                    if (typo.isPresent()) typos.putIfAbsent(typo.get().key(), why);
                    else problems.add(new Diagnostic(path, 1, 1, completeness, "front matter has no '" + field + "'", why));
                } else if (written.value() instanceof YNode.Scalar sc && (sc.isNull() || blank)) {
                    problems.add(new Diagnostic(path, written.keyLine(), written.keyCol(), completeness, "'" + field + "' is empty", why));
                } // a value of the wrong type was already reported where it is written
            }
        }
        return typos;
    }

    /** Fields neither the engine nor the schema knows: an error, or a warning with a did-you-mean when the schema allows extra fields. */
    private void reportUnknown(String path, List<YNode.Entry> unknown, Set<String> known, Map<String, String> requiredTypos,
                               Severity completeness, List<Diagnostic> problems) {
        for (YNode.Entry e : unknown) {
            String key = e.key();
            String hint = Hints.didYouMean(key, known);
            String required = requiredTypos.get(key);
            if (required != null) hint = hint + " It is " + required;
            if (!schema.additionalFields()) {
                problems.add(Diagnostic.error(path, e.keyLine(), e.keyCol(), "unknown front-matter field '" + key + "'",
                        hint.isEmpty() ? "declare it in site.yml under schema.fields, or remove it" : hint));
            } else if (!hint.isEmpty()) {
                problems.add(new Diagnostic(path, e.keyLine(), e.keyCol(), required != null ? completeness : Severity.WARNING,
                        "unknown front-matter field '" + key + "'", hint));
            }
        }
    }

    private static String describeWhen(SchemaRule rule) {
        if (rule.when().isEmpty()) return " (every page)";
        StringBuilder sb = new StringBuilder(" (");
        rule.when().forEach((k, v) -> sb.append(sb.length() > 2 ? ", " : "").append(k).append(": ").append(v));
        return sb.append(')').toString();
    }

    /** Whether a schema rule applies to a page of this kind and section with these field values. */
    public static boolean matches(SchemaRule rule, String kind, String section, Map<String, Object> values, Map<String, Object> params) {
        for (Map.Entry<String, Object> w : rule.when().entrySet()) {
            String want = String.valueOf(w.getValue());
            Object have;
            if (w.getKey().equals("section")) {
                if (!(section.equals(want) || section.startsWith(want + "/"))) return false;
                continue;
            } else if (w.getKey().equals("kind")) {
                have = kind;
            } else {
                have = values.containsKey(w.getKey()) ? values.get(w.getKey()) : params.get(w.getKey());
            }
            if (have instanceof List<?> list) {
                if (list.stream().noneMatch(x -> want.equals(String.valueOf(x)))) return false;
            } else if (have == null || !want.equals(String.valueOf(have))) {
                return false;
            }
        }
        return true;
    }

    /** Checks a value against its declared type; returns the converted value or empty after reporting. */
    static Optional<Object> check(String path, FieldSpec spec, YNode node, List<Diagnostic> problems,
                                  List<FrontMatter.PageRef> refs) {
        return check(path, spec, node, problems, refs, Severity.ERROR);
    }

    /** @param completeness how a list shorter than minItems is reported (a warning on a draft) */
    static Optional<Object> check(String path, FieldSpec spec, YNode node, List<Diagnostic> problems,
                                  List<FrontMatter.PageRef> refs, Severity completeness) {
        String name = spec.name();
        if (spec.type().equals("list")) {
            List<YNode> items;
            if (node instanceof YNode.Seq q) {
                items = q.items();
            } else if (node instanceof YNode.Scalar sc && sc.value() instanceof String) {
                items = List.of(node); // "tags: acne" is read as a one-item list
            } else {
                problems.add(err(path, node, "'" + name + "' must be a list, found " + YNode.describe(node), "write it as [a, b] or as '- item' lines"));
                return Optional.empty();
            }
            List<Object> out = new ArrayList<>();
            FieldSpec itemSpec = spec.itemSpec();
            for (YNode item : items) check(path, itemSpec, item, problems, refs).ifPresent(out::add);
            if (spec.minItems().isPresent() && items.size() < spec.minItems().get()) {
                problems.add(err(path, node, "'" + name + "' needs at least " + Counts.of(spec.minItems().get(), "item") + ", found " + items.size(), range(spec.minItems(), spec.maxItems(), "item")
                        + (completeness == Severity.ERROR ? "" : "; needed before publishing")).withSeverity(completeness));
            }
            if (spec.maxItems().isPresent() && items.size() > spec.maxItems().get()) {
                problems.add(err(path, node, "'" + name + "' allows at most " + Counts.of(spec.maxItems().get(), "item") + ", found " + items.size(), range(spec.minItems(), spec.maxItems(), "item")));
            }
            return Optional.of(Collections.unmodifiableList(out));
        }
        if (spec.type().equals("map")) {
            if (node instanceof YNode.Mapping) return Optional.of(node.toJava());
            problems.add(err(path, node, "'" + name + "' must be a map of 'key: value' lines, found " + YNode.describe(node),
                    Hints.forType("a map of 'key: value' lines")));
            return Optional.empty();
        }
        if (!(node instanceof YNode.Scalar sc) || sc.value() == null) {
            problems.add(err(path, node, "'" + name + "' must be " + article(spec.type()) + ", found " + YNode.describe(node),
                    Hints.forType(article(spec.type()))));
            return Optional.empty();
        }
        Object v = sc.value();
        Object out;
        switch (spec.type()) {
            case "int" -> {
                if (!(v instanceof Long)) return fail(path, node, name, "a whole number", problems);
                out = v;
            }
            case "number" -> {
                if (!(v instanceof Number n)) return fail(path, node, name, "a number", problems);
                out = n.doubleValue();
            }
            case "bool" -> {
                if (!(v instanceof Boolean)) return fail(path, node, name, "true or false", problems);
                out = v;
            }
            case "date" -> {
                Checked<Optional<LocalDate>> d = Dates.read(path, name, node);
                problems.addAll(d.problems());
                if (d.value().isEmpty()) return Optional.empty();
                out = d.value().get();
            }
            case "url" -> {
                String s = String.valueOf(v);
                if (!(s.startsWith("https://") || s.startsWith("http://") || s.startsWith("/"))) {
                    problems.add(err(path, node, "'" + name + "' must be a URL starting with https://, http:// or /, found '" + s + "'", Hints.forType("a URL")));
                    return Optional.empty();
                }
                out = s;
            }
            case "page" -> {
                if (v instanceof LocalDate || v instanceof Boolean) return fail(path, node, name, "a path to a page", problems);
                String s = String.valueOf(v);
                refs.add(new FrontMatter.PageRef(name, s, new Pos(node.line(), node.col())));
                out = s;
            }
            default -> {
                if (v instanceof LocalDate || v instanceof Boolean) return fail(path, node, name, "text", problems);
                out = String.valueOf(v);
            }
        }
        if (!spec.values().isEmpty() && !spec.values().contains(String.valueOf(out))) {
            problems.add(err(path, node, "'" + name + "' is '" + out + "' but must be one of: " + String.join(", ", spec.values()),
                    Hints.orElse(Hints.didYouMean(String.valueOf(out), spec.values()), "write one of these values exactly")));
            return Optional.empty();
        }
        if (out instanceof Number n) {
            if (spec.min().isPresent() && n.doubleValue() < spec.min().get()) {
                problems.add(err(path, node, "'" + name + "' must be at least " + trim(spec.min().get()) + ", found " + trim(n.doubleValue()),
                        range(spec.min().map(FrontMatterParser::trim), spec.max().map(FrontMatterParser::trim), "")));
            }
            if (spec.max().isPresent() && n.doubleValue() > spec.max().get()) {
                problems.add(err(path, node, "'" + name + "' must be at most " + trim(spec.max().get()) + ", found " + trim(n.doubleValue()),
                        range(spec.min().map(FrontMatterParser::trim), spec.max().map(FrontMatterParser::trim), "")));
            }
        }
        if (spec.pattern().isPresent() && out instanceof String s && !Pattern.compile(spec.pattern().get()).matcher(s).matches()) {
            problems.add(err(path, node, "'" + name + "' value '" + s + "' does not match the pattern " + spec.pattern().get(),
                    "the pattern is set for '" + name + "' in site.yml's schema"));
        }
        return Optional.of(out);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String article(String type) {
        return switch (type) {
            case "int" -> "a whole number";
            case "number" -> "a number";
            case "bool" -> "true or false";
            case "date" -> "a date (YYYY-MM-DD)";
            case "page" -> "a path to a page";
            case "url" -> "a URL";
            default -> "text";
        };
    }

    private static Optional<Object> fail(String path, YNode node, String name, String want, List<Diagnostic> problems) {
        problems.add(err(path, node, "'" + name + "' must be " + want + ", found " + YNode.describe(node), Hints.forType(want)));
        return Optional.empty();
    }

    private static Diagnostic err(String path, YNode node, String msg, String hint) {
        return Diagnostic.error(path, node.line(), node.col(), msg, hint);
    }

    private static Optional<String> str(Map<String, Object> v, String k) {
        return Optional.ofNullable((String) v.get(k));
    }

    private static Optional<LocalDate> date(Map<String, Object> v, String k) {
        return Optional.ofNullable((LocalDate) v.get(k));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> v, String k) {
        Object o = v.get(k);
        return o == null ? List.of() : ((List<Object>) o).stream().map(String::valueOf).toList();
    }

    /** The allowed range as a hint: "allowed: 1 to 5", "allowed: at least 2 items", "allowed: at most 1 item". */
    private static String range(Optional<?> min, Optional<?> max, String unit) {
        if (min.isPresent() && max.isPresent()) return "allowed: " + min.get() + " to " + max.get() + units(max.get(), unit);
        return min.isPresent() ? "allowed: at least " + min.get() + units(min.get(), unit)
                : "allowed: at most " + max.map(String::valueOf).orElse("?") + units(max.orElse(null), unit);
    }

    /** " items" after a count (" item" after 1); nothing for a unitless range. */
    private static String units(Object n, String unit) {
        if (unit.isEmpty()) return "";
        return " " + Counts.noun(n instanceof Number num ? num.longValue() : 2, unit, unit + "s");
    }
}
