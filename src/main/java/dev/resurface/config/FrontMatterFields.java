package dev.resurface.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The engine's own front-matter fields and their types; every other field is a page param. */
public final class FrontMatterFields {
    public static final Map<String, FieldSpec> ENGINE;

    static {
        Map<String, FieldSpec> m = new LinkedHashMap<>();
        m.put("title", FieldSpec.of("title", "string"));
        m.put("description", FieldSpec.of("description", "string"));
        m.put("date", FieldSpec.of("date", "date"));
        m.put("updated", FieldSpec.of("updated", "date"));
        m.put("draft", FieldSpec.of("draft", "bool"));
        m.put("slug", FieldSpec.of("slug", "string"));
        m.put("weight", FieldSpec.of("weight", "int"));
        m.put("tags", FieldSpec.listOf("tags", "string"));
        m.put("aliases", FieldSpec.listOf("aliases", "string"));
        m.put("layout", FieldSpec.of("layout", "string"));
        m.put("summary", FieldSpec.of("summary", "string"));
        m.put("lastReviewed", FieldSpec.of("lastReviewed", "date"));
        m.put("nextReview", FieldSpec.of("nextReview", "date"));
        m.put("reviewedBy", FieldSpec.of("reviewedBy", "string"));
        ENGINE = Collections.unmodifiableMap(m);
    }

    private FrontMatterFields() {}
}
