package dev.resurface.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a resized copy. Every choice is explicit (quality, optimised Huffman tables, progressive
 * scan, no metadata carried over, in memory rather than through a temporary file), so the same
 * pixels always give the same bytes. Copies carry no EXIF data: a phone photo's location stays out.
 */
final class Encoder {
    private Encoder() {}

    static byte[] encode(BufferedImage img, String format, int quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) throw new IOException("no " + format + " writer");
        ImageWriter w = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(quality / 100f);
                p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // smaller for photos, and shows early while loading
                if (p instanceof JPEGImageWriteParam jp) jp.setOptimizeHuffmanTables(true);
            }
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }
}
