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
import java.util.Set;
import java.util.function.BiFunction;

/** Reads a data file that is a list of maps, each with a unique {@code id}, into typed entries. */
final class DataEntries {
    private DataEntries() {}

    /** The entries read, and how loading went (the whole file unusable, or which ids were left out). */
    record Entries<T>(Map<String, T> entries, DataFile file) {}

    static <T> Entries<T> read(YNode root, String path, List<String> keys, String what, List<Diagnostic> problems,
                               BiFunction<MapReader, String, T> entry) {
        Map<String, T> out = new LinkedHashMap<>();
        if (!(root instanceof YNode.Seq seq)) {
            problems.add(Diagnostic.error(path, root.line(), root.col(), path + " must be a list of " + what + "s, found " + YNode.describe(root),
                    "write one '- id: …' entry per " + what));
            return new Entries<>(out, DataFile.failed(path));
        }
        Set<String> rejected = new HashSet<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Mapping m)) {
                problems.add(Diagnostic.error(path, item.line(), item.col(), "each " + what + " must be a map of 'key: value' lines, found " + YNode.describe(item), ""));
                continue;
            }
            MapReader r = new MapReader(m, path, problems);
            r.rejectUnknown(keys, "a " + what);
            String id = r.string("id").orElse("");
            if (id.isBlank()) {
                if (!r.misspelled("id", keys)) problems.add(Diagnostic.error(path, m.line(), m.col(), what + " has no 'id'", "add 'id: a-short-name' to cite or refer to it"));
                continue;
            }
            if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:-]*")) {
                r.error(r.node("id"), "id '" + id + "' is not allowed", "use letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
                rejected.add(id);
                continue;
            }
            if (firstLine.containsKey(id)) {
                r.error(r.node("id"), "id '" + id + "' is already used at line " + firstLine.get(id), "give each " + what + " its own id");
                continue;
            }
            firstLine.put(id, m.line());
            T t = entry.apply(r, id);
            if (t != null) out.put(id, t);
            else rejected.add(id);
        }
        return new Entries<>(out, new DataFile(path, false, rejected));
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
