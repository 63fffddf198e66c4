package dev.resurface.content;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import dev.resurface.util.Frozen;
import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each tag's name for readers and its description, from a data file ({@code content/_data/tags.yml}),
 * keyed by the tag as authors write it in front matter:
 * <pre>
 * co2:
 *   name: CO2 laser
 *   description: Carbon dioxide laser resurfacing: what it treats, its risks and recovery.
 * </pre>
 *
 * @param entries tag as written in the file → its entry, in file order
 * @param path    the data file's site path ("" when there is none)
 */
public record TagNames(Map<String, Entry> entries, String path) {
    public static final TagNames EMPTY = new TagNames(Map.of(), "");
    static final List<String> KEYS = List.of("name", "description");

    /** One tag: the name shown to readers, its description, and the line of its key (for "unused" warnings). */
    public record Entry(String key, String name, String description, int line, int col) {}

    public TagNames {
        entries = Frozen.map(entries);
    }

    /** The entry for a tag slug, matching each key through {@code slug}. */
    public Optional<Entry> forSlug(String slug, Function<String, String> slugOf) {
        for (Entry e : entries.values()) if (slugOf.apply(e.key()).equals(slug)) return Optional.of(e);
        return Optional.empty();
    }

    public static Checked<TagNames> read(YNode root, String path) {
        List<Diagnostic> problems = new ArrayList<>();
        if (!(root instanceof YNode.Mapping map)) {
            problems.add(Diagnostic.error(path, root.line(), root.col(), path + " must be a map from each tag to its name and description, found " + YNode.describe(root),
                    "write e.g. 'co2: {name: CO2 laser, description: …}', one tag per entry"));
            return new Checked<>(EMPTY, problems);
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (YNode.Entry e : map.entries().values()) {
            if (!(e.value() instanceof YNode.Mapping m)) {
                problems.add(Diagnostic.error(path, e.value().line(), e.value().col(), "tag '" + e.key() + "' must be a map with 'name' and 'description', found "
                        + YNode.describe(e.value()), "write e.g. '" + e.key() + ": {name: …, description: …}'"));
                continue;
            }
            MapReader r = new MapReader(m, path);
            r.rejectUnknown(KEYS, "tag '" + e.key() + "'");
            String name = r.string("name").orElse("").strip();
            String description = r.string("description").orElse("").strip();
            List<String> missing = new ArrayList<>();
            if (name.isEmpty() && !r.misspelled("name", KEYS)) missing.add("name");
            if (description.isEmpty() && !r.misspelled("description", KEYS)) missing.add("description");
            problems.addAll(r.problems());
            if (!missing.isEmpty()) {
                problems.add(Diagnostic.error(path, e.keyLine(), e.keyCol(), "tag '" + e.key() + "' has no " + String.join(" and no ", missing.stream().map(k -> "'" + k + "'").toList()),
                        "the name is the tag page's title and heading; the description says what its pages are about"));
                continue;
            }
            out.put(e.key(), new Entry(e.key(), name, description, e.keyLine(), e.keyCol()));
        }
        return new Checked<>(new TagNames(out, path), problems);
    }

    /** "did you mean" among the tags pages use, for an entry no page uses. */
    public static String unusedHint(String key, List<String> used, String path) {
        return Hints.orElse(Hints.didYouMean(key, used), "remove it from " + path + ", or tag a page with it");
    }
}
