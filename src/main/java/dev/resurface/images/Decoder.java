package dev.resurface.images;

import dev.resurface.diag.Problem;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Reads an original JPEG or PNG fully, as a browser would show it: EXIF orientation applied, in RGB
 * (with alpha for a PNG that has it). The limits are checked on the header, before any pixel is
 * decoded, so a small file that claims a huge picture costs nothing. A JPEG cut short reads as grey
 * rows with a warning, not as an exception: that warning counts as damage. Each problem's message follows
 * the words "image 'x.jpg'".
 */
final class Decoder {
    /** A decoded original, or why it cannot be used. */
    record Result(Optional<BufferedImage> image, String format, Optional<Problem> problem) {
        static Result failed(String message, String hint) {
            return new Result(Optional.empty(), "", Optional.of(new Problem(message, hint)));
        }
    }

    static final String CUT_SHORT = "is damaged: the file is cut short, so part of the picture is missing";
    static final String DAMAGED_HINT = "export or download it again, and check that it opens in an image viewer";

    private Decoder() {}

    /** @param expected "jpeg" or "png", from the file's extension */
    static Result decode(byte[] bytes, String expected, ImageSettings settings) {
        if (bytes.length == 0) return Result.failed("is an empty file (0 bytes)", DAMAGED_HINT);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Result.failed("cannot be read as a " + name(expected) + " image" + looksLike(bytes), DAMAGED_HINT
                        + "; save photos as JPEG and screenshots or drawings as PNG");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, false);
                String format = r.getFormatName().toLowerCase(Locale.ROOT).replace("jpg", "jpeg");
                if (!format.equals(expected)) {
                    return Result.failed("holds a " + name(format) + " image, not a " + name(expected) + " one",
                            "give the file the extension of what it holds (." + (format.equals("jpeg") ? "jpg" : format) + "), and change the links to it");
                }
                long w = r.getWidth(0);
                long h = r.getHeight(0);
                if (w * h > settings.maxMegapixels() * 1_000_000L) {
                    return Result.failed("is " + w + " × " + h + " pixels (" + (w * h + 500_000) / 1_000_000 + " megapixels), more than images.maxMegapixels ("
                            + settings.maxMegapixels() + ")", "scale it down before adding it: 2400 pixels wide is plenty for a web page; or raise images.maxMegapixels in site.yml");
                }
                List<String> warnings = new ArrayList<>();
                r.addIIOReadWarningListener((reader, warning) -> warnings.add(warning));
                Orientation orientation = format.equals("jpeg") ? orientation(r) : Orientation.TOP_LEFT;
                BufferedImage img = r.read(0);
                Optional<String> cut = warnings.stream().filter(Decoder::missingPixels).findFirst();
                if (cut.isPresent()) return Result.failed(CUT_SHORT, DAMAGED_HINT);
                return new Result(Optional.of(upright(rgb(img, format), orientation)), format, Optional.empty());
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) if (c instanceof EOFException) return Result.failed(CUT_SHORT, DAMAGED_HINT);
            if (expected.equals("png") && !endsWithIend(bytes)) return Result.failed(CUT_SHORT, DAMAGED_HINT);
            String why = e.getMessage() == null || e.getMessage().isBlank() ? "its data is not valid" : e.getMessage();
            return Result.failed("is damaged or in a form that cannot be decoded (" + why + ")", DAMAGED_HINT);
        }
    }

    /**
     * A decoder warning that means pixels are missing (a file cut short): browsers show such a file grey
     * or half drawn. Other warnings (stray bytes between markers, which many cameras write) are
     * harmless and ignored, as browsers ignore them.
     */
    private static boolean missingPixels(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("premature end") || w.contains("truncat");
    }

    private static Orientation orientation(ImageReader r) {
        try {
            Orientation o = ExifUtils.getExifOrientation(r, 0);
            return o == null ? Orientation.TOP_LEFT : o;
        } catch (IOException | RuntimeException unreadable) {
            return Orientation.TOP_LEFT; // as a browser does with EXIF it cannot read
        }
    }

    private static BufferedImage upright(BufferedImage img, Orientation o) {
        return o == Orientation.TOP_LEFT ? img : ExifFilterUtils.getFilterForOrientation(o).apply(img);
    }

    /** 8-bit RGB, with alpha only where a PNG has it: what the encoders write well, whatever the original's layout. */
    private static BufferedImage rgb(BufferedImage img, String format) {
        boolean alpha = format.equals("png") && img.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (img.getType() == type) return img;
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Every whole PNG ends with an empty IEND chunk. */
    private static boolean endsWithIend(byte[] b) {
        return b.length >= 12 && new String(b, b.length - 8, 4, StandardCharsets.ISO_8859_1).equals("IEND");
    }

    static String name(String format) {
        return format.equals("jpeg") ? "JPEG" : format.toUpperCase(Locale.ROOT);
    }

    /** What a file that no reader accepts starts like, when it is a format authors meet. */
    private static String looksLike(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 16), StandardCharsets.ISO_8859_1);
        if (head.startsWith("RIFF") && head.startsWith("WEBP", 8)) return ": it is a WebP image";
        if (head.startsWith("ftyphei", 4) || head.startsWith("ftypmif1", 4) || head.startsWith("ftypheic", 4)) return ": it is a HEIC image";
        if (head.startsWith("ftypavif", 4)) return ": it is an AVIF image";
        if (head.startsWith("GIF8")) return ": it is a GIF image";
        if (head.trim().startsWith("<")) return ": it is a text (HTML or SVG) file";
        return "";
    }
}
