package dev.resurface.content;

import dev.resurface.cite.CitedSource;
import dev.resurface.cite.Person;
import dev.resurface.prose.Readability;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a reader needs to judge a page: its numbered sources, when it was last reviewed and is due
 * again, who reviewed it (only when front matter names a real person), and how hard it is to read.
 */
public record Trust(List<CitedSource> citations, Optional<LocalDate> lastReviewed, Optional<LocalDate> nextReview,
                    Optional<Person> reviewer, Optional<Readability.Score> readability) {
    public static final Trust NONE = new Trust(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Trust {
        citations = List.copyOf(citations);
    }
}
