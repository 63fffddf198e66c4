package dev.resurface.cards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.config.Meta;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of a card (the backdrop drawn once, only the text's rows drawn, indexed and compressed
 * per card, the parts joined) give the pixels of the whole card drawn in one go.
 */
class CardPixelsTest {
    static final Meta.SocialCards COLOURS = new Meta.SocialCards(true, "#0b5e6b", "#ffffff", "#9ed8ce");

    @Test
    void aCardIsTheWholeCardDrawnInOneGo() throws Exception {
        String[] titles = {"Cost", "Laser skin resurfacing, explained plainly", "x",
            "Ça, Ærø and Ẳ: glyphs that reach far — “quoted”, ÇÃÕ ǅ ʃ ɟ ɣ ϱ ყ q̧ p̃ Ǫ̧ jumbo jumbo jumbo",
            "A very long title ".repeat(12) + "Supercalifragilisticexpialidociousandevenlongerthanthat"};
        for (String title : titles) {
            for (String section : new String[] {"", "Types of laser", "Ǫ̧ypsy"}) {
                CardSpec card = new CardSpec(title, section, "Laser Skin Resurfacing Guide", COLOURS);
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(CardPainter.png(card)));
                assertArrayEquals(wholeCard(card), png.getRGB(0, 0, CardSpec.WIDTH, CardSpec.HEIGHT, null, 0, CardSpec.WIDTH), section + " / " + title);
            }
        }
    }

    /** The card drawn on one image, backdrop and text, every pixel snapped: what a card looked like before it was drawn in parts. */
    private static int[] wholeCard(CardSpec card) {
        BufferedImage img = CardPainter.image(CardSpec.WIDTH, CardSpec.HEIGHT);
        CardPainter.drawBackdrop(img, card.siteName(), card.colours());
        Graphics2D g = CardPainter.graphics(img);
        CardPainter.draw(g, CardPainter.texts(card), card.colours());
        g.dispose();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int[] exact = CardPainter.exact(card.colours());
        int[] out = new int[px.length];
        for (int i = 0; i < px.length; i++) out[i] = 0xff000000 | CardPainter.snap(px[i], exact);
        return out;
    }

    @Test
    void pngsDecodeToTheirPixelsIndexedOrNot() throws Exception {
        Random r = new Random(5);
        for (int colours : new int[] {1, 2, 255, 256, 257, 5000}) {
            int w = 97, h = 41;
            int[] rgb = new int[w * h];
            for (int i = 0; i < rgb.length; i++) rgb[i] = 0xff000000 | (i < colours ? i * 2654435 & 0xffffff : rgb[r.nextInt(Math.min(i, colours))] & 0xffffff);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(rgb, w, h)));
            assertArrayEquals(rgb, back.getRGB(0, 0, w, h, null, 0, w), colours + " colours");
        }
    }

    @Test
    void aWhiteFirstPixelIsWhite() throws Exception {
        int[] rgb = {0xffffffff, 0xffffffff, 0xff0b5e6b, 0x00ffffff, 0xfffefefe, 0xff000000}; // 0xffffffff is -1: no "no colour yet"
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(rgb, 3, 2)));
        assertArrayEquals(new int[] {-1, -1, 0xff0b5e6b, -1, 0xfffefefe, 0xff000000}, back.getRGB(0, 0, 3, 2, null, 0, 3));
    }

    @Test
    void partsCompressedApartJoinIntoOneZlibStream() throws Exception {
        byte[] raw = new byte[300_000];
        Random r = new Random(7);
        for (int i = 0; i < raw.length; i++) raw[i] = (byte) (i % 1201 < 900 ? 3 : r.nextInt(6));
        byte[] zlib = ZlibParts.join(ZlibParts.part(raw, 0, 1000, false), ZlibParts.part(raw, 1000, 0, false),
                ZlibParts.part(raw, 1000, 150_000, false), ZlibParts.part(raw, 151_000, raw.length - 151_000, true));
        Inflater inf = new Inflater(); // checks the Adler-32 at the end
        inf.setInput(zlib);
        byte[] back = new byte[raw.length + 1];
        int n = inf.inflate(back);
        assertEquals(raw.length, n);
        assertTrue(inf.finished());
        inf.end();
        assertArrayEquals(raw, Arrays.copyOf(back, n));
    }

    @Test
    void adlerOfTwoPartsIsTheAdlerOfTheWhole() {
        Random r = new Random(11);
        for (int len : new int[] {0, 1, 5552, 65521, 200_000}) {
            byte[] a = new byte[r.nextInt(70_000)];
            byte[] b = new byte[len];
            r.nextBytes(a);
            r.nextBytes(b);
            Adler32 whole = new Adler32();
            whole.update(a);
            whole.update(b);
            assertEquals((int) whole.getValue(), ZlibParts.combine(adler(a), adler(b), b.length), "length " + len);
        }
    }

    private static int adler(byte[] bytes) {
        Adler32 a = new Adler32();
        a.update(bytes);
        return (int) a.getValue();
    }
}
