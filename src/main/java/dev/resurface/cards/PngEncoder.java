package dev.resurface.cards;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A small PNG writer. ImageIO's spends 60 ms or more on a 1200×630 card (it tries every row filter on
 * three bytes a pixel), and 50 ms more the first time it is used; a card has few colours (see
 * {@link CardPainter}), so it is written as an indexed-colour PNG, one byte a pixel, with the palette in
 * order of first use: smaller and several times faster. An opaque picture with more than 256 colours is
 * written as plain RGB, one with transparency ({@link #rgba}) as RGBA. No time or other varying chunk
 * is written: the same pixels always give the same bytes.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {}

    /** An opaque picture; {@code rgb}: the pixels, row by row, as {@code 0xRRGGBB} (any alpha bits are ignored). */
    public static byte[] encode(int[] rgb, int w, int h) {
        Palette palette = new Palette();
        byte[] raw = new byte[h * (1 + w)];
        if (index(rgb, 0, w, h, null, palette, raw, 0)) return indexed(w, h, palette, ZlibParts.join(ZlibParts.part(raw, 0, raw.length, true)));
        raw = truecolour(rgb, w, h);
        return png(w, h, 2, null, ZlibParts.join(ZlibParts.part(raw, 0, raw.length, true)));
    }

    /**
     * Writes {@code h} rows of {@code w} pixels from {@code rgb[from…]} into {@code raw[at…]} as palette
     * indexes, each row after its filter byte (none: flat areas compress well as they are), adding new
     * colours to the palette in order of first use; false past 256 colours. With {@code exact} (three
     * colours), every other colour is first snapped to 5 bits a channel (see {@link CardPainter}).
     */
    static boolean index(int[] rgb, int from, int w, int h, int[] exact, Palette palette, byte[] raw, int at) {
        int i = at;
        int k = from;
        int lastColour = -1;
        byte lastIndex = 0;
        for (int y = 0; y < h; y++) {
            raw[i++] = 0;
            for (int x = 0; x < w; x++) {
                int p = rgb[k++] & 0xffffff; // never -1, the colour before the first
                if (p != lastColour) { // runs of one colour are most of a card
                    lastColour = p;
                    int c = exact != null ? CardPainter.snap(p, exact) : p;
                    int index = palette.indexOf(c);
                    if (index < 0) {
                        if (palette.full()) return false;
                        index = palette.add(c);
                    }
                    lastIndex = (byte) index;
                }
                raw[i++] = lastIndex;
            }
        }
        return true;
    }

    /** An indexed-colour PNG of the palette and the zlib stream of its rows. */
    static byte[] indexed(int w, int h, Palette palette, byte[] zlib) {
        return png(w, h, 3, palette.rgb(), zlib);
    }

    private static byte[] png(int w, int h, int colourType, byte[] plte, byte[] zlib) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zlib.length + 1024);
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        if (plte != null) chunk(out, "PLTE", plte);
        chunk(out, "IDAT", zlib);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A picture with transparency; {@code argb}: the pixels, row by row, as {@code 0xAARRGGBB}, not premultiplied. */
    public static byte[] rgba(int[] argb, int w, int h) {
        byte[] raw = new byte[h * (1 + w * 4)];
        int i = 0;
        int k = 0;
        for (int y = 0; y < h; y++) {
            raw[i++] = 0;
            for (int x = 0; x < w; x++) {
                int p = argb[k++];
                raw[i++] = (byte) (p >> 16);
                raw[i++] = (byte) (p >> 8);
                raw[i++] = (byte) p;
                raw[i++] = (byte) (p >>> 24);
            }
        }
        return png(w, h, 6, null, ZlibParts.join(ZlibParts.part(raw, 0, raw.length, true)));
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
