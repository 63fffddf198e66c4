package dev.resurface.images;

import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code images:} section of site.yml.
 *
 * @param widths        widths in pixels of the resized copies; only those narrower than the original are made (empty: none)
 * @param quality       JPEG quality of the copies, 1 to 100
 * @param sizes         the {@code sizes} attribute: how wide the image is shown, so the browser can pick a copy
 * @param maxMegabytes  a larger file is an error: too heavy to offer to readers
 * @param maxMegapixels a larger image is an error: decoding it would take too much memory
 */
public record ImageSettings(List<Integer> widths, int quality, String sizes, int maxMegabytes, int maxMegapixels) {
    public static final List<String> KEYS = List.of("widths", "quality", "sizes", "maxMegabytes", "maxMegapixels");
    /** The default theme's text column is at most 46rem wide (48rem less its padding); below that, the screen's width. */
    public static final ImageSettings DEFAULT = new ImageSettings(List.of(480, 960, 1440), 80, "(min-width: 48rem) 46rem, 100vw", 10, 40);
    private static final int MAX_WIDTH = 10_000;

    public ImageSettings {
        widths = List.copyOf(new TreeSet<>(widths));
    }

    /** What the resized copies' bytes depend on besides the original: part of their names and cache keys. */
    String recipe() {
        return "widths=" + widths + ";quality=" + quality;
    }

    /** Reads the {@code images:} section of the file {@code root} reads; a mistake is an error at its line, and the default is used in its place. */
    public static ImageSettings load(MapReader root) {
        String key = "images";
        if (!root.has(key)) return DEFAULT;
        YNode n = root.node(key);
        if (n instanceof YNode.Scalar sc && sc.isNull()) return DEFAULT;
        if (!(n instanceof YNode.Mapping m)) {
            root.error(n, "'" + key + "' must be a map, e.g. 'images: {widths: [480, 960, 1440]}'", "");
            return DEFAULT;
        }
        MapReader r = root.at(m);
        r.rejectUnknown(KEYS, key);
        List<Integer> widths = new ArrayList<>(DEFAULT.widths());
        if (r.seq("widths").isPresent()) {
            widths.clear();
            for (YNode item : r.seq("widths").get().items()) {
                if (item instanceof YNode.Scalar s && s.value() instanceof Long l && l >= 16 && l <= MAX_WIDTH) widths.add(l.intValue());
                else r.error(item, "each of 'widths' must be a width in pixels from 16 to " + MAX_WIDTH + ", found " + YNode.describe(item),
                        "e.g. widths: [480, 960, 1440]");
            }
        }
        int quality = bounded(r, "quality", DEFAULT.quality(), 1, 100, "a JPEG quality from 1 to 100");
        String sizes = r.string("sizes").orElse(DEFAULT.sizes());
        if (sizes.isBlank()) r.error(r.node("sizes"), "'sizes' is empty", "e.g. sizes: \"(min-width: 48rem) 46rem, 100vw\"");
        int megabytes = bounded(r, "maxMegabytes", DEFAULT.maxMegabytes(), 1, 1024, "a file size in megabytes from 1 to 1024");
        int megapixels = bounded(r, "maxMegapixels", DEFAULT.maxMegapixels(), 1, 1000, "a number of megapixels from 1 to 1000");
        return new ImageSettings(widths, quality, sizes.isBlank() ? DEFAULT.sizes() : sizes, megabytes, megapixels);
    }

    private static int bounded(MapReader r, String key, int fallback, int min, int max, String what) {
        int v = r.integer(key).orElse(fallback);
        if (v >= min && v <= max) return v;
        r.error(r.node(key), "'" + key + "' must be " + what + ", found " + v, "");
        return fallback;
    }
}
