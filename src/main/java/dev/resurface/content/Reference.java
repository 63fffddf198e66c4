package dev.resurface.content;

import dev.resurface.cite.Bibliography;
import dev.resurface.cite.Source;
import dev.resurface.glossary.Glossary;
import java.util.List;

/**
 * The site-wide reference material: the bibliography with the pages citing each source, and the
 * glossary. Templates list them on the sources and glossary pages.
 */
public record Reference(Bibliography bibliography, List<Entry> sources, Glossary glossary) {
    public static final Reference NONE = new Reference(Bibliography.EMPTY, List.of(), Glossary.EMPTY);

    /** A source and the pages that cite it (sorted by title). */
    public record Entry(Source source, List<Page> citedBy) {
        public Entry {
            citedBy = List.copyOf(citedBy);
        }
    }

    public Reference {
        sources = List.copyOf(sources);
    }
}
