package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files whose every byte matters, compared with golden copies in src/test/resources/golden/basic/.
 * After an intended change: mvn -B test -Dtest=GoldenOutputTest -Dresurface.updateGolden=true, then review the diff.
 */
@Tag("slow") // builds fixture sites through the CLI
class GoldenOutputTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/basic");

    @ParameterizedTest
    @ValueSource(strings = {"types/co2/index.html", "index.html", "sitemap.xml", "feed.xml", "robots.txt", "co2-laser/index.html", "tags/ablative/index.html"})
    void matchesGolden(String file, @TempDir Path tmp) throws Exception {
        Path site = Fixtures.site("basic", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
        Path golden = GOLDEN.resolve(file.replace('/', '_'));
        String actual = Files.readString(out.resolve(file));
        boolean missing = !Files.exists(golden);
        if (Boolean.getBoolean("resurface.updateGolden") || missing) Files.writeString(golden, actual);
        assertFalse(missing, golden + " did not exist: it was written now; review it and run again");
        assertEquals(Files.readString(golden), actual, file);
    }

}
