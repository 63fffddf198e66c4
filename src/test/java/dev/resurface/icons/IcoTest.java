package dev.resurface.icons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.weisj.jsvg.SVGDocument;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IcoTest {
    @Test
    void headerDirectoryAndImagesAreWhereTheFormatSays() {
        byte[] a = {1, 2, 3};
        byte[] b = {4, 5, 6, 7, 8};
        byte[] ico = Ico.write(List.of(new Ico.Image(16, a), new Ico.Image(256, b)));
        ByteBuffer buf = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, buf.getShort(0));
        assertEquals(1, buf.getShort(2), "type 1: an icon");
        assertEquals(2, buf.getShort(4), "two images");
        assertEquals(16, ico[6]);
        assertEquals(16, ico[7]);
        assertEquals(32, buf.getShort(6 + 6), "32 bits per pixel");
        assertEquals(3, buf.getInt(6 + 8));
        assertEquals(38, buf.getInt(6 + 12), "the first image right after the 6-byte header and two 16-byte entries");
        assertEquals(0, ico[22], "256 is written as 0");
        assertEquals(5, buf.getInt(22 + 8));
        assertEquals(41, buf.getInt(22 + 12));
        assertArrayEquals(a, Arrays.copyOfRange(ico, 38, 41));
        assertArrayEquals(b, Arrays.copyOfRange(ico, 41, 46));
        assertEquals(46, ico.length);
    }

    @Test
    void sizesOutsideTheFormatAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Ico.Image(257, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> Ico.write(List.of()));
    }

    @Test
    void iconsFromAnSvgAndNothingFromBrokenOrExternalOnes() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><circle cx=\"16\" cy=\"16\" r=\"14\" fill=\"#0b5e6b\"/></svg>";
        Optional<IconMaker.Icons> icons = IconMaker.of(svg.getBytes(StandardCharsets.UTF_8));
        assertTrue(icons.isPresent());
        assertEquals(3, icons.get().ico()[4], "16, 32 and 48 pixels");
        assertArrayEquals(icons.get().ico(), IconMaker.of(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow().ico(), "the same bytes every time");
        assertTrue(IconMaker.of("<svg".getBytes(StandardCharsets.UTF_8)).isEmpty(), "not well-formed");
    }

    @Test
    void theIconsPngsHoldThePixelsDrawnTransparencyIncluded() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><circle cx=\"16\" cy=\"16\" r=\"13.3\" fill=\"#0b5e6b\" opacity=\"0.8\"/></svg>";
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        IconMaker.Icons icons = IconMaker.of(bytes).orElseThrow();
        SVGDocument doc = IconMaker.load(bytes).orElseThrow();
        ByteBuffer ico = ByteBuffer.wrap(icons.ico()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < IconMaker.ICO_SIZES.size(); i++) {
            int size = IconMaker.ICO_SIZES.get(i);
            int length = ico.getInt(6 + 16 * i + 8);
            int offset = ico.getInt(6 + 16 * i + 12);
            assertSamePixels(IconMaker.draw(doc, size, null), ImageIO.read(new ByteArrayInputStream(icons.ico(), offset, length)));
        }
        assertSamePixels(IconMaker.draw(doc, IconMaker.APPLE_SIZE, Color.WHITE), ImageIO.read(new ByteArrayInputStream(icons.appleTouch())));
    }

    private static void assertSamePixels(BufferedImage drawn, BufferedImage png) {
        int w = drawn.getWidth();
        assertEquals(w, png.getWidth());
        int[] expected = drawn.getRGB(0, 0, w, w, null, 0, w);
        assertTrue(Arrays.stream(expected).anyMatch(p -> p >>> 24 != 0 && p >>> 24 != 0xff) || drawn.getType() == BufferedImage.TYPE_INT_RGB, "some pixels half transparent");
        assertArrayEquals(expected, png.getRGB(0, 0, w, w, null, 0, w));
    }
}
