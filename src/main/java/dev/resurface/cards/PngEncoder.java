package dev.resurface.cards;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG writer for opaque pictures. ImageIO's spends 60 ms or more on a 1200×630 card (it tries
 * every row filter on three bytes a pixel); a card has few colours (see {@link CardPainter}), so it is
 * written as an indexed-colour PNG, one byte a pixel, with the palette in order of first use: smaller
 * and several times faster. A picture with more than 256 colours is written as plain RGB. No time or
 * other varying chunk is written: the same pixels always give the same bytes.
 */
final class PngEncoder {
    private PngEncoder() {}

    /** @param rgb the pixels, row by row, as {@code 0xRRGGBB} (any alpha bits are ignored) */
    static byte[] encode(int[] rgb, int w, int h) {
        Palette palette = new Palette();
        byte[] raw = indexed(rgb, w, h, palette); // one pass: palette in order of first use, and the indexes
        boolean indexed = raw != null;
        if (!indexed) raw = truecolour(rgb, w, h);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) (indexed ? 3 : 2)).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        if (indexed) {
            byte[] plte = new byte[palette.size() * 3];
            int j = 0;
            for (int k = 0; k < palette.size(); k++) {
                int c = palette.colour(k);
                plte[j++] = (byte) (c >> 16);
                plte[j++] = (byte) (c >> 8);
                plte[j++] = (byte) c;
            }
            chunk(out, "PLTE", plte);
        }
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Rows of palette indexes, each after its filter byte (none: flat areas compress well as they are); null past 256 colours. */
    private static byte[] indexed(int[] rgb, int w, int h, Palette palette) {
        byte[] raw = new byte[h * (1 + w)];
        int i = 0;
        int k = 0;
        int lastColour = -1;
        byte lastIndex = 0;
        for (int y = 0; y < h; y++) {
            raw[i++] = 0;
            for (int x = 0; x < w; x++) {
                int p = rgb[k++];
                if (p != lastColour) { // runs of one colour are most of a card
                    lastColour = p;
                    int c = p & 0xffffff;
                    int index = palette.indexOf(c);
                    if (index < 0) {
                        if (palette.size() == 256) return null;
                        index = palette.add(c);
                    }
                    lastIndex = (byte) index;
                }
                raw[i++] = lastIndex;
            }
        }
        return raw;
    }

    private static byte[] truecolour(int[] rgb, int w, int h) {
        byte[] raw = new byte[h * (1 + w * 3)];
        int i = 0;
        int k = 0;
        for (int y = 0; y < h; y++) {
            raw[i++] = 0;
            for (int x = 0; x < w; x++) {
                int p = rgb[k++];
                raw[i++] = (byte) (p >> 16);
                raw[i++] = (byte) (p >> 8);
                raw[i++] = (byte) p;
            }
        }
        return raw;
    }

    /**
     * Colours in order of first use, with their index: an open-addressing table of ints (a map of boxed
     * Integers was a tenth of a card's CPU). Holds up to 256 colours, a PNG palette's most.
     */
    private static final class Palette {
        private static final int SLOTS = 1024; // a power of two, under a third full
        private final int[] keys = new int[SLOTS];
        private final int[] indexes = new int[SLOTS];
        private final boolean[] used = new boolean[SLOTS];
        private final int[] colours = new int[256];
        private int size;

        int size() { return size; }

        int colour(int index) { return colours[index]; }

        /** Adds a colour not yet in the palette (with room left); returns its index. */
        int add(int colour) {
            int slot = slot(colour);
            used[slot] = true;
            keys[slot] = colour;
            indexes[slot] = size;
            colours[size] = colour;
            return size++;
        }

        /** The colour's index, or -1. */
        int indexOf(int colour) {
            int slot = slot(colour);
            return used[slot] ? indexes[slot] : -1;
        }

        private int slot(int colour) {
            int i = (colour * 0x9E3779B9) >>> 22; // 10 bits: SLOTS
            while (used[i] && keys[i] != colour) i = (i + 1) & (SLOTS - 1);
            return i;
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(6); // 9 takes twice as long on long runs for a few per cent
        try {
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 20 + 64);
            byte[] buf = new byte[64 * 1024];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
