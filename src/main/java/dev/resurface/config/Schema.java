package dev.resurface.config;

import dev.resurface.util.Frozen;
import java.util.List;
import java.util.Map;

/**
 * The front-matter schema from {@code site.yml}: extra fields the site uses (beyond the engine's
 * own), rules that require fields per section or page type, and whether undeclared fields are allowed.
 */
public record Schema(boolean additionalFields, Map<String, FieldSpec> fields, List<SchemaRule> rules) {
    public static final Schema OPEN = new Schema(true, Map.of(), List.of());

    public Schema {
        fields = Frozen.map(fields);
        rules = List.copyOf(rules);
    }
}
