package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every site's bibliography must hold to: a year (or n.d. on purpose), and a URL that is https
 * and not on a domain site.yml lists under citations.untrusted. Each lapse is a warning at the entry
 * (or its url) in the data file, an error with --strict.
 */
@Tag("slow") // builds fixture sites through the CLI
class SourceChecksTest {
    @TempDir
    Path tmp;

    private Path site(String sources) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/_data"));
        Files.writeString(site.resolve("site.yml"), """
                title: Sources
                baseUrl: https://example.org/
                citations:
                  untrusted: [scribd.com, studylib.net, answers.google.com]
                """);
        Files.writeString(site.resolve("content/_data/sources.yml"), sources);
        StringBuilder cites = new StringBuilder();
        for (String line : sources.split("\n")) if (line.startsWith("- id: ")) cites.append("[@").append(line.substring(6)).append("] ");
        Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Home\n---\nEvery source is cited here " + cites + "\n");
        return site;
    }

    static final String SOURCES = """
            - id: good
              title: A publisher's own page
              year: 2024
              url: https://www.example.org/good
            - id: undated
              title: A page that states no date
              year: n.d.
              url: https://example.org/undated
            - id: no-year
              title: A page whose year was left out
              url: https://example.org/no-year
            - id: plain-http
              title: Served without TLS
              year: 2019
              url: http://example.org/plain
            - id: mirror
              title: A copy of someone else's leaflet
              year: 2020
              url: https://www.scribd.com/document/123/leaflet
            - id: qa
              title: An answer on a question-and-answer site
              year: 2004
              url: http://answers.google.com/answers/threadview?id=1
            - id: lookalike
              title: Not the listed domain, only a similar name
              year: 2021
              url: https://notscribd.com/x
            - id: pubmed-only
              title: An article known by its PubMed record
              year: 2010
              pmid: "10201234"
            """;

    static final List<String> WARNINGS = List.of(
            "content/_data/sources.yml:9:3: warning: source 'no-year' has no 'year' (add the year it was published, or year: n.d. if it states none)",
            "content/_data/sources.yml:15:8: warning: source 'plain-http' uses an insecure http:// address (use its https:// address, or a DOI or PubMed record if the site has none)",
            "content/_data/sources.yml:19:8: warning: source 'mirror' links to scribd.com, which site.yml lists under citations.untrusted (cite the original instead: the publisher's own page, a DOI or a PubMed record)",
            "content/_data/sources.yml:23:8: warning: source 'qa' links to answers.google.com, which site.yml lists under citations.untrusted (cite the original instead: the publisher's own page, a DOI or a PubMed record)",
            "content/_data/sources.yml:23:8: warning: source 'qa' uses an insecure http:// address (use its https:// address, or a DOI or PubMed record if the site has none)");

    @Test
    void eachLapseIsAWarningAtItsEntryOrUrl() throws Exception {
        Path site = site(SOURCES);
        Fixtures.Run run = Fixtures.cli("build", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(WARNINGS, run.errLines());
        assertTrue(run.out().contains("5 warnings"), run.out());
    }

    @Test
    void strictMakesThemErrorsAndWritesNothing() throws Exception {
        Path site = site(SOURCES);
        Fixtures.Run run = Fixtures.cli("build", "--strict", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(1, run.exit());
        assertEquals(WARNINGS.stream().map(w -> w.replace(": warning: ", ": error: ")).toList(), run.errLines().subList(0, WARNINGS.size()));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void withStrictEachPromotedWarningCountsOnceInAFilesCap() throws Exception {
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < 120; i++) sources.append("- id: s").append(i).append("\n  title: Source ").append(i).append("\n  url: https://example.org/").append(i).append('\n');
        Path site = site(sources.toString());
        Fixtures.Run run = Fixtures.cli("build", "--strict", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(1, run.exit());
        List<String> lines = run.errLines();
        assertEquals("content/_data/sources.yml: error: 20 more errors in this file are not listed (the first 100 are; fix those first)", lines.get(0));
        assertEquals(100, lines.stream().filter(l -> l.contains("has no 'year'")).count());
        assertTrue(lines.stream().noneMatch(l -> l.contains("more warning")), "a promoted warning is not counted again as a warning: " + lines.get(0));
    }

    @Test
    void aCompleteBibliographyIsClean() throws Exception {
        Path site = site("""
                - id: a
                  title: A
                  year: 2024
                  url: https://example.org/a
                - id: b
                  title: B
                  year: n.d.
                  doi: 10.1000/xyz
                """);
        Fixtures.Run run = Fixtures.cli("build", "--strict", "--site", site.toString(), "--output", tmp.resolve("out").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }
}
