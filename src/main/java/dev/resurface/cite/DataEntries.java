package dev.resurface.cite;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads a data file that is a list of maps, each with a unique {@code id}, into typed entries. */
final class DataEntries {
    private DataEntries() {}

    /** The entries read, how loading went (the whole file unusable, or which ids were left out) and the problems found. */
    record Entries<T>(Map<String, T> entries, DataFile file, List<Diagnostic> problems) {}

    /** Reads each item; {@code entry} reads an item with a good, new id, and returns null to leave it out (having said why). */
    static <T> Entries<T> read(YNode root, String path, List<String> keys, String what, BiFunction<MapReader, String, T> entry) {
        Map<String, T> out = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        if (!(root instanceof YNode.Seq seq)) {
            problems.add(Diagnostic.error(path, root.line(), root.col(), path + " must be a list of " + what + "s, found " + YNode.describe(root),
                    "write one '- id: …' entry per " + what));
            return new Entries<>(out, DataFile.failed(path), problems);
        }
        Set<String> rejected = new HashSet<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Mapping m)) {
                problems.add(Diagnostic.error(path, item.line(), item.col(), "each " + what + " must be a map of 'key: value' lines, found " + YNode.describe(item), ""));
                continue;
            }
            MapReader r = new MapReader(m, path);
            item(r, keys, what, firstLine, rejected, entry).ifPresent(e -> out.put(e.getKey(), e.getValue()));
            problems.addAll(r.problems());
        }
        return new Entries<>(out, new DataFile(path, false, rejected), problems);
    }

    /** The item's id and entry, or nothing when it is left out (the reader has said why). */
    private static <T> Optional<Map.Entry<String, T>> item(MapReader r, List<String> keys, String what, Map<String, Integer> firstLine, Set<String> rejected,
                                                          BiFunction<MapReader, String, T> entry) {
        YNode.Mapping m = r.map();
        r.rejectUnknown(keys, "a " + what);
        String id = r.string("id").orElse("");
        if (id.isBlank()) {
            if (!r.misspelled("id", keys)) r.error(m, what + " has no 'id'", "add 'id: a-short-name' to cite or refer to it");
            return Optional.empty();
        }
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:-]*")) {
            r.error(r.node("id"), "id '" + id + "' is not allowed", "use letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
            rejected.add(id);
            return Optional.empty();
        }
        if (firstLine.containsKey(id)) {
            r.error(r.node("id"), "id '" + id + "' is already used at line " + firstLine.get(id), "give each " + what + " its own id");
            return Optional.empty();
        }
        firstLine.put(id, m.line());
        T t = entry.apply(r, id);
        if (t == null) rejected.add(id);
        return Optional.ofNullable(t).map(v -> Map.entry(id, v));
    }

    /** "Did you mean …?", else which file an unknown id belongs in. */
    static String hint(String id, Collection<String> ids, DataFile file, String what) {
        String h = Hints.didYouMean(id, ids);
        String to = file.path().isEmpty() ? "the " + what + "s data file" : file.path();
        if (!h.isEmpty()) return h + " If not, add it to " + to;
        return ids.isEmpty() ? "the site has no " + what + "s yet: add it to " + to + " (a list of '- id: …' entries)"
                : "add it to " + to + ", or fix the spelling";
    }

    static List<String> sorted(Collection<String> c) {
        List<String> l = new ArrayList<>(c);
        Collections.sort(l);
        return l;
    }
}
