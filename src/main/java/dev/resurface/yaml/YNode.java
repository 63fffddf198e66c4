package dev.resurface.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written (1-based line and column in the file it came
 * from), so validation can point at the exact spot.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Mapping {
    int line();

    int col();

    /** The plain Java value: String, Long, Double, Boolean, LocalDate, List, Map or null. */
    Object toJava();

    /** A scalar: {@code value} is String, Long, Double, Boolean, LocalDate, or null for YAML null. */
    record Scalar(Object value, int line, int col) implements YNode {
        @Override
        public Object toJava() { return value; }

        public boolean isNull() { return value == null; }
    }

    record Seq(List<YNode> items, int line, int col) implements YNode {
        public Seq { items = List.copyOf(items); }

        @Override
        public Object toJava() {
            List<Object> out = new ArrayList<>(items.size());
            for (YNode n : items) out.add(n.toJava());
            return Collections.unmodifiableList(out);
        }
    }

    /** A mapping entry: the key's own position is kept for "unknown key" errors. */
    record Entry(String key, int keyLine, int keyCol, YNode value) {}

    record Mapping(Map<String, Entry> entries, int line, int col) implements YNode {
        public Mapping { entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries)); }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public Object toJava() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Entry e : entries.values()) out.put(e.key(), e.value().toJava());
            return Collections.unmodifiableMap(out);
        }
    }

    /** A short name for the node's type, used in messages ("expected a list, found text"). */
    static String describe(YNode n) {
        if (n instanceof Seq) return "a list";
        if (n instanceof Mapping) return "a map";
        Object v = ((Scalar) n).value();
        if (v == null) return "nothing (null)";
        if (v instanceof String) return "text";
        if (v instanceof Long) return "a whole number";
        if (v instanceof Double) return "a number";
        if (v instanceof Boolean) return "true/false";
        if (v instanceof LocalDate) return "a date";
        return "a value";
    }
}
