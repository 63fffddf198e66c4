package dev.resurface.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ImageSizes}: intrinsic sizes from image headers, empty when unknown. */
class ImageSizesTest {
    @TempDir
    Path tmp;

    private final ImageSizes sizes = new ImageSizes();

    private Path svg(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    private static Optional<ImageSizes.Size> size(int w, int h) {
        return Optional.of(new ImageSizes.Size(w, h));
    }

    @Test
    void pngSizeIsRead() throws Exception {
        Path png = tmp.resolve("p.png");
        ImageIO.write(new BufferedImage(12, 7, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertEquals(size(12, 7), sizes.of(png));
    }

    @Test
    void jpegAndGifSizesAreRead() throws Exception {
        Path jpg = tmp.resolve("p.jpg");
        ImageIO.write(new BufferedImage(33, 21, BufferedImage.TYPE_INT_RGB), "jpg", jpg.toFile());
        Path gif = tmp.resolve("p.gif");
        ImageIO.write(new BufferedImage(5, 9, BufferedImage.TYPE_BYTE_INDEXED), "gif", gif.toFile());
        assertEquals(size(33, 21), sizes.of(jpg));
        assertEquals(size(5, 9), sizes.of(gif));
    }

    @Test
    void imageTypeIsFoundByContentNotByName() throws Exception {
        Path misnamed = tmp.resolve("photo.jpg");
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", misnamed.toFile());
        assertEquals(size(4, 3), sizes.of(misnamed));
    }

    @Test
    void svgWidthAndHeight() throws Exception {
        assertEquals(size(640, 300), sizes.of(svg("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640px\" height=\"300\"></svg>")));
    }

    @Test
    void svgFractionalSizesAreRounded() throws Exception {
        assertEquals(size(11, 10), sizes.of(svg("a.svg", "<svg width='10.6' height='9.5'/>")));
    }

    @Test
    void svgWithOnlyAViewBox() throws Exception {
        assertEquals(size(320, 160), sizes.of(svg("b.svg", "<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 320 160\" xmlns=\"http://www.w3.org/2000/svg\"/>")));
    }

    @Test
    void svgViewBoxWithCommas() throws Exception {
        assertEquals(size(100, 50), sizes.of(svg("c.svg", "<svg viewBox=\"0,0,100,50\"/>")));
    }

    @Test
    void svgWidthAndViewBoxGiveAProportionalHeight() throws Exception {
        assertEquals(size(200, 100), sizes.of(svg("d.svg", "<svg width=\"200\" viewBox=\"0 0 400 200\"/>")));
    }

    @Test
    void svgPercentSizesFallBackToTheViewBox() throws Exception {
        assertEquals(size(40, 30), sizes.of(svg("e.svg", "<svg width=\"100%\" height=\"100%\" viewBox=\"0 0 40 30\"/>")));
    }

    @Test
    void svgUppercaseExtensionIsStillAnSvg() throws Exception {
        assertEquals(size(8, 6), sizes.of(svg("UP.SVG", "<svg width=\"8\" height=\"6\"/>")));
    }

    @Test
    void svgAttributesOfInnerElementsAreIgnored() throws Exception {
        assertEquals(size(20, 10), sizes.of(svg("f.svg", "<svg viewBox=\"0 0 20 10\"><rect width=\"5\" height=\"5\"/></svg>")));
    }

    @Test
    void svgWithoutSizeIsUnknown() throws Exception {
        assertEquals(Optional.empty(), sizes.of(svg("g.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")));
        assertEquals(Optional.empty(), sizes.of(svg("h.svg", "<svg width=\"10em\" height=\"5em\"/>")));
        assertEquals(Optional.empty(), sizes.of(svg("i.svg", "<svg viewBox=\"0 0 0 0\"/>")));
        assertEquals(Optional.empty(), sizes.of(svg("j.svg", "not svg at all")));
    }

    @Test
    void aNonImageFileIsUnknown() throws Exception {
        Path text = Files.writeString(tmp.resolve("t.png"), "not an image");
        assertEquals(Optional.empty(), sizes.of(text));
        Path txt = Files.writeString(tmp.resolve("notes.txt"), "hello");
        assertEquals(Optional.empty(), sizes.of(txt));
    }

    @Test
    void aMissingFileIsUnknown() {
        assertEquals(Optional.empty(), sizes.of(tmp.resolve("missing.png")));
        assertEquals(Optional.empty(), sizes.of(tmp.resolve("missing.svg")));
        assertEquals(Optional.empty(), sizes.of(tmp.resolve("missing.webp")));
    }

    @Test
    void webpLosslessSizeIsRead() throws Exception {
        byte[] b = webpHeader("VP8L");
        // 14 bits width-1, 14 bits height-1, after the 0x2f signature byte at offset 20
        int bits = (300 - 1) | ((150 - 1) << 14);
        b[20] = 0x2f;
        b[21] = (byte) bits;
        b[22] = (byte) (bits >> 8);
        b[23] = (byte) (bits >> 16);
        b[24] = (byte) (bits >> 24);
        assertEquals(size(300, 150), sizes.of(Files.write(tmp.resolve("l.webp"), b)));
    }

    @Test
    void webpExtendedSizeIsRead() throws Exception {
        byte[] b = webpHeader("VP8X");
        int w = 1000 - 1;
        int h = 500 - 1;
        b[24] = (byte) w;
        b[25] = (byte) (w >> 8);
        b[26] = (byte) (w >> 16);
        b[27] = (byte) h;
        b[28] = (byte) (h >> 8);
        b[29] = (byte) (h >> 16);
        assertEquals(size(1000, 500), sizes.of(Files.write(tmp.resolve("x.webp"), b)));
    }

    @Test
    void webpLossySizeIsRead() throws Exception {
        byte[] b = webpHeader("VP8 ");
        b[26] = (byte) 640;
        b[27] = (byte) (640 >> 8);
        b[28] = (byte) 480;
        b[29] = (byte) (480 >> 8);
        assertEquals(size(640, 480), sizes.of(Files.write(tmp.resolve("y.webp"), b)));
    }

    @Test
    void truncatedOrForeignWebpIsUnknown() throws Exception {
        assertEquals(Optional.empty(), sizes.of(Files.write(tmp.resolve("short.webp"), new byte[] {'R', 'I', 'F', 'F'})));
        byte[] b = webpHeader("ABCD");
        assertEquals(Optional.empty(), sizes.of(Files.write(tmp.resolve("z.webp"), b)));
    }

    @Test
    void resultsAreCachedPerFile() throws Exception {
        Path p = svg("k.svg", "<svg width=\"1\" height=\"2\"/>");
        assertEquals(size(1, 2), sizes.of(p));
        Files.writeString(p, "<svg width=\"3\" height=\"4\"/>");
        assertEquals(size(1, 2), sizes.of(p), "one instance per build reads each file once");
        assertEquals(size(3, 4), new ImageSizes().of(p));
    }

    private static byte[] webpHeader(String chunk) {
        byte[] b = new byte[30];
        System.arraycopy("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 0, 4);
        System.arraycopy("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 8, 4);
        System.arraycopy(chunk.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 12, 4);
        return b;
    }
}
