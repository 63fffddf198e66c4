package dev.resurface.config;

import dev.resurface.util.Frozen;
import java.util.List;
import java.util.Map;

/**
 * "Pages that match {@code when} must have {@code required}". {@code when} maps a front-matter
 * field (or the pseudo-fields {@code section} and {@code kind}) to the value it must have; empty matches
 * every page. {@code minCitations}: how many distinct sources the body must cite (0: no requirement).
 */
public record SchemaRule(Map<String, Object> when, List<String> required, int minCitations, int line) {
    public SchemaRule {
        when = Frozen.map(when);
        required = List.copyOf(required);
    }
}
