package dev.resurface.cards;

import dev.resurface.config.Meta;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link CardSpec} as a PNG: the section name in the accent colour, the title wrapped and sized
 * to fit (largest size at which it takes at most four lines), a rule, and the site's name. Only the
 * bundled DejaVu Sans Bold is used, with fixed rendering hints, so the bytes are the same on every
 * machine with the same Java, whatever fonts it has and however many threads draw at once.
 * What all of a site's cards share is drawn and compressed once ({@link Backdrop}); each card draws,
 * indexes and compresses only the rows its own text (section and title) touches: a card took 6.3 ms of
 * CPU under the launcher's JIT when every card was four passes over all its 756,000 pixels, now 2 ms.
 */
public final class CardPainter {
    /** Part of every card's hash: change it when the drawing or the bytes change, so no old card is taken for a new one. */
    static final String VERSION = "card-2";
    private static final String FONT = "DejaVuSans-Bold.ttf";
    private static final Font BASE = loadFont();
    /** Measuring without a screen: antialiased, fractional metrics, as drawn. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int MARGIN = 80;
    private static final int TITLE_TOP = 150;
    private static final int TITLE_BOTTOM = 490;
    private static final int MAX_TITLE = 80;
    private static final int MIN_TITLE = 40;
    private static final int MAX_LINES = 4;
    private static final int SECTION_BASELINE = 112;

    private CardPainter() {}

    public static byte[] png(CardSpec card) {
        Backdrop backdrop = Backdrop.of(card.siteName(), card.colours());
        List<Text> texts = texts(card);
        // the rows the text may touch, a row of room each side (one row when it touches none)
        int top = TITLE_TOP;
        int bottom = TITLE_TOP + 1;
        boolean first = true;
        for (Text t : texts) {
            if (t.bounds().isEmpty()) continue;
            top = first ? t.bounds().y - 1 : Math.min(top, t.bounds().y - 1);
            bottom = first ? t.bounds().y + t.bounds().height + 1 : Math.max(bottom, t.bounds().y + t.bounds().height + 1);
            first = false;
        }
        top = Math.max(0, top);
        bottom = Math.min(CardSpec.HEIGHT, bottom);
        int w = CardSpec.WIDTH;
        int rows = bottom - top;
        BufferedImage own = image(w, rows);
        int[] px = ((DataBufferInt) own.getRaster().getDataBuffer()).getData();
        System.arraycopy(backdrop.pixels, top * w, px, 0, px.length);
        Graphics2D g = graphics(own);
        try {
            g.translate(0, -top);
            draw(g, texts, card.colours());
        } finally {
            g.dispose();
        }
        Palette palette = backdrop.palette.copy();
        byte[] raw = new byte[rows * (1 + w)];
        if (!PngEncoder.index(px, 0, w, rows, backdrop.exact, palette, raw, 0)) return PngEncoder.encode(whole(backdrop, px, top), w, CardSpec.HEIGHT);
        boolean last = bottom == CardSpec.HEIGHT;
        ZlibParts.Part middle = ZlibParts.part(raw, 0, raw.length, last, ZlibParts.FAST);
        byte[] zlib = last ? ZlibParts.join(backdrop.head(top), middle) : ZlibParts.join(backdrop.head(top), middle, backdrop.tail(bottom));
        return PngEncoder.indexed(w, CardSpec.HEIGHT, palette, zlib);
    }

    /**
     * Draws what all cards of this site share ahead of the first card (and loads the font and Java2D on
     * the way); returns true. Optional: the first card does it otherwise.
     */
    public static boolean prepare(String siteName, Meta.SocialCards colours) {
        Backdrop.of(siteName, colours);
        return true;
    }

    /** The background, the band's edge, the rule and the site's name: what every card of the site shows. */
    static void drawBackdrop(BufferedImage img, String siteName, Meta.SocialCards colours) {
        Color text = Color.decode(colours.text());
        Color accent = Color.decode(colours.accent());
        Graphics2D g = graphics(img);
        try {
            g.setColor(Color.decode(colours.background()));
            g.fillRect(0, 0, CardSpec.WIDTH, CardSpec.HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, 16, CardSpec.HEIGHT); // the band's edge: the site's colour at a glance
            g.fillRect(MARGIN, 520, 120, 6);
            Font name = BASE.deriveFont(32f);
            g.setColor(text);
            g.setFont(name);
            g.drawString(fit(siteName, name, CardSpec.WIDTH - 2 * MARGIN), MARGIN, 580);
        } finally {
            g.dispose();
        }
    }

    /** One line of a card's own text: where it is drawn, in which font, and the pixels it may touch. */
    record Text(String line, Font font, boolean accent, float x, float y, Rectangle bounds) {
        static Text of(String line, Font font, boolean accent, float x, float y) {
            return new Text(line, font, accent, x, y, font.createGlyphVector(FRC, line).getPixelBounds(FRC, x, y));
        }
    }

    /** The section (in the accent colour) and the title's lines, placed. */
    static List<Text> texts(CardSpec card) {
        List<Text> out = new ArrayList<>();
        int width = CardSpec.WIDTH - 2 * MARGIN;
        if (!card.section().isEmpty()) {
            Font small = BASE.deriveFont(34f);
            out.add(Text.of(fit(card.section(), small, width), small, true, MARGIN, SECTION_BASELINE));
        }
        Title title = layout(card.title(), width);
        float lineHeight = title.font().getSize2D() * 1.2f;
        float block = lineHeight * title.lines().size();
        float y = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - block) / 2 + title.font().getSize2D();
        for (String line : title.lines()) {
            out.add(Text.of(line, title.font(), false, MARGIN, y));
            y += lineHeight;
        }
        return out;
    }

    static void draw(Graphics2D g, List<Text> texts, Meta.SocialCards colours) {
        Color text = Color.decode(colours.text());
        Color accent = Color.decode(colours.accent());
        for (Text t : texts) {
            g.setColor(t.accent() ? accent : text);
            g.setFont(t.font());
            g.drawString(t.line(), t.x(), t.y());
        }
    }

    static BufferedImage image(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** The whole card's pixels: the backdrop with this card's rows from {@code top} on. */
    private static int[] whole(Backdrop backdrop, int[] rows, int top) {
        int[] all = backdrop.pixels.clone();
        System.arraycopy(rows, 0, all, top * CardSpec.WIDTH, rows.length);
        for (int i = 0; i < all.length; i++) all[i] = snap(all[i], backdrop.exact);
        return all;
    }

    /** The card's colours as 0xRRGGBB: background, text, accent. */
    static int[] exact(Meta.SocialCards colours) {
        return new int[] {rgb(colours.background()), rgb(colours.text()), rgb(colours.accent())};
    }

    private static int rgb(String colour) {
        return Color.decode(colour).getRGB() & 0xffffff;
    }

    /**
     * Antialiased edges blend the card's colours in up to 256 steps each; snapped to 32 steps (5 bits a
     * channel, invisible at the edge of a letter) the card needs fewer than 256 colours and is written as
     * a small indexed PNG. The card's own three colours ({@code exact}) are kept exactly.
     */
    static int snap(int rgb, int[] exact) {
        int c = rgb & 0xffffff;
        return c == exact[0] || c == exact[1] || c == exact[2] ? c : (c & 0xf8f8f8) | 0x040404;
    }

    /** The title's font size and lines. */
    record Title(Font font, List<String> lines) {}

    /** The largest size (in steps of 4 px) at which the title takes at most four lines; at the smallest, what does not fit ends in "…". */
    static Title layout(String title, int width) {
        for (int size = MAX_TITLE; size >= MIN_TITLE; size -= 4) {
            Font f = BASE.deriveFont((float) size);
            List<String> lines = wrap(title, f, width);
            if (lines.size() <= MAX_LINES && size * 1.2f * lines.size() <= TITLE_BOTTOM - TITLE_TOP) return new Title(f, lines);
        }
        Font f = BASE.deriveFont((float) MIN_TITLE);
        List<String> lines = wrap(title, f, width);
        if (lines.size() <= MAX_LINES + 1) return new Title(f, lines);
        List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES + 1));
        kept.set(MAX_LINES, fit(kept.get(MAX_LINES) + " " + lines.get(MAX_LINES + 1), f, width - 1));
        return new Title(f, kept);
    }

    /** Greedy word wrap; a word wider than a line is cut where it must be. */
    static List<String> wrap(String text, Font f, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, f) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (width(rest, f) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), f) > width) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** The text as it is if it fits, else cut short with "…". */
    static String fit(String text, Font f, int width) {
        if (width(text, f) <= width) return text;
        String t = text;
        while (!t.isEmpty() && width(t.strip() + "…", f) > width) t = t.substring(0, t.length() - 1);
        return t.strip() + "…";
    }

    static double width(String s, Font f) {
        return f.getStringBounds(s, FRC).getWidth();
    }

    private static Font loadFont() {
        try (InputStream in = CardPainter.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException("the card font " + FONT + " is missing from the engine's jar");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the card font " + FONT + " cannot be read", e);
        }
    }
}
