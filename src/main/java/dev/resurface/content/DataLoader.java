package dev.resurface.content;

import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.IoMessages;
import dev.resurface.yaml.YNode;
import dev.resurface.yaml.YamlReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads {@code content/_data/*.yml|yaml|json} into {@code data.<name>} (sub-folders nest:
 * {@code _data/a/b.yml} is {@code data.a.b}). JSON is read by the YAML parser, which accepts it.
 */
public final class DataLoader {
    private DataLoader() {}

    public static Map<String, Object> load(List<ContentScanner.Entry> files, Diagnostics diags) {
        return loadAll(files, diags).data();
    }

    /**
     * The data as plain values, and each file's YAML tree with positions (by data name, e.g. {@code sources}),
     * for features that validate a data file entry by entry.
     *
     * @param failed data name → site path of each file that could not be read at all (not text, not
     *               YAML): checks that depend on it report nothing of their own (see {@link dev.resurface.diag.FollowOn})
     */
    public record Loaded(Map<String, Object> data, Map<String, YNode> trees, Map<String, String> files, Map<String, String> failed) {}

    public static Loaded loadAll(List<ContentScanner.Entry> files, Diagnostics diags) {
        Map<String, YNode> trees = new TreeMap<>();
        Map<String, Object> root = new TreeMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        Map<String, String> failed = new TreeMap<>();
        for (ContentScanner.Entry e : files) {
            String sitePath = "content/" + e.relPath();
            String rel = e.relPath().substring(ContentScanner.DATA_DIR.length() + 1);
            String key = rel.substring(0, rel.lastIndexOf('.'));
            String text;
            try {
                text = TextFiles.readText(e.file());
            } catch (TextFiles.NotText ex) {
                diags.error(sitePath, ex.line(), ex.col(), ex.getMessage(), ex.hint());
                failed.putIfAbsent(key, sitePath);
                continue;
            } catch (IOException ex) {
                diags.error(sitePath, 0, 0, "cannot read: " + IoMessages.reason(ex), "check the file's permissions");
                failed.putIfAbsent(key, sitePath);
                continue;
            }
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            YamlReader.Result r = YamlReader.read(text, sitePath, 0);
            diags.addAll(r.problems());
            if (r.root().isEmpty() && r.problems().stream().anyMatch(d -> d.isError())) failed.putIfAbsent(key, sitePath);
            Object value = r.root().map(n -> n.toJava()).orElse(null);
            if (value == null) value = Map.of();
            if (origin.containsKey(key)) {
                diags.error(sitePath, 0, 0, "data name '" + key.replace('/', '.') + "' is already defined by " + origin.get(key),
                        "keep one of the two files");
                continue;
            }
            origin.put(key, sitePath);
            r.root().ifPresent(n -> trees.put(key, n));
            put(root, key.split("/"), value, sitePath, diags);
        }
        return new Loaded(root, trees, origin, failed);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String[] parts, Object value, String sitePath, Diagnostics diags) {
        Map<String, Object> m = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = m.computeIfAbsent(parts[i], k -> new TreeMap<String, Object>());
            if (!(child instanceof TreeMap)) {
                diags.error(sitePath, 0, 0, "data name '" + parts[i] + "' is both a file and a folder", "rename one of them");
                return;
            }
            m = (Map<String, Object>) child;
        }
        if (m.containsKey(parts[parts.length - 1])) {
            diags.error(sitePath, 0, 0, "data name '" + String.join(".", parts) + "' is both a file and a folder", "rename one of them");
            return;
        }
        m.put(parts[parts.length - 1], value);
    }

}
