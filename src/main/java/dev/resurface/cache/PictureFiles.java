package dev.resurface.cache;

import dev.resurface.cards.PictureStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The generated pictures (cards, icons) of {@code build --cache DIR}, in {@code DIR/pictures/}: each
 * kept as plain PNG bytes in {@code <sha256(engine + key)>.png}, so pictures drawn by another engine
 * build are never taken. A file that is not a whole PNG is ignored: it only costs drawing it again.
 */
public final class PictureFiles implements PictureStore {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    private final Path dir;
    private final String engine;

    private PictureFiles(Path dir, String engine) {
        this.dir = dir;
        this.engine = engine;
    }

    /** The pictures folder of a page store's cache folder (made by the first picture). */
    public static PictureFiles of(PageStore pages) {
        return new PictureFiles(pages.dir().resolve("pictures"), pages.engine());
    }

    private Path fileOf(String key) {
        return dir.resolve(PageStore.hash((engine + "\u0000" + key).getBytes(StandardCharsets.UTF_8)) + ".png");
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            byte[] b = Files.readAllBytes(fileOf(key));
            return isComplete(b) ? Optional.of(b) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not kept yet, or unreadable: draw it
        }
    }

    @Override
    public void put(String key, byte[] png) {
        try {
            Files.createDirectories(dir);
            CacheFile.replace(fileOf(key), png);
        } catch (IOException e) {
            // a cache that cannot be written only means drawing the picture again next time
        }
    }

    /** Starts with the PNG signature and ends with the IEND chunk: not cut short. */
    static boolean isComplete(byte[] b) {
        return b.length > SIGNATURE.length + IEND.length
                && Arrays.equals(b, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                && Arrays.equals(b, b.length - IEND.length, b.length, IEND, 0, IEND.length);
    }
}
