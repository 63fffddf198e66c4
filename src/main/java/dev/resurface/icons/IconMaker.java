package dev.resurface.icons;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.view.ViewBox;
import dev.resurface.cards.PngEncoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rasterises the theme's SVG icon: {@code favicon.ico} with 16, 32 and 48 pixel images (transparent,
 * like the SVG) and a 180-pixel {@code apple-touch-icon.png} on white (iOS shows transparency as black).
 * External resources in the SVG are never loaded: nothing is read from outside the site.
 */
public final class IconMaker {
    public static final String ICO = "favicon.ico";
    public static final String APPLE_TOUCH = "apple-touch-icon.png";
    public static final List<Integer> ICO_SIZES = List.of(16, 32, 48);
    public static final int APPLE_SIZE = 180;
    /** Part of the cache key: change it when the drawing changes. */
    public static final String VERSION = "icons-2";

    /** The two files, by output name. */
    public record Icons(byte[] ico, byte[] appleTouch) {}

    private IconMaker() {}

    /** The icons, or empty when the bytes are not an SVG that can be drawn (the caller reports it). */
    public static Optional<Icons> of(byte[] svg) {
        Optional<SVGDocument> doc = load(svg);
        if (doc.isEmpty()) return Optional.empty();
        List<Ico.Image> images = new ArrayList<>();
        for (int size : ICO_SIZES) images.add(new Ico.Image(size, png(draw(doc.get(), size, null))));
        return Optional.of(new Icons(Ico.write(images), png(draw(doc.get(), APPLE_SIZE, Color.WHITE))));
    }

    static Optional<SVGDocument> load(byte[] svg) {
        try {
            LoaderContext ctx = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
            return Optional.ofNullable(new SVGLoader().load(new ByteArrayInputStream(svg), URI.create("file:/favicon.svg"), ctx));
        } catch (RuntimeException e) {
            return Optional.empty(); // jsvg reports some broken files by throwing: the caller's error says what to fix
        }
    }

    /** The icon scaled to a square of {@code size} pixels, on {@code background} (null: transparent). */
    static BufferedImage draw(SVGDocument doc, int size, Color background) {
        BufferedImage img = new BufferedImage(size, size, background == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, size, size);
            }
            doc.renderWithPlatform(NullPlatformSupport.INSTANCE, Output.createForGraphics(g), new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Written by the cards' PNG writer: ImageIO's costs 50 ms of CPU the first time, more than the icons themselves. */
    static byte[] png(BufferedImage img) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData(); // INT_ARGB (not premultiplied) or INT_RGB
        return img.getType() == BufferedImage.TYPE_INT_ARGB ? PngEncoder.rgba(px, img.getWidth(), img.getHeight()) : PngEncoder.encode(px, img.getWidth(), img.getHeight());
    }
}
