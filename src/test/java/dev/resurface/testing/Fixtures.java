package dev.resurface.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.resurface.cli.Main;
import dev.resurface.output.Trash;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Test helpers: copy fixture sites, run the real CLI in-process, snapshot output folders. */
public final class Fixtures {
    public static final Path SITES = Path.of("src/test/resources/sites");

    private Fixtures() {}

    /**
     * The last item of the next burst from a dev server's build queue (a save can come as several
     * bursts: the one that settles counts); fails if nothing arrives within {@code waitSeconds}.
     */
    public static <T> T settled(BlockingQueue<T> builds, long waitSeconds) throws InterruptedException {
        T b = builds.poll(waitSeconds, TimeUnit.SECONDS);
        assertNotNull(b, "a change triggers a rebuild");
        T more;
        while ((more = builds.poll(400, TimeUnit.MILLISECONDS)) != null) b = more;
        return b;
    }

    /** What one CLI run printed and returned. */
    public record Run(int exit, String out, String err) {
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    /** Runs the command line in this process; returns once the folders its builds handed to the trash are deleted. */
    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Trash trash = new Trash();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), trash);
        try {
            trash.awaitIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** This repository's own site (the working folder), built into {@code out}; fails the test if the build does not succeed. */
    public static Path buildThisSite(Path out) {
        Run run = cli("build", "--site", Path.of("").toAbsolutePath().toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        return out;
    }

    /** Copies a fixture (a folder under src/test/resources/sites, or any folder) into {@code dest}. */
    public static Path copy(Path from, Path dest) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(dest.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, dest.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
            return dest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path site(String name, Path tmp) {
        return copy(SITES.resolve(name), tmp.resolve(name));
    }

    /** Every file under a folder with its SHA-256, by relative path: equal maps mean identical trees. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(dir.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(d));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** {@link #snapshot} of a built site, without the output folder's own marker files ({@code .resurface*}). */
    public static Map<String, String> siteSnapshot(Path dir) {
        Map<String, String> m = snapshot(dir);
        m.keySet().removeIf(k -> k.startsWith(".resurface"));
        return m;
    }

    /** The same as {@link #snapshot}, for a site kept in memory (serve). */
    public static Map<String, String> snapshot(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (var e : files.entrySet()) out.put(e.getKey(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a folder, sorted ({@link #cli} returns once its builds' background deletes are done). */
    public static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A site with sections, tags, cross links, anchors and images, shaped by a seeded random source. */
    public static void generate(Path site, int n, Random rnd) throws Exception {
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

    /** Every example input of the CommonMark spec 0.31.2 (vendored from the npm package commonmark-spec), tabs restored. */
    public static List<String> commonMarkSpecExamples() throws IOException {
        String spec;
        try (java.io.InputStream in = Fixtures.class.getResourceAsStream("/vendor/commonmark-spec-0.31.2/spec.txt")) {
            spec = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        spec = spec.replaceAll("(?ms)^<!-- END TESTS -->.*", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^`{32} example\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^`{32}$").matcher(spec);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1).replace('→', '\t'));
        return out;
    }
}
