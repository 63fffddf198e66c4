package dev.resurface.config;

import java.util.List;
import java.util.Map;

/**
 * "Pages that match {@code when} must have {@code required}". {@code when} maps a front-matter
 * field (or the pseudo-field {@code section}) to the value it must have; empty matches every page.
 */
public record SchemaRule(Map<String, Object> when, List<String> required, int line) {
    public SchemaRule {
        when = dev.resurface.util.Frozen.map(when);
        required = List.copyOf(required);
    }
}
