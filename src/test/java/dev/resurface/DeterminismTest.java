package dev.resurface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same bytes: whatever the thread count, and from one run to the next. */
class DeterminismTest {
    @Test
    void fixtureIsByteIdenticalWithOneOrManyThreads(@TempDir Path tmp) {
        Path site = Fixtures.site("basic", tmp);
        assertSameOutput(site, tmp);
    }

    @Test
    void generatedSiteIsByteIdenticalWithOneOrManyThreads(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("gen");
        generate(site, 240, new Random(7));
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

    /** A site with sections, tags, cross links, anchors and images, shaped by a seeded random source. */
    static void generate(Path site, int n, Random rnd) throws Exception {
        Files.createDirectories(site.resolve("content/img"));
        Files.writeString(site.resolve("site.yml"), "title: Generated\nbaseUrl: https://example.org/\n");
        Files.writeString(site.resolve("content/img/d.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"></svg>");
        String[] sections = {"a", "b", "c/d", "e"};
        String[] tags = {"x", "y", "z", "Mixed Case", "w"};
        for (int i = 0; i < n; i++) {
            String sec = sections[i % sections.length];
            Path dir = site.resolve("content/" + sec);
            Files.createDirectories(dir);
            StringBuilder sb = new StringBuilder("---\ntitle: \"Page " + i + "\"\n");
            sb.append("date: 2025-").append(String.format("%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))).append('\n');
            sb.append("weight: ").append(rnd.nextInt(5)).append('\n');
            sb.append("tags: [").append(tags[rnd.nextInt(tags.length)]).append(", ").append(tags[rnd.nextInt(tags.length)]).append("]\n---\n");
            sb.append("Intro of page ").append(i).append(" with \"quotes\" -- and more.\n\n## Section one\n\nText.\n\n## Section one\n\nAgain.\n\n");
            int j = rnd.nextInt(n);
            String target = "../".repeat(sec.split("/").length) + sections[j % sections.length] + "/p" + j + ".md";
            sb.append("See [page ").append(j).append("](").append(target).append("#section-one-1).\n\n");
            sb.append("![diagram](").append("../".repeat(sec.split("/").length)).append("img/d.svg)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
            Files.writeString(dir.resolve("p" + i + ".md"), sb.toString());
        }
    }
}
