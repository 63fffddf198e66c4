package dev.resurface.config;

import java.util.List;
import java.util.Optional;

/**
 * The declared shape of one front-matter field.
 *
 * @param type     string, int, number, bool, date, list, map, page (a link to another page) or url
 * @param items    for lists: the type of each item
 * @param values   allowed values (empty: any)
 * @param in       a data file (e.g. {@code sources}) whose list items have an {@code id}: every value must be one of those ids
 */
public record FieldSpec(String name, String type, String items, List<String> values,
                        Optional<Integer> minItems, Optional<Integer> maxItems,
                        Optional<Double> min, Optional<Double> max, Optional<String> pattern, Optional<String> in) {
    public static final List<String> TYPES = List.of("string", "int", "number", "bool", "date", "list", "map", "page", "url");

    public FieldSpec {
        values = List.copyOf(values);
    }

    public static FieldSpec of(String name, String type) {
        return new FieldSpec(name, type, "", List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static FieldSpec listOf(String name, String items) {
        return new FieldSpec(name, "list", items, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What each item of this list field is checked against: its item type (string if unsaid) with this field's value rules. */
    public FieldSpec itemSpec() {
        return new FieldSpec(name, items.isEmpty() ? "string" : items, "", values,
                Optional.empty(), Optional.empty(), min, max, pattern, in);
    }
}
