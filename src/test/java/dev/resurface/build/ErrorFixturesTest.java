package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per kind of author mistake, under src/test/resources/errors/<case>/: the files that
 * differ from errors/_base (plus an optional _delete.txt), and expected.txt with the exact
 * diagnostics the build must print. Each case first builds the good base site, then the broken
 * one into the same output folder, and checks that the previous output survived untouched.
 * Run with -Dresurface.updateGolden=true to rewrite expected.txt files (then review the diff).
 */
@Tag("slow") // builds some forty fixture sites
class ErrorFixturesTest {
    static final Path ERRORS = Path.of("src/test/resources/errors");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ERRORS)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactDiagnosticsAndKeepsPreviousOutput(String name, @TempDir Path tmp) throws IOException {
        Path site = Fixtures.copy(ERRORS.resolve("_base"), tmp.resolve("site"));
        Path out = tmp.resolve("out");
        Fixtures.Run good = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());
        assertEquals(0, good.exit(), "the base site must build: " + good.err());
        Map<String, String> before = Fixtures.snapshot(out);

        Path overlay = ERRORS.resolve(name);
        Fixtures.copy(overlay, site);
        Files.deleteIfExists(site.resolve("expected.txt"));
        Path deletes = site.resolve("_delete.txt");
        if (Files.exists(deletes)) {
            for (String rel : Files.readAllLines(deletes)) if (!rel.isBlank()) Files.delete(site.resolve(rel.trim()));
            Files.delete(deletes);
        }
        Fixtures.Run bad = Fixtures.cli("build", "--site", site.toString(), "--output", out.toString());

        assertEquals(1, bad.exit(), "exit status for a site with errors");
        assertEquals("", bad.out(), "nothing on stdout when the build fails");
        List<String> lines = bad.errLines();
        assertFalse(bad.err().contains("Exception"), "no stack trace: " + bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace: " + bad.err());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ errors?, \\d+ warnings?; nothing was written"), lines.toString());
        Path expected = overlay.resolve("expected.txt");
        String actual = bad.err().replace(tmp.toString(), "<tmp>");
        boolean missing = !Files.exists(expected);
        if (Boolean.getBoolean("resurface.updateGolden") || missing) {
            Files.writeString(expected, actual);
        }
        // a new case must not pass by writing its own expectation: it fails once, to be reviewed
        assertFalse(missing, expected + " did not exist: it was written now; review it and run again");
        assertEquals(Files.readString(expected), actual, "diagnostics of " + name);
        assertEquals(before, Fixtures.snapshot(out), "a failed build leaves the previous output exactly as it was");
        assertEquals(List.of(".out.lock", "out", "site"), Fixtures.list(tmp).stream().map(p -> p.getFileName().toString()).toList(),
                "no staging folder left behind (once the background delete is done)");
    }

    @Test
    void everyCaseHasItsExpectedDiagnostics() throws IOException {
        for (String name : cases().toList()) {
            assertTrue(Files.exists(ERRORS.resolve(name).resolve("expected.txt")), name + " has no expected.txt");
        }
    }
}
