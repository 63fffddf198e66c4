package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same bytes: whatever the thread count, and from one run to the next. */
@Tag("slow") // builds the same site many times
class DeterminismTest {
    @Test
    void fixtureIsByteIdenticalWithOneOrManyThreads(@TempDir Path tmp) {
        Path site = Fixtures.site("basic", tmp);
        assertSameOutput(site, tmp);
    }

    @Test
    void cardsAndIconsAreByteIdenticalWithOneOrManyThreads(@TempDir Path tmp) {
        Path site = Fixtures.site("metadata", tmp); // social cards and favicon.svg: drawn on the picture thread with many
        assertSameOutput(site, tmp);
        assertTrue(Fixtures.snapshot(tmp.resolve("one")).keySet().stream().anyMatch(f -> f.startsWith("cards/")), "cards were drawn");
    }

    @Test
    void generatedSiteIsByteIdenticalWithOneOrManyThreads(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("gen");
        Fixtures.generate(site, 240, new Random(7));
        assertSameOutput(site, tmp);
    }

    private static void assertSameOutput(Path site, Path tmp) {
        Path one = tmp.resolve("one");
        Path many = tmp.resolve("many");
        Path again = tmp.resolve("again");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", one.toString(), "--threads", "1").exit());
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", many.toString(), "--threads", "8").exit());
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", again.toString(), "--threads", "3").exit());
        Map<String, String> a = Fixtures.snapshot(one);
        assertTrue(a.size() > 10, "built something: " + a.size());
        assertEquals(a, Fixtures.snapshot(many));
        assertEquals(a, Fixtures.snapshot(again));
    }

}
