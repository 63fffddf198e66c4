package dev.resurface.content;

import dev.resurface.config.FieldSpec;
import dev.resurface.markdown.Typography;
import java.util.List;
import java.util.Set;

/**
 * Front matter values readers see as running text get real quotes and dashes ({@link Typography}), as
 * Markdown bodies do; values that name things (ids, pages, allowed values, patterns) are left as written.
 */
final class Prose {
    /** Engine fields readers see as text. */
    private static final Set<String> ENGINE_FIELDS = Set.of("title", "description", "summary");

    private Prose() {}

    static Object engineField(String key, Object value) {
        return ENGINE_FIELDS.contains(key) && value instanceof String s ? Typography.smarten(s) : value;
    }

    /** A schema field of free text (not a list of allowed values, a pattern, a page or an id in a data file) is prose. */
    static Object schemaField(FieldSpec spec, Object value) {
        boolean text = spec.type().equals("string") || spec.type().equals("list") && spec.items().equals("string");
        if (!text || !spec.values().isEmpty() || !spec.pattern().isEmpty() || !spec.in().isEmpty()) return value;
        if (value instanceof String s) return Typography.smarten(s);
        if (value instanceof List<?> list) return list.stream().map(x -> x instanceof String s ? Typography.smarten(s) : x).toList();
        return value;
    }
}
