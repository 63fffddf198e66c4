package dev.resurface.cards;

import dev.resurface.config.Meta;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every card of a site has, drawn once per build rather than once per card: the background, the
 * band, the rule and the site's name. Kept as pixels, the palette they start (in order of first use, so
 * their indexes are the same on every card) and their rows as indexes; the rows above and below a card's
 * own text are compressed once for each place that text can start or end, and joined as they are.
 */
final class Backdrop {
    private static final AtomicReference<Backdrop> LAST = new AtomicReference<>();

    final String siteName;
    final Meta.SocialCards colours;
    /** The whole card without its own text, 0xRRGGBB (not yet snapped). */
    final int[] pixels;
    /** The card's own colours, never snapped. */
    final int[] exact;
    final Palette palette;
    private final byte[] raw;
    private final Map<Integer, ZlibParts.Part> heads = new ConcurrentHashMap<>();
    private final Map<Integer, ZlibParts.Part> tails = new ConcurrentHashMap<>();

    private Backdrop(String siteName, Meta.SocialCards colours) {
        this.siteName = siteName;
        this.colours = colours;
        BufferedImage img = CardPainter.image(CardSpec.WIDTH, CardSpec.HEIGHT);
        CardPainter.drawBackdrop(img, siteName, colours);
        this.pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        this.exact = CardPainter.exact(colours);
        this.palette = new Palette();
        this.raw = new byte[CardSpec.HEIGHT * row()];
        if (!PngEncoder.index(pixels, 0, CardSpec.WIDTH, CardSpec.HEIGHT, exact, palette, raw, 0)) {
            throw new IllegalStateException("a card's backdrop has more than 256 colours"); // a rule and text in three colours
        }
    }

    /** The backdrop of these cards: the last one made if it is theirs (a build's cards share one). */
    static Backdrop of(String siteName, Meta.SocialCards colours) {
        Backdrop b = LAST.get();
        if (b != null && b.siteName.equals(siteName) && b.colours.equals(colours)) return b;
        b = new Backdrop(siteName, colours);
        LAST.set(b);
        return b;
    }

    /** Rows {@code [0, y)}, compressed, ending on a byte boundary. */
    ZlibParts.Part head(int y) {
        return heads.computeIfAbsent(y, k -> ZlibParts.part(raw, 0, k * row(), false));
    }

    /** Rows {@code [y, HEIGHT)}, compressed, ending the stream. */
    ZlibParts.Part tail(int y) {
        return tails.computeIfAbsent(y, k -> ZlibParts.part(raw, k * row(), raw.length - k * row(), true));
    }

    private static int row() {
        return 1 + CardSpec.WIDTH; // the filter byte, then an index a pixel
    }
}
