package dev.resurface.cite;

import dev.resurface.config.TrustConfig;
import dev.resurface.diag.Checked;
import dev.resurface.markdown.Typography;
import dev.resurface.util.Frozen;
import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every source of the site by id, in the order the data file lists them.
 *
 * @param file where the sources are written (named in "add it to …" hints) and how loading them went
 */
public record Bibliography(Map<String, Source> sources, DataFile file) {
    public static final Bibliography EMPTY = new Bibliography(Map.of(), DataFile.NONE);
    static final List<String> KEYS = List.of("id", "title", "authors", "publisher", "organisation", "journal", "volume", "issue", "pages",
            "year", "url", "accessed", "doi", "pmid", "grade", "note");

    public Bibliography {
        sources = Frozen.map(sources);
    }

    public Optional<Source> get(String id) { return Optional.ofNullable(sources.get(id)); }

    /** Did-you-mean for an unknown id, else which file to add it to. */
    public String hint(String id) {
        return DataEntries.hint(id, sources.keySet(), file, "source");
    }

    /** Reads and checks the bibliography with the default rules (no untrusted domains). */
    public static Checked<Bibliography> read(YNode root, String path) {
        return read(root, path, TrustConfig.Citations.DEFAULT);
    }

    /**
     * Reads and checks the bibliography: a list of entries with id, title, and url, doi or pmid. An entry
     * without a year (and not {@code n.d.}), an http:// URL or a URL on an untrusted domain is a warning.
     */
    public static Checked<Bibliography> read(YNode root, String path, TrustConfig.Citations rules) {
        DataEntries.Entries<Source> read = DataEntries.read(root, path, KEYS, "source", (r, id) -> source(r, id, path, rules));
        return new Checked<>(new Bibliography(read.entries(), read.file()), read.problems());
    }

    private static Source source(MapReader r, String id, String path, TrustConfig.Citations rules) {
        YNode.Mapping m = r.map();
        String title = r.string("title").orElse("");
        if (title.isBlank()) {
            if (!r.misspelled("title", KEYS)) r.error(m, "source '" + id + "' has no 'title'", "readers need the title to find the source");
            return null;
        }
        String publisher = r.string("publisher").or(() -> r.string("organisation")).orElse("");
        // "n.d." says on purpose that the source carries no date; anything else must be a year.
        boolean undated = r.node("year") instanceof YNode.Scalar ys && "n.d.".equals(String.valueOf(ys.value()));
        Optional<Integer> year = undated ? Optional.empty() : r.integer("year");
        year.ifPresent(y -> {
            if (y < 1000 || y > 9999) r.error(r.node("year"), "'year' must be a four-digit year, found " + y, "write n.d. for a source that states no date");
        });
        if (year.isEmpty() && !undated && (!r.has("year") || r.node("year") instanceof YNode.Scalar ys && ys.isNull())) {
            r.warning(m, "source '" + id + "' has no 'year'", "add the year it was published, or year: n.d. if it states none");
        }
        String url = r.string("url").orElse("");
        if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://"))) {
            r.error(r.node("url"), "'url' must start with https:// or http://, found '" + url + "'", "");
        } else if (!url.isEmpty()) {
            YNode at = r.node("url");
            if (url.startsWith("http://")) {
                r.warning(at, "source '" + id + "' uses an insecure http:// address",
                        "use its https:// address, or a DOI or PubMed record if the site has none");
            }
            rules.untrustedDomainOf(url).ifPresent(d -> r.warning(at, "source '" + id + "' links to " + d + ", which site.yml lists under citations.untrusted",
                    "cite the original instead: the publisher's own page, a DOI or a PubMed record"));
        }
        String doi = r.string("doi").orElse("");
        if (!doi.isEmpty() && !doi.matches("10\\.\\d{4,9}/\\S+")) r.error(r.node("doi"), "'doi' must look like 10.1234/abc, found '" + doi + "'", "write the DOI without https://doi.org/");
        String pmid = r.string("pmid").orElse("");
        if (!pmid.isEmpty() && !pmid.matches("\\d{1,9}")) r.error(r.node("pmid"), "'pmid' must be digits, found '" + pmid + "'", "");
        if (url.isEmpty() && doi.isEmpty() && pmid.isEmpty()) {
            r.error(m, "source '" + id + "' has no 'url', 'doi' or 'pmid'", "readers need a way to check it");
        }
        Optional<LocalDate> accessed = r.date("accessed");
        Source.Journal journal = new Source.Journal(text(r, "journal"), text(r, "volume"), text(r, "issue"), text(r, "pages"));
        return new Source(id, Typography.smarten(title.strip()), text(r, "authors"), Typography.smarten(publisher.strip()), journal, year, undated, url, accessed, doi, pmid,
                text(r, "grade"), Typography.smarten(text(r, "note")), path, m.line(), m.col());
    }

    private static String text(MapReader r, String key) {
        return r.string(key).orElse("").strip();
    }
}
