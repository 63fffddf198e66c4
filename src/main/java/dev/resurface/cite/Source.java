package dev.resurface.cite;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of the bibliography, written once in {@code _data/sources.yml}.
 *
 * @param authors   "Manstein D, Herron GS, …" or "" when the publisher is the author
 * @param publisher the organisation that publishes (or wrote) it
 * @param journal   where an article appeared: journal, volume, issue and pages ({@link Journal#NONE} otherwise)
 * @param undated   {@code year: n.d.}: the source states no date, on purpose rather than by omission
 * @param grade     evidence grade as the site defines it (e.g. A, B), "" when not given
 * @param note      a remark readers need, e.g. that the publishing body no longer exists
 * @param line      where the entry is written, for diagnostics
 */
public record Source(String id, String title, String authors, String publisher, Journal journal, Optional<Integer> year,
                     boolean undated, String url, Optional<LocalDate> accessed, String doi, String pmid, String grade,
                     String note, String path, int line, int col) {

    /** Where a journal article appeared; empty strings for what is not given. */
    public record Journal(String name, String volume, String issue, String pages) {
        public static final Journal NONE = new Journal("", "", "", "");
    }

    /** "Title (Publisher, 2024)": a short label for a citation link's tooltip. */
    public String label() {
        String who = !journal.name().isEmpty() ? journal.name() : publisher;
        String when = year.map(String::valueOf).orElse("");
        String paren = who.isEmpty() ? when : when.isEmpty() ? who : who + ", " + when;
        return paren.isEmpty() ? title : title + " (" + paren + ")";
    }

    /** The link to the source: its URL, else its DOI as a doi.org link, else its PubMed record, else "". */
    public String href() {
        if (!url.isEmpty()) return url;
        if (!doi.isEmpty()) return doiUrl();
        return pmidUrl();
    }

    /** The DOI as a link, or "". */
    public String doiUrl() { return doi.isEmpty() ? "" : "https://doi.org/" + doi; }

    /** The PubMed record as a link, or "". */
    public String pmidUrl() { return pmid.isEmpty() ? "" : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/"; }
}
