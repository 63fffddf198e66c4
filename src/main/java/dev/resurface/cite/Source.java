package dev.resurface.cite;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of the bibliography, written once in {@code _data/sources.yml}.
 *
 * @param grade evidence grade as the site defines it (e.g. A, B), "" when not given
 * @param line  where the entry is written, for diagnostics
 */
public record Source(String id, String title, String publisher, Optional<Integer> year, String url,
                     Optional<LocalDate> accessed, String doi, String pmid, String grade, String path, int line, int col) {

    /** "Title (Publisher, 2024)": a short label for a citation link's tooltip. */
    public String label() {
        String who = publisher.isEmpty() ? "" : publisher;
        String when = year.map(String::valueOf).orElse("");
        String paren = who.isEmpty() ? when : when.isEmpty() ? who : who + ", " + when;
        return paren.isEmpty() ? title : title + " (" + paren + ")";
    }

    /** The link to the source: its URL, else its DOI as a doi.org link, else "". */
    public String href() {
        if (!url.isEmpty()) return url;
        if (!doi.isEmpty()) return "https://doi.org/" + doi;
        return "";
    }
}
