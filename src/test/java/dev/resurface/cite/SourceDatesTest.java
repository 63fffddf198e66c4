package dev.resurface.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.yaml.YamlReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A source's {@code accessed} date follows the same rule as front-matter dates (see Dates). */
class SourceDatesTest {
    private static final String PATH = "content/_data/sources.yml";

    private record Read(Bibliography bibliography, List<String> problems) {}

    private static Read read(String accessed) {
        String yaml = "- id: aad\n  title: Laser resurfacing\n  year: 2024\n  url: https://example.org/\n  accessed: " + accessed + "\n";
        Checked<Bibliography> b = Bibliography.read(YamlReader.read(yaml, PATH, 0).root().orElseThrow(), PATH);
        return new Read(b.value(), b.problems().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aPlainDateIsAccepted() {
        Read r = read("2026-02-28");
        assertEquals(List.of(), r.problems());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), r.bibliography().get("aad").orElseThrow().accessed());
    }

    @Test
    void aDayTheMonthDoesNotHaveSaysHowManyDaysItHas() {
        assertEquals(List.of(PATH + ":5:13: error: 'accessed' is 2026-02-30, but February 2026 has 28 days (write a day from 01 to 28, e.g. 2026-02-28)"),
                read("2026-02-30").problems());
        assertEquals(List.of(PATH + ":5:13: error: 'accessed' is 2026-06-31, but June 2026 has 30 days (write a day from 01 to 30, e.g. 2026-06-30)"),
                read("2026-06-31").problems());
        assertEquals(List.of(PATH + ":5:13: error: 'accessed' is 2026-00-10, but month 00 does not exist (months go from 01 to 12: YYYY-MM-DD)"),
                read("2026-00-10").problems());
    }

    @Test
    void aDateWithATimeKeepsTheDateAndWarns() {
        Read r = read("2026-12-02T10:00:00Z");
        assertEquals(List.of(PATH + ":5:13: warning: 'accessed' has a time of day (10:00:00Z), which is not used (pages show the date alone: write accessed: 2026-12-02)"),
                r.problems());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), r.bibliography().get("aad").orElseThrow().accessed());
    }

    @Test
    void wordsAreNotADate() {
        assertEquals(List.of(PATH + ":5:13: error: 'accessed' is not a valid date: 'last week' (write dates as YYYY-MM-DD, e.g. 2026-01-31)"),
                read("last week").problems());
    }
}
