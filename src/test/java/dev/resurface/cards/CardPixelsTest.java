package dev.resurface.cards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The fast paths of a card (pixels read from the image's array, the int-keyed palette) give what the slow ones gave. */
class CardPixelsTest {
    @Test
    void pixelsAreWhatGetRgbGives() {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x12385c));
        g.fillRect(0, 0, 300, 120);
        g.setColor(new Color(0x9ed8ce));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("Ablative “CO2”", 10, 70);
        g.dispose();
        assertArrayEquals(img.getRGB(0, 0, 300, 120, null, 0, 300), CardPainter.pixels(img));
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
}
