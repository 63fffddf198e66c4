package dev.resurface.cards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.config.Meta;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CardPainterTest {
    static final Meta.SocialCards COLOURS = new Meta.SocialCards(true, "#12385c", "#ffffff", "#9ed8ce");
    static final CardSpec CARD = new CardSpec("CO2 laser resurfacing – what “ablative” means", "Types of laser", "Laser Skin Resurfacing Guide", COLOURS);

    @Test
    void aPngOfTheRightSizeInTheSiteColours() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(CardPainter.png(CARD)));
        assertEquals(CardSpec.WIDTH, img.getWidth());
        assertEquals(CardSpec.HEIGHT, img.getHeight());
        assertEquals(0xff12385c, img.getRGB(600, 5), "the background");
        assertEquals(0xff9ed8ce, img.getRGB(5, 300), "the accent band");
    }

    @Test
    void sameBytesEveryTimeAndOnEveryThread() throws Exception {
        byte[] first = CardPainter.png(CARD);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> drawn = pool.invokeAll(List.of(() -> CardPainter.png(CARD), () -> CardPainter.png(CARD), () -> CardPainter.png(CARD), () -> CardPainter.png(CARD)));
            for (Future<byte[]> f : drawn) assertArrayEquals(first, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theFileNameChangesWithWhatTheCardShows() {
        assertTrue(CARD.file().matches("cards/[0-9a-f]{20}\\.png"), CARD.file());
        assertEquals(CARD.file(), new CardSpec(CARD.title(), CARD.section(), CARD.siteName(), COLOURS).file());
        assertNotEquals(CARD.file(), new CardSpec(CARD.title() + ".", CARD.section(), CARD.siteName(), COLOURS).file());
        assertNotEquals(CARD.file(), new CardSpec(CARD.title(), CARD.section(), CARD.siteName(), new Meta.SocialCards(true, "#000000", "#ffffff", "#9ed8ce")).file());
    }

    @Test
    void longTitlesShrinkAndWrapToFit() {
        CardPainter.Title shortTitle = CardPainter.layout("Cost", 1040);
        assertEquals(80, shortTitle.font().getSize());
        String longest = "A very long title ".repeat(12) + "Supercalifragilisticexpialidociousandevenlongerthanthat";
        CardPainter.Title t = CardPainter.layout(longest, 1040);
        assertTrue(t.lines().size() <= 5, t.lines().toString());
        for (String line : t.lines()) assertTrue(CardPainter.width(line, t.font()) <= 1040, line);
        assertTrue(t.lines().get(t.lines().size() - 1).endsWith("…"), "what does not fit is cut short visibly");
    }
}
