package dev.resurface.images;

import dev.resurface.diag.IoMessages;
import dev.resurface.diag.Problem;
import dev.resurface.util.Counts;
import dev.resurface.util.Parallel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Every JPEG and PNG under content/, each read once per build (in parallel) and resized, or taken
 * from the cache when its bytes and the recipe are unchanged; and formats browsers cannot show
 * (HEIC, TIFF, PSD), refused. What each Markdown image needs is looked up here by the link stage, which
 * reports a {@link #problem} at every image that uses a broken file; a file no page shows costs
 * time but no error.
 */
public final class ResponsiveImages {
    /** Raster formats made responsive, by extension. */
    private static final Map<String, String> RESIZED = Map.of("jpg", "jpeg", "jpeg", "jpeg", "png", "png");
    /** Formats authors export by mistake: browsers do not show them (or not all do). */
    private static final Map<String, String> UNSHOWN = Map.of("heic", "HEIC", "heif", "HEIF", "tif", "TIFF", "tiff", "TIFF", "psd", "Photoshop");
    /** Bump when the resizing or encoding changes, so no copy made the old way is reused. */
    private static final String RECIPE_VERSION = "1";

    public static final ResponsiveImages NONE = new ResponsiveImages(ImageSettings.DEFAULT, Map.of(), Map.of(), 0, 0);

    private final ImageSettings settings;
    private final Map<String, ResponsiveImage> ready;
    private final Map<String, Problem> failed;
    private final int resized;
    private final int reused;

    private ResponsiveImages(ImageSettings settings, Map<String, ResponsiveImage> ready, Map<String, Problem> failed, int resized, int reused) {
        this.settings = settings;
        this.ready = Map.copyOf(ready);
        this.failed = Map.copyOf(failed);
        this.resized = resized;
        this.reused = reused;
    }

    /**
     * Processes every image among {@code statics} (content path → file).
     *
     * @param write   false for a check: originals are decoded to find damage, no copy is encoded
     * @param notices told once if the cache could not be updated (the build goes on)
     */
    public static ResponsiveImages process(Map<String, Path> statics, ImageSettings settings, ImageCache cache, boolean write,
                                           ExecutorService pool, Consumer<String> notices) {
        List<Map.Entry<String, Path>> files = new ArrayList<>();
        Map<String, Problem> failed = new TreeMap<>();
        for (Map.Entry<String, Path> e : new TreeMap<>(statics).entrySet()) {
            String ext = extension(e.getKey());
            if (RESIZED.containsKey(ext)) files.add(e);
            else if (UNSHOWN.containsKey(ext)) {
                failed.put(e.getKey(), new Problem("is a " + UNSHOWN.get(ext) + " file, which web browsers do not show",
                        "export it as JPEG for photos, or PNG for screenshots and drawings"));
            }
        }
        AtomicInteger resized = new AtomicInteger();
        AtomicInteger reused = new AtomicInteger();
        List<String> cacheFailures = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        List<Outcome> outcomes = Parallel.map(pool, files, e -> {
            Optional<byte[]> bytes = Optional.empty();
            try {
                long size = Files.size(e.getValue());
                if (size > settings.maxMegabytes() * 1024L * 1024L) {
                    return Outcome.of(new Problem("is " + String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)) + " MB, more than images.maxMegabytes ("
                            + settings.maxMegabytes() + " MB)", "export it smaller: a photo 2400 pixels wide at JPEG quality 85 is usually under 1 MB; "
                            + "or raise images.maxMegabytes in site.yml"));
                }
                bytes = Optional.of(Files.readAllBytes(e.getValue()));
            } catch (IOException io) {
                return Outcome.of(new Problem("cannot be read: " + IoMessages.reason(io), "check the file's permissions"));
            }
            String hash = hash(bytes.get(), settings);
            String key = write ? hash : hash + "-checked"; // a check's entries (no bytes) never stand in for a build's
            synchronized (keys) {
                keys.add(key);
            }
            Optional<Resized> kept = cache.get(key);
            if (kept.isPresent()) {
                reused.incrementAndGet();
                return new Outcome(new ResponsiveImage(e.getKey(), hash.substring(0, 8), kept.get()), null);
            }
            Resizer.Result made = Resizer.resize(bytes.get(), RESIZED.get(extension(e.getKey())), settings, write);
            if (made.resized().isPresent()) {
                Resized r = made.resized().get();
                resized.incrementAndGet();
                try {
                    cache.put(key, r);
                } catch (IOException io) {
                    synchronized (cacheFailures) {
                        cacheFailures.add(IoMessages.describe(io));
                    }
                }
                return new Outcome(new ResponsiveImage(e.getKey(), hash.substring(0, 8), r), null);
            }
            return Outcome.of(made.problem().orElseThrow());
        });
        Map<String, ResponsiveImage> ready = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.image() != null) ready.put(files.get(i).getKey(), o.image());
            else failed.put(files.get(i).getKey(), o.problem());
        }
        try {
            cache.retainOnly(keys);
        } catch (IOException io) {
            cacheFailures.add(IoMessages.describe(io));
        }
        if (!cacheFailures.isEmpty()) notices.accept(cacheFailures.get(0));
        return new ResponsiveImages(settings, ready, failed, resized.get(), reused.get());
    }

    /** The image at this content path, if it is a JPEG or PNG that could be read. */
    public Optional<ResponsiveImage> image(String relPath) {
        return Optional.ofNullable(ready.get(relPath));
    }

    /** Why the file at this content path cannot be shown; its message follows "image 'x.jpg' ". */
    public Optional<Problem> problem(String relPath) {
        return Optional.ofNullable(failed.get(relPath));
    }

    /** The {@code sizes} attribute offered with every {@code srcset}. */
    public String sizes() {
        return settings.sizes();
    }

    /** Every resized copy to publish, in path order. */
    public List<ResponsiveImage.Output> outputs() {
        List<ResponsiveImage.Output> out = new ArrayList<>();
        for (ResponsiveImage r : ready.values()) out.addAll(r.copies());
        return out;
    }

    /** For --verbose: how many originals were resized and how many taken from the cache. */
    public String summary() {
        return "images: " + Counts.of(resized, "original") + " resized, " + reused + " taken from the cache, " + Counts.of(failed.size(), "problem");
    }

    public int resizedCount() {
        return resized;
    }

    public int reusedCount() {
        return reused;
    }

    /** One original's outcome: exactly one of the two is set. */
    private record Outcome(ResponsiveImage image, Problem problem) {
        static Outcome of(Problem p) {
            return new Outcome(null, p);
        }
    }

    /** SHA-256 of the recipe and the original's bytes, in hex: what the copies' names and the cache's keys come from. */
    static String hash(byte[] bytes, ImageSettings settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((RECIPE_VERSION + ";" + settings.recipe() + "\0").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(String relPath) {
        int dot = relPath.lastIndexOf('.');
        return dot < 0 || dot < relPath.lastIndexOf('/') ? "" : relPath.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
