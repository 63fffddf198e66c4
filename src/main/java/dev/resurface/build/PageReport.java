package dev.resurface.build;

import dev.resurface.content.Page;
import dev.resurface.prose.Readability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One page's figures for {@code check --report}: size, readability, citations and review dates. */
public record PageReport(String source, String path, String title, int words, Optional<Readability.Score> readability,
                         int citations, Optional<LocalDate> lastReviewed, Optional<LocalDate> nextReview, Optional<String> reviewedBy) {

    static List<PageReport> of(List<Page> pages) {
        List<PageReport> out = new ArrayList<>();
        for (Page p : pages) {
            if (p.source().isEmpty()) continue; // made up by the engine: nothing an author wrote
            out.add(new PageReport(p.source(), p.path(), p.title(), p.words(), p.trust().readability(), p.trust().citations().size(),
                    p.trust().lastReviewed(), p.trust().nextReview(), p.trust().reviewer().map(r -> r.id())));
        }
        return out;
    }
}
