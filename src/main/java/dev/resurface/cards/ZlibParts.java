package dev.resurface.cards;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * One zlib stream made of parts compressed apart: every part but the last ends on a byte boundary
 * (a sync flush), so parts can be joined as they are, and a part shared by many streams (the rows
 * every card of a site has) is compressed once. The parts do not refer back to each other.
 */
final class ZlibParts {
    /** zlib's default: 9 takes several times as long on long runs for a few per cent. */
    static final int LEVEL = 6;
    /**
     * For the rows only one picture has (a card's text): the last level without zlib's lazy match search,
     * which on long runs of one colour hashes every byte. A card in 2.0 ms of CPU instead of 2.9 under
     * the launcher's C1-only JIT, and about a sixth larger (16.8 against 14.4 KB on this site's titles).
     */
    static final int FAST = 3;
    private static final int BASE = 65521; // Adler-32's modulus

    /** A compressed part: its deflate blocks, and the Adler-32 and length of what it holds. */
    record Part(byte[] deflated, int adler, int length) {}

    private ZlibParts() {}

    /** {@code raw[off, off + len)} compressed at {@link #LEVEL}; {@code last} ends the stream, otherwise it ends on a byte boundary. */
    static Part part(byte[] raw, int off, int len, boolean last) {
        return part(raw, off, len, last, LEVEL);
    }

    static Part part(byte[] raw, int off, int len, boolean last, int level) {
        Deflater d = new Deflater(level, true);
        try {
            d.setInput(raw, off, len);
            if (last) d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(len / 32 + 64);
            byte[] buf = new byte[32 * 1024];
            int flush = last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
            while (true) {
                int n = d.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
                if (last ? d.finished() : n < buf.length && d.needsInput()) break;
            }
            Adler32 a = new Adler32();
            a.update(raw, off, len);
            return new Part(out.toByteArray(), (int) a.getValue(), len);
        } finally {
            d.end();
        }
    }

    /** The zlib stream of the parts in order (the last made with {@code last}). */
    static byte[] join(Part... parts) {
        int size = 6;
        for (Part p : parts) size += p.deflated().length;
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put((byte) 0x78).put((byte) 0x9c); // deflate, 32 KB window, default level: 0x789c % 31 == 0
        int adler = 1;
        for (Part p : parts) {
            out.put(p.deflated());
            adler = combine(adler, p.adler(), p.length());
        }
        return out.putInt(adler).array();
    }

    /** The Adler-32 of A followed by B, from A's, B's and B's length (as zlib's adler32_combine). */
    static int combine(int adlerA, int adlerB, long lengthB) {
        long rem = lengthB % BASE;
        long sum1 = adlerA & 0xffff;
        long sum2 = rem * sum1 % BASE;
        sum1 += (adlerB & 0xffff) + BASE - 1;
        sum2 += ((adlerA >>> 16) & 0xffff) + ((adlerB >>> 16) & 0xffff) + BASE - rem;
        if (sum1 >= BASE) sum1 -= BASE;
        if (sum1 >= BASE) sum1 -= BASE;
        if (sum2 >= (BASE << 1)) sum2 -= (BASE << 1);
        if (sum2 >= BASE) sum2 -= BASE;
        return (int) (sum1 | (sum2 << 16));
    }
}
