package dev.resurface.content;

import dev.resurface.util.Frozen;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page's validated front matter: the engine fields typed, every other field in {@code params}
 * (plain Java values), and where each field was written, for later diagnostics.
 */
public record FrontMatter(String title, Optional<String> description, Optional<LocalDate> date,
                          Optional<LocalDate> updated, boolean draft, Optional<String> slug, int weight,
                          List<String> tags, List<String> aliases, Optional<String> layout,
                          Optional<String> summary, Map<String, Object> params, Map<String, Pos> positions,
                          List<PageRef> pageRefs, Review review) {

    /** The review fields: when the facts were last checked, when they are due again, and by whom (a people id). */
    public record Review(Optional<LocalDate> lastReviewed, Optional<LocalDate> nextReview, Optional<String> reviewedBy) {
        public static final Review NONE = new Review(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Front matter with just a title and description, for pages the engine makes up. */
    public static FrontMatter of(String title, Optional<String> description) {
        return new FrontMatter(title, description, Optional.empty(), Optional.empty(), false, Optional.empty(), 0,
                List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), Review.NONE);
    }

    /** A front-matter value that names another page ({@code type: page} in the schema), to be checked as a link. */
    public record PageRef(String field, String target, Pos pos) {}

    public FrontMatter {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        params = Frozen.map(params);
        positions = Frozen.map(positions);
        pageRefs = List.copyOf(pageRefs);
    }

    public Pos posOf(String field) { return positions.getOrDefault(field, Pos.START); }
}
