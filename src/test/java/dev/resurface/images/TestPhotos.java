package dev.resurface.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

/** Made-up photos for tests: gradients, discs and grain, so they compress like real ones; the same seed gives the same bytes. */
public final class TestPhotos {
    private TestPhotos() {}

    public static BufferedImage picture(int w, int h, long seed, boolean alpha) {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random r = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(200, 150, 120), w, h, new Color(60, 90, 140)));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 120));
            int s = 10 + r.nextInt(Math.max(1, w / 5));
            g.fillOval(r.nextInt(w), r.nextInt(h), s, s);
        }
        g.dispose();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                int n = r.nextInt(17) - 8;
                int red = clamp(((p >> 16) & 255) + n), green = clamp(((p >> 8) & 255) + n), blue = clamp((p & 255) + n);
                img.setRGB(x, y, (p & 0xff000000) | red << 16 | green << 8 | blue);
            }
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** A photo-like JPEG at quality 90. */
    public static byte[] jpeg(int w, int h, long seed) throws IOException {
        return Encoder.encode(picture(w, h, seed, false), "jpeg", 90);
    }

    public static byte[] png(int w, int h, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(w, h, seed, true), "png", out);
        return out.toByteArray();
    }

    /** The first {@code keep} bytes: a download or copy cut short. */
    public static byte[] truncated(byte[] bytes, int keep) {
        return Arrays.copyOf(bytes, keep);
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** The pixel width and height of an image file. */
    public static int[] size(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        return new int[] {img.getWidth(), img.getHeight()};
    }

    /**
     * A JPEG with an EXIF block saying how to turn it (6: a quarter turn clockwise, as phones held upright
     * write it), inserted after the JFIF block.
     */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first IFD at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0}; // no next IFD
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int at = 2 + 2 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff); // after SOI and APP0
        int len = exif.length + 2;
        byte[] out = new byte[jpeg.length + 4 + exif.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        out[at] = (byte) 0xFF;
        out[at + 1] = (byte) 0xE1;
        out[at + 2] = (byte) (len >> 8);
        out[at + 3] = (byte) len;
        System.arraycopy(exif, 0, out, at + 4, exif.length);
        System.arraycopy(jpeg, at, out, at + 4 + exif.length, jpeg.length - at);
        return out;
    }
}
