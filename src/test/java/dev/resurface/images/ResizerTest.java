package dev.resurface.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Resized copies: which widths, never wider than the original, the same bytes every time, and what counts as a broken file. */
class ResizerTest {
    private static final ImageSettings DEFAULTS = ImageSettings.DEFAULT;

    private static Resized resized(byte[] original, String format, ImageSettings s) {
        Resizer.Result r = Resizer.resize(original, format, s, true);
        assertTrue(r.problem().isEmpty(), () -> r.problem().get().message());
        return r.resized().orElseThrow();
    }

    private static String problem(byte[] original, String format, ImageSettings s) {
        return Resizer.resize(original, format, s, true).problem().orElseThrow().message();
    }

    private static int[] pixels(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        return new int[] {img.getWidth(), img.getHeight()};
    }

    @Test
    void onlyWidthsNarrowerThanTheOriginalAreMade() throws IOException {
        Resized r = resized(TestPhotos.jpeg(1000, 750, 1), "jpeg", DEFAULTS);
        assertEquals(1000, r.width());
        assertEquals(750, r.height());
        assertEquals(List.of(480, 960), r.copies().stream().map(Resized.Copy::width).toList(), "no 1440: never wider than the original");
        for (Resized.Copy c : r.copies()) {
            assertArrayEquals(new int[] {c.width(), c.height()}, pixels(c.bytes()));
            assertEquals(Math.round(750.0 * c.width() / 1000), c.height(), "the aspect ratio is kept");
        }
    }

    @Test
    void anImageNarrowerThanEveryWidthGetsNoCopies() throws IOException {
        Resized r = resized(TestPhotos.jpeg(400, 300, 2), "jpeg", DEFAULTS);
        assertEquals(List.of(), r.copies());
        assertEquals(400, r.width());
    }

    @Test
    void theSameOriginalGivesTheSameBytes() throws IOException {
        byte[] jpeg = TestPhotos.jpeg(1500, 1000, 3);
        byte[] png = TestPhotos.png(700, 500, 4);
        for (int run = 0; run < 2; run++) {
            List<Resized.Copy> a = resized(jpeg, "jpeg", DEFAULTS).copies();
            List<Resized.Copy> b = resized(jpeg, "jpeg", DEFAULTS).copies();
            assertEquals(3, a.size());
            for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), "JPEG copy " + a.get(i).width());
        }
        Resized.Copy p1 = resized(png, "png", DEFAULTS).copies().get(0);
        Resized.Copy p2 = resized(png, "png", DEFAULTS).copies().get(0);
        assertArrayEquals(p1.bytes(), p2.bytes(), "PNG copy");
        assertTrue(ImageIO.read(new ByteArrayInputStream(p1.bytes())).getColorModel().hasAlpha(), "a PNG's transparency is kept");
    }

    @Test
    void qualityIsApplied() throws IOException {
        byte[] jpeg = TestPhotos.jpeg(1000, 700, 5);
        ImageSettings low = new ImageSettings(List.of(480), 40, DEFAULTS.sizes(), 10, 40);
        ImageSettings high = new ImageSettings(List.of(480), 95, DEFAULTS.sizes(), 10, 40);
        assertTrue(resized(jpeg, "jpeg", low).copies().get(0).bytes().length < resized(jpeg, "jpeg", high).copies().get(0).bytes().length);
    }

    @Test
    void exifOrientationIsAppliedAsBrowsersDo() throws IOException {
        byte[] turned = TestPhotos.withOrientation(TestPhotos.jpeg(1200, 800, 6), 6);
        Resized r = resized(turned, "jpeg", DEFAULTS);
        assertEquals(800, r.width(), "a quarter turn: shown upright, 800 wide");
        assertEquals(1200, r.height());
        assertArrayEquals(new int[] {480, 720}, pixels(r.copies().get(0).bytes()));
    }

    @Test
    void copiesAreNamedByWidthAndContentHash() throws IOException {
        assertEquals("img/photo.480w.1a2b3c4d.jpg", ResponsiveImage.copyPath("img/photo.JPG", 480, "1a2b3c4d"));
        assertEquals("a.b.960w.00ff00ff.png", ResponsiveImage.copyPath("a.b.png", 960, "00ff00ff"));
        byte[] a = TestPhotos.jpeg(600, 400, 7);
        byte[] b = TestPhotos.jpeg(600, 400, 8);
        assertEquals(ResponsiveImages.hash(a, DEFAULTS), ResponsiveImages.hash(a.clone(), DEFAULTS));
        assertNotEquals(ResponsiveImages.hash(a, DEFAULTS), ResponsiveImages.hash(b, DEFAULTS), "another photo, other names");
        ImageSettings q90 = new ImageSettings(DEFAULTS.widths(), 90, DEFAULTS.sizes(), 10, 40);
        assertNotEquals(ResponsiveImages.hash(a, DEFAULTS), ResponsiveImages.hash(a, q90), "another quality, other bytes: other names");
        ImageSettings sizes = new ImageSettings(DEFAULTS.widths(), DEFAULTS.quality(), "100vw", 10, 40);
        assertEquals(ResponsiveImages.hash(a, DEFAULTS), ResponsiveImages.hash(a, sizes), "'sizes' does not change the files");
    }

    @Test
    void srcsetListsTheCopiesThenTheOriginal() {
        Resized r = new Resized(2000, 1000, "jpeg", List.of(new Resized.Copy(480, 240, new byte[0]), new Resized.Copy(960, 480, new byte[0])));
        assertEquals("/guide/img/my%20photo.480w.abcdef12.jpg 480w, /guide/img/my%20photo.960w.abcdef12.jpg 960w, /guide/img/my%20photo.jpg 2000w",
                new ResponsiveImage("img/my photo.jpg", "abcdef12", r).srcset("/guide/"));
        assertEquals("", new ResponsiveImage("a.jpg", "abcdef12", new Resized(300, 200, "jpeg", List.of())).srcset("/"));
    }

    @Test
    void aJpegCutShortIsDamaged() throws IOException {
        byte[] whole = TestPhotos.jpeg(800, 600, 9);
        assertEquals(Decoder.CUT_SHORT, problem(TestPhotos.truncated(whole, whole.length / 2), "jpeg", DEFAULTS));
        assertEquals(Decoder.CUT_SHORT, problem(TestPhotos.truncated(whole, 300), "jpeg", DEFAULTS), "cut inside the header");
    }

    @Test
    void otherBrokenFiles() throws IOException {
        byte[] png = TestPhotos.png(300, 200, 10);
        assertEquals(Decoder.CUT_SHORT, problem(TestPhotos.truncated(png, png.length - 200), "png", DEFAULTS));
        byte[] scrambled = png.clone();
        for (int i = 60; i < scrambled.length - 20; i += 7) scrambled[i] ^= 0x5A;
        assertTrue(problem(scrambled, "png", DEFAULTS).startsWith("is damaged or in a form that cannot be decoded ("), problem(scrambled, "png", DEFAULTS));
        assertEquals("is an empty file (0 bytes)", problem(new byte[0], "jpeg", DEFAULTS));
        assertEquals("holds a PNG image, not a JPEG one", problem(png, "jpeg", DEFAULTS));
        assertEquals("cannot be read as a JPEG image: it is a text (HTML or SVG) file", problem("<html>not found</html>".getBytes(), "jpeg", DEFAULTS));
    }

    @Test
    void tooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        ImageSettings one = new ImageSettings(DEFAULTS.widths(), 80, DEFAULTS.sizes(), 10, 1);
        assertEquals("is 1200 × 1000 pixels (1 megapixels), more than images.maxMegapixels (1)",
                problem(TestPhotos.jpeg(1200, 1000, 11), "jpeg", one));
        // a tiny file whose header claims 100000 × 100000 pixels: refused without allocating 40 GB
        byte[] bomb = TestPhotos.png(8, 8, 12);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bomb, 0, 16);
        b.write(new byte[] {0, 1, (byte) 0x86, (byte) 0xA0, 0, 1, (byte) 0x86, (byte) 0xA0}); // IHDR width and height
        b.write(bomb, 24, bomb.length - 24);
        assertTrue(problem(b.toByteArray(), "png", DEFAULTS).startsWith("is 100000 × 100000 pixels (10000 megapixels)"), problem(b.toByteArray(), "png", DEFAULTS));
    }
}
