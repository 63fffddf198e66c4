package dev.resurface.images;

import dev.resurface.diag.Problem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Decodes an original and makes its resized copies: one per configured width narrower than the
 * original (never wider: that would only add bytes), scaled by Thumbnailator. A copy that would not
 * be lighter than the original file is left out: the browser then takes the original.
 */
final class Resizer {
    record Result(Optional<Resized> resized, Optional<Problem> problem) {}

    private Resizer() {}

    /** @param encode false for a check: the copies' sizes are worked out, their bytes not */
    static Result resize(byte[] original, String format, ImageSettings settings, boolean encode) {
        Decoder.Result d = Decoder.decode(original, format, settings);
        if (d.image().isEmpty()) return new Result(Optional.empty(), d.problem());
        BufferedImage img = d.image().get();
        int w = img.getWidth();
        int h = img.getHeight();
        List<Resized.Copy> copies = new ArrayList<>();
        try {
            for (int width : settings.widths()) {
                if (width >= w) break; // widths are sorted
                int height = Math.max(1, (int) Math.round((double) h * width / w));
                if (!encode) {
                    copies.add(new Resized.Copy(width, height, new byte[0]));
                    continue;
                }
                BufferedImage small = Thumbnails.of(img).size(width, height).keepAspectRatio(false).asBufferedImage();
                byte[] bytes = Encoder.encode(small, format, settings.quality());
                if (bytes.length < original.length) copies.add(new Resized.Copy(width, height, bytes));
            }
        } catch (IOException e) {
            return new Result(Optional.empty(), Optional.of(new Problem("could not be resized (" + e.getMessage() + ")", Decoder.DAMAGED_HINT)));
        }
        return new Result(Optional.of(new Resized(w, h, format, copies)), Optional.empty());
    }
}
