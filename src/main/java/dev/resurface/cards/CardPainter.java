package dev.resurface.cards;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
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
 */
public final class CardPainter {
    /** Part of every card's hash: change it when the drawing changes, so no old card is taken for a new one. */
    static final String VERSION = "card-1";
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

    private CardPainter() {}

    public static byte[] png(CardSpec card) {
        BufferedImage img = new BufferedImage(CardSpec.WIDTH, CardSpec.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Color background = Color.decode(card.colours().background());
        Color text = Color.decode(card.colours().text());
        Color accent = Color.decode(card.colours().accent());
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(background);
            g.fillRect(0, 0, CardSpec.WIDTH, CardSpec.HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, 16, CardSpec.HEIGHT); // the band's edge: the site's colour at a glance

            int width = CardSpec.WIDTH - 2 * MARGIN;
            if (!card.section().isEmpty()) {
                Font small = BASE.deriveFont(34f);
                g.setFont(small);
                g.drawString(fit(card.section(), small, width), MARGIN, 112);
            }
            Title title = layout(card.title(), width);
            g.setColor(text);
            g.setFont(title.font());
            float lineHeight = title.font().getSize2D() * 1.2f;
            float block = lineHeight * title.lines().size();
            float y = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - block) / 2 + title.font().getSize2D();
            for (String line : title.lines()) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
            g.setColor(accent);
            g.fillRect(MARGIN, 520, 120, 6);
            Font name = BASE.deriveFont(32f);
            g.setColor(text);
            g.setFont(name);
            g.drawString(fit(card.siteName(), name, width), MARGIN, 580);
        } finally {
            g.dispose();
        }
        int[] rgb = pixels(img);
        snapEdges(rgb, background.getRGB(), text.getRGB(), accent.getRGB());
        return PngEncoder.encode(rgb, CardSpec.WIDTH, CardSpec.HEIGHT);
    }

    /**
     * The pixels as {@link BufferedImage#getRGB} gives them (0xFFRRGGBB), read straight from the image's
     * int array: getRGB goes through the colour model pixel by pixel, which was half of a 3,000-card
     * build's CPU under the launcher's C1-only JIT.
     */
    static int[] pixels(BufferedImage img) {
        int[] data = ((DataBufferInt) img.getRaster().getDataBuffer()).getData(); // TYPE_INT_RGB: 0x00RRGGBB
        int[] rgb = new int[data.length];
        for (int i = 0; i < data.length; i++) rgb[i] = 0xff000000 | data[i];
        return rgb;
    }

    /**
     * Antialiased edges blend the card's colours in up to 256 steps each; snapped to 32 steps (5 bits a
     * channel, invisible at the edge of a letter) the card needs fewer than 256 colours and is written as
     * a small indexed PNG. The card's own three colours are kept exactly.
     */
    static void snapEdges(int[] rgb, int... exact) {
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            if (p == exact[0] || p == exact[1] || p == exact[2]) continue;
            rgb[i] = (p & 0xfff8f8f8) | 0x040404;
        }
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
