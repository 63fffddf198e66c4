package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.images.TestPhotos;
import dev.resurface.output.MemoryOutput;
import dev.resurface.testing.Fixtures;
import dev.resurface.testing.HtmlValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Responsive images on a built site: the copies exist at their widths, each page offers them, broken files stop the build at their line. */
@Tag("slow") // builds fixture sites through the CLI
class ResponsiveImagesSiteTest {
    /** The fixture with its photos made: a 2000 × 1500 JPEG, an 800 × 500 PNG with transparency, a 400 × 300 JPEG, a 600 × 40 PNG. */
    static Path site(Path t) throws Exception {
        Path site = Fixtures.site("images", t);
        Path img = site.resolve("content/img");
        TestPhotos.write(img.resolve("cheek.jpg"), TestPhotos.jpeg(2000, 1500, 1));
        TestPhotos.write(img.resolve("chart.png"), TestPhotos.png(800, 500, 2));
        TestPhotos.write(img.resolve("small.jpg"), TestPhotos.jpeg(400, 300, 3));
        TestPhotos.write(img.resolve("divider.png"), TestPhotos.png(600, 40, 4));
        return site;
    }

    private static Fixtures.Run build(Path site, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--site", site.toString(), "--output", out.toString()));
        args.addAll(Arrays.asList(more));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    @Test
    void photosAreOfferedInEveryWidthTheyHave(@TempDir Path t) throws Exception {
        Path site = site(t);
        Path out = t.resolve("out");
        Fixtures.Run r = build(site, out, "--strict");
        assertEquals(0, r.exit(), r.err());
        Document page = Jsoup.parse(Fixtures.read(out.resolve("photos/index.html")));
        Elements imgs = page.select("main img");
        assertEquals(5, imgs.size(), imgs.outerHtml());

        Element cheek = imgs.get(0);
        assertEquals("/guide/img/cheek.jpg", cheek.attr("src"), "src stays the original");
        assertEquals("2000", cheek.attr("width"));
        assertEquals("1500", cheek.attr("height"));
        List<String> candidates = List.of(cheek.attr("srcset").split(", "));
        assertEquals(4, candidates.size(), cheek.attr("srcset"));
        assertTrue(candidates.get(0).matches("/guide/img/cheek\\.480w\\.[0-9a-f]{8}\\.jpg 480w"), candidates.get(0));
        assertTrue(candidates.get(1).matches("/guide/img/cheek\\.960w\\.[0-9a-f]{8}\\.jpg 960w"), candidates.get(1));
        assertTrue(candidates.get(2).matches("/guide/img/cheek\\.1440w\\.[0-9a-f]{8}\\.jpg 1440w"), candidates.get(2));
        assertEquals("/guide/img/cheek.jpg 2000w", candidates.get(3), "the original is the widest candidate");
        assertEquals("(min-width: 48rem) 46rem, 100vw", cheek.attr("sizes"));
        assertFalse(cheek.hasAttr("loading"), "the page's first photo is not lazy: it is usually the largest thing on screen");
        assertEquals("async", cheek.attr("decoding"));
        for (String c : candidates.subList(0, 3)) {
            String file = c.substring("/guide/".length(), c.indexOf(' '));
            int width = Integer.parseInt(c.substring(c.indexOf(' ') + 1, c.length() - 1));
            assertEquals(List.of(width, Math.round(1500f * width / 2000)), pixels(out.resolve(file)), file);
        }

        Element chart = imgs.get(1);
        assertEquals("lazy", chart.attr("loading"), "later photos load when scrolled to");
        assertTrue(chart.attr("srcset").matches("/guide/img/chart\\.480w\\.[0-9a-f]{8}\\.png 480w, /guide/img/chart\\.png 800w"), chart.attr("srcset"));
        Element small = imgs.get(2);
        assertEquals("400", small.attr("width"));
        assertFalse(small.hasAttr("srcset"), "narrower than every width: no copies, no srcset");
        assertFalse(small.hasAttr("sizes"));
        Element divider = imgs.get(3);
        assertTrue(divider.hasAttr("alt") && divider.attr("alt").isEmpty(), "a decorative image keeps alt=\"\"");
        assertTrue(divider.hasAttr("srcset"));
        Element diagram = imgs.get(4);
        assertEquals("200", diagram.attr("width"));
        assertFalse(diagram.hasAttr("srcset"), "SVG is left as it is");
        assertEquals("lazy", diagram.attr("loading"));

        try (Stream<Path> s = Files.list(out.resolve("img"))) {
            assertEquals(List.of("chart.480w", "chart.png", "cheek.1440w", "cheek.480w", "cheek.960w", "cheek.jpg", "diagram.svg", "divider.480w",
                            "divider.png", "small.jpg"),
                    s.map(p -> p.getFileName().toString().replaceAll("\\.[0-9a-f]{8}\\.(jpg|png)$", "")).sorted().toList());
        }
        assertEquals(List.of(), HtmlValidator.errors(out), "srcset and sizes are valid HTML");
    }

    @Test
    void theOutputIsTheSameWithAnyThreadsAndWithTheCache(@TempDir Path t) throws Exception {
        Path site = site(t);
        assertEquals(0, build(site, t.resolve("one"), "--threads", "1").exit());
        assertEquals(0, build(site, t.resolve("two"), "--threads", "2").exit());
        Path cache = t.resolve("cache");
        Fixtures.Run cold = build(site, t.resolve("cold"), "--cache", cache.toString(), "--verbose");
        assertTrue(cold.err().contains("images: 4 originals resized, 0 taken from the cache, 0 problems"), cold.err());
        Map<String, FileTime> made = times(cache.resolve("images"));
        assertEquals(4, made.size(), made.toString());

        Fixtures.Run warm = build(site, t.resolve("warm"), "--cache", cache.toString(), "--verbose");
        assertEquals(0, warm.exit(), warm.err());
        assertTrue(warm.err().contains("images: 0 originals resized, 4 taken from the cache, 0 problems"), warm.err());
        assertEquals(made, times(cache.resolve("images")), "nothing was encoded or written again");

        Map<String, String> one = Fixtures.snapshot(t.resolve("one"));
        assertEquals(one, Fixtures.snapshot(t.resolve("two")));
        assertEquals(one, Fixtures.snapshot(t.resolve("cold")));
        assertEquals(one, Fixtures.snapshot(t.resolve("warm")));

        // a changed photo gets new names, and its old copies leave the cache
        TestPhotos.write(site.resolve("content/img/cheek.jpg"), TestPhotos.jpeg(2000, 1500, 99));
        Fixtures.Run changed = build(site, t.resolve("changed"), "--cache", cache.toString(), "--verbose");
        assertTrue(changed.err().contains("images: 1 original resized, 3 taken from the cache"), changed.err());
        assertEquals(4, times(cache.resolve("images")).size());
        String before = Jsoup.parse(Fixtures.read(t.resolve("warm/photos/index.html"))).select("main img").first().attr("srcset");
        String after = Jsoup.parse(Fixtures.read(t.resolve("changed/photos/index.html"))).select("main img").first().attr("srcset");
        assertFalse(before.equals(after), "new content, new names: no browser keeps showing the old photo");
    }

    @Test
    void serveKeepsTheCopiesInMemoryBetweenRebuilds(@TempDir Path t) throws Exception {
        Path site = site(t);
        BuildOptions opts = BuildOptions.defaults(site).withThreads(2);
        BuildCache cache = new BuildCache();
        List<String> trace = new ArrayList<>();
        MemoryOutput first = new MemoryOutput();
        assertTrue(new Build(opts, "test", trace::add).withCache(cache).runInto(first).ok());
        Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Home, edited\n---\nA new title: a full rebuild.\n");
        MemoryOutput second = new MemoryOutput();
        assertTrue(new Build(opts, "test", trace::add).withCache(cache).runInto(second).ok());
        assertEquals(List.of("images: 4 originals resized, 0 taken from the cache, 0 problems", "images: 0 originals resized, 4 taken from the cache, 0 problems"),
                trace.stream().filter(l -> l.startsWith("images:")).toList());
        assertEquals(10, second.files().keySet().stream().filter(f -> f.startsWith("img/")).count(), second.files().keySet().toString());
    }

    @Test
    void brokenAndOversizedImagesAreErrorsAtTheirMarkdownImage(@TempDir Path t) throws Exception {
        Path site = site(t);
        Path out = t.resolve("out");
        assertEquals(0, build(site, out).exit());
        Map<String, String> before = Fixtures.snapshot(out);

        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")) + "  maxMegapixels: 2\n");
        byte[] whole = TestPhotos.jpeg(600, 400, 5);
        TestPhotos.write(site.resolve("content/img/broken.jpg"), TestPhotos.truncated(whole, whole.length / 2));
        TestPhotos.write(site.resolve("content/img/unused-broken.jpg"), TestPhotos.truncated(whole, 100));
        TestPhotos.write(site.resolve("content/img/phone.heic"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'});
        Files.writeString(site.resolve("content/more.md"), String.join("\n", "---", "title: More", "---",
                "Text first.", "", "See ![A burn, healing](img/broken.jpg) here.", "", "![A phone photo](img/phone.heic)", ""));

        String p = "content/";
        List<String> expected = List.of(
                p + "more.md:6:5: error: image 'img/broken.jpg' is damaged: the file is cut short, so part of the picture is missing "
                        + "(export or download it again, and check that it opens in an image viewer)",
                p + "more.md:8:1: error: image 'img/phone.heic' is a HEIC file, which web browsers do not show "
                        + "(export it as JPEG for photos, or PNG for screenshots and drawings)",
                p + "photos.md:7:1: error: image 'img/cheek.jpg' is 2000 × 1500 pixels (3 megapixels), more than images.maxMegapixels (2) "
                        + "(scale it down before adding it: 2400 pixels wide is plenty for a web page; or raise images.maxMegapixels in site.yml)",
                "3 errors, 0 warnings; nothing was written");
        Fixtures.Run r = build(site, out);
        assertEquals(1, r.exit());
        assertEquals(expected, r.errLines(), "all at once, each at its image; a broken file no page shows is no error");
        assertEquals(before, Fixtures.snapshot(out), "the previous site is left as it was");

        Fixtures.Run check = Fixtures.cli("check", "--site", site.toString());
        assertEquals(1, check.exit());
        assertEquals(expected.subList(0, 3), check.errLines().subList(0, 3), "check finds the same");
    }

    @Test
    void imageSettingsAreChecked(@TempDir Path t) throws Exception {
        Path site = site(t);
        Files.writeString(site.resolve("site.yml"), String.join("\n", "title: T", "baseUrl: https://example.org/", "images:",
                "  widths: [480, wide]", "  quality: 0", "  maxMegabyte: 5", ""));
        Fixtures.Run r = build(site, t.resolve("out"));
        assertEquals(1, r.exit());
        assertEquals(List.of(
                "site.yml:4:17: error: each of 'widths' must be a width in pixels from 16 to 10000, found text (e.g. widths: [480, 960, 1440])",
                "site.yml:4:17: note: 2 pages could not be checked because of the errors in this file (they are checked once the errors are fixed)",
                "site.yml:5:12: error: 'quality' must be a JPEG quality from 1 to 100, found 0",
                "site.yml:6:3: error: unknown key 'maxMegabyte' in images (did you mean 'maxMegabytes'?)",
                "3 errors, 0 warnings; nothing was written"), r.errLines());
    }

    private static List<Integer> pixels(Path file) throws Exception {
        int[] s = TestPhotos.size(file);
        return List.of(s[0], s[1]);
    }

    private static Map<String, FileTime> times(Path dir) throws Exception {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) out.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
        }
        return out;
    }
}
