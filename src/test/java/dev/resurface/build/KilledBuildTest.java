package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds in a child JVM, killed with SIGKILL at random moments and right after each stage
 * (read from --verbose): the output folder is always either the complete previous site or the
 * complete new one, never a mix; killed in the instant between the swap's two renames, there is no
 * output folder and the complete previous site is beside it. The next build puts that back and cleans
 * up whatever the killed one left behind.
 */
@Tag("slow") // kills a build in a child JVM
class KilledBuildTest {
    @TempDir
    Path tmp;
    Path site;
    Path out;
    Map<String, String> before;
    Map<String, String> after;

    /** Builds version 0 into out (the previous site), and version 1 elsewhere (what a finished build gives). */
    @BeforeEach
    void sites() throws Exception {
        site = tmp.resolve("site");
        Fixtures.generate(site, 200, new Random(3));
        out = tmp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
        before = Fixtures.snapshot(out);
        Path page = site.resolve("content/a/p0.md");
        Files.writeString(page, Files.readString(page).replace("title: \"Page 0\"", "title: \"Page zero\""));
        Path reference = tmp.resolve("reference");
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", reference.toString()).exit());
        after = Fixtures.snapshot(reference);
    }

    private Process start(String... extra) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.resurface.cli.Main",
                "build", "--site", site.toString(), "--output", out.toString()));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** "old", "new" or "between" (the swap's two renames): anything else fails the test. */
    private String outcome(String when) {
        Map<String, String> now = Fixtures.snapshot(out);
        if (!Files.exists(out)) {
            // killed between the swap's two renames (a rename of a folder over another is not possible here): the
            // old site waits, whole, beside the output, and the next build's recovery puts it back
            List<Path> old = Fixtures.list(tmp).stream().filter(p -> p.getFileName().toString().startsWith(".out.old-")).toList();
            assertEquals(1, old.size(), when + ": no output folder, so the old site is beside it");
            assertEquals(before, Fixtures.snapshot(old.get(0)), when + ": the old site beside the output is complete");
            return "between";
        }
        assertTrue(now.equals(before) || now.equals(after), when + ": the output is a complete old or new site");
        return now.equals(before) ? "old" : "new";
    }

    private void cleanUpAndFinish() {
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
        assertEquals(after, Fixtures.snapshot(out));
        assertEquals(List.of(".out.lock", ".reference.lock", "out", "reference", "site"), Fixtures.list(tmp).stream().map(x -> x.getFileName().toString()).toList(),
                "no staging or old folders left beside the output");
    }

    /** A kill after the swap left the new site: build the previous version into out again. */
    private void restoreOld() throws Exception {
        if (Fixtures.snapshot(out).equals(before)) return;
        Path page = site.resolve("content/a/p0.md");
        Files.writeString(page, Files.readString(page).replace("\"Page zero\"", "\"Page 0\""));
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString()).exit());
        Files.writeString(page, Files.readString(page).replace("\"Page 0\"", "\"Page zero\""));
        assertEquals(before, Fixtures.snapshot(out));
    }

    @Test
    void killAtRandomMomentsNeverLeavesAHalfBuiltSite() throws Exception {
        // how long a whole child build takes here: kills are spread over 0.1 to 1.2 times that
        long t0 = System.nanoTime();
        Process full = start("--quiet");
        assertTrue(full.waitFor(120, TimeUnit.SECONDS));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        restoreOld();
        Random rnd = new Random(11);
        int killedMidway = 0;
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Process p = start("--quiet");
            Thread.sleep(millis / 10 + rnd.nextInt((int) (millis * 11 / 10)));
            if (p.isAlive()) killedMidway++;
            p.destroyForcibly(); // SIGKILL; it also closes our end of the pipe
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            outcomes.add(outcome("kill " + i));
            restoreOld();
        }
        assertTrue(killedMidway > 0, "at least one build was killed while running");
        cleanUpAndFinish();
        System.out.printf("random kills: %d over a %d ms build, %d while running; outputs %s%n", outcomes.size(), millis, killedMidway, outcomes);
    }

    /**
     * The same with build --cache, whose builds make their staging folder from the site the last swap replaced
     * (a spare) and keep the replaced one: a kill at any moment still leaves the whole old or new site, and
     * the next cached build gives exactly the new one.
     */
    @Test
    void killingCachedBuildsAtRandomMomentsNeverLeavesAHalfBuiltSite() throws Exception {
        String cache = tmp.resolve("cache").toString();
        Path page = site.resolve("content/a/p0.md");
        long t0 = System.nanoTime();
        Process full = start("--quiet", "--cache", cache);
        assertTrue(full.waitFor(120, TimeUnit.SECONDS));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Random rnd = new Random(12);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // the old site back, by a cached build: a spare of the new one is beside it
            Files.writeString(page, Files.readString(page).replace("\"Page zero\"", "\"Page 0\""));
            assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString(), "--cache", cache).exit());
            assertEquals(before, Fixtures.snapshot(out));
            Files.writeString(page, Files.readString(page).replace("\"Page 0\"", "\"Page zero\""));
            Process p = start("--quiet", "--cache", cache);
            Thread.sleep(millis / 10 + rnd.nextInt((int) (millis * 11 / 10)));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            outcomes.add(outcome("cached kill " + i));
        }
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", out.toString(), "--cache", cache).exit());
        assertEquals(after, Fixtures.snapshot(out));
        List<String> beside = Fixtures.list(tmp).stream().map(x -> x.getFileName().toString().replaceAll("spare-[0-9a-z]+$", "spare-*")).toList();
        assertEquals(List.of(".out.lock", ".out.spare-*", ".reference.lock", "cache", "out", "reference", "site"), beside,
                "one spare, no staging or old folders left beside the output");
        System.out.printf("cached random kills: outputs %s%n", outcomes);
    }

    @Test
    void killRightAfterEachStageNeverLeavesAHalfBuiltSite() throws Exception {
        List<String> stages = List.of("", "load", "parse", "link", "markdown", "render", "copy", "swap");
        List<String> outcomes = new ArrayList<>();
        for (String stage : stages) {
            restoreOld();
            Process p = start("--verbose", "--threads", "1");
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            if (!stage.isEmpty()) {
                String line;
                while ((line = lines.readLine()) != null && !line.startsWith("resurface: " + stage + " ")) { }
                assertTrue(line != null, "the build reached stage " + stage);
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            String o = outcome("killed after stage '" + stage + "'");
            // up to the Markdown stage the swap is far away: the old site must still be there
            if (List.of("", "load", "parse", "link", "markdown").contains(stage)) assertEquals("old", o, stage);
            if (stage.equals("swap")) assertEquals("new", o, "'swap' is printed once the new site is in place");
            outcomes.add((stage.isEmpty() ? "start" : stage) + "=" + o);
        }
        cleanUpAndFinish();
        System.out.printf("stage kills: %s%n", outcomes);
    }
}
