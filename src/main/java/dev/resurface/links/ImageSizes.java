package dev.resurface.links;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's intrinsic width and height from its header (PNG, JPEG, GIF, BMP through ImageIO;
 * SVG from its width/height or viewBox; WebP from its RIFF header), so pages reserve space and
 * do not jump while images load. One instance per build; results are cached.
 */
public final class ImageSizes {
    public record Size(int width, int height) {}

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("\\b(width|height|viewBox)\\s*=\\s*[\"']([^\"']*)[\"']");
    private final ConcurrentHashMap<Path, Optional<Size>> cache = new ConcurrentHashMap<>();

    public Optional<Size> of(Path file) {
        return cache.computeIfAbsent(file, ImageSizes::read);
    }

    private static Optional<Size> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) return svg(file);
            if (name.endsWith(".webp")) return webp(file);
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) return Optional.empty();
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) return Optional.empty();
                ImageReader r = readers.next();
                try {
                    r.setInput(in, true, true);
                    return Optional.of(new Size(r.getWidth(0), r.getHeight(0)));
                } finally {
                    r.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Size> svg(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        Matcher tag = SVG_TAG.matcher(new String(head, StandardCharsets.UTF_8));
        if (!tag.find()) return Optional.empty();
        Matcher a = ATTR.matcher(tag.group());
        Double w = null, h = null;
        double[] box = null;
        while (a.find()) {
            switch (a.group(1)) {
                case "width" -> w = px(a.group(2));
                case "height" -> h = px(a.group(2));
                default -> {
                    String[] p = a.group(2).trim().split("[\\s,]+");
                    if (p.length == 4) {
                        try {
                            box = new double[] {Double.parseDouble(p[2]), Double.parseDouble(p[3])};
                        } catch (NumberFormatException e) {
                            box = null;
                        }
                    }
                }
            }
        }
        if (w != null && h != null) return Optional.of(new Size((int) Math.round(w), (int) Math.round(h)));
        if (box != null && box[0] > 0 && box[1] > 0) {
            if (w != null) return Optional.of(new Size((int) Math.round(w), (int) Math.round(w * box[1] / box[0])));
            return Optional.of(new Size((int) Math.round(box[0]), (int) Math.round(box[1])));
        }
        return Optional.empty();
    }

    private static Double px(String v) {
        Matcher m = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$").matcher(v);
        return m.matches() ? Double.parseDouble(m.group(1)) : null;
    }

    private static Optional<Size> webp(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(30);
        }
        if (b.length < 30 || !new String(b, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) return Optional.empty();
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X":
                return Optional.of(new Size(1 + u24(b, 24), 1 + u24(b, 27)));
            case "VP8L": {
                int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
                return Optional.of(new Size(1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)));
            }
            case "VP8 ":
                return Optional.of(new Size(((b[26] & 0xff) | (b[27] & 0xff) << 8) & 0x3fff,
                        ((b[28] & 0xff) | (b[29] & 0xff) << 8) & 0x3fff));
            default:
                return Optional.empty();
        }
    }

    private static int u24(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16;
    }
}
