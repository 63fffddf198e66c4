package dev.resurface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds in a child JVM, killed with SIGKILL at random moments: the output folder is always
 * either the complete previous site or the complete new one, never a mix or nothing, and the next
 * build cleans up whatever the killed one left behind.
 */
class KilledBuildTest {
    @Test
    void killAtRandomMomentsNeverLeavesAHalfBuiltSite(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        DeterminismTest.generate(site, 400, new Random(3));
        Path out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
        Map<String, String> before = Fixtures.snapshot(out);

        Path page = site.resolve("content/a/p0.md");
        Files.writeString(page, Files.readString(page).replace("title: \"Page 0\"", "title: \"Page zero\""));
        Path reference = tmp.resolve("reference");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", reference.toString()).exit());
        Map<String, String> after = Fixtures.snapshot(reference);

        Random rnd = new Random(11);
        String java = ProcessHandle.current().info().command().orElse("java");
        int killedMidway = 0;
        for (int i = 0; i < 8; i++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.resurface.cli.Main",
                    "build", "--quiet", "--site", site.toString(), "--output", out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(200 + rnd.nextInt(1800));
            if (p.isAlive()) killedMidway++;
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            Map<String, String> now = Fixtures.snapshot(out);
            assertTrue(now.equals(before) || now.equals(after), "kill " + i + ": output is a complete old or new site");
        }
        assertTrue(killedMidway > 0, "at least one build was killed while running");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
        assertEquals(after, Fixtures.snapshot(out));
        assertEquals(List.of(".out.lock", ".reference.lock", "out", "reference", "site"), Fixtures.list(tmp).stream().map(x -> x.getFileName().toString()).toList(),
                "no staging or old folders left beside the output");
    }
}
