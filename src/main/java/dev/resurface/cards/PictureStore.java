package dev.resurface.cards;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generated pictures kept between builds, by a key that names everything that decides their bytes:
 * a key found means the picture need not be drawn again. In memory for serve, in the {@code --cache}
 * folder for build; a damaged file only costs drawing it again.
 */
public interface PictureStore {
    Optional<byte[]> get(String key);

    void put(String key, byte[] png);

    /** Keeps nothing between builds (a build without {@code --cache}). */
    static PictureStore none() {
        return new PictureStore() {
            @Override
            public Optional<byte[]> get(String key) { return Optional.empty(); }

            @Override
            public void put(String key, byte[] png) {}
        };
    }

    /** Kept in memory as long as this object (serve keeps one for all its rebuilds). */
    static PictureStore memory() {
        Map<String, byte[]> map = new ConcurrentHashMap<>();
        return new PictureStore() {
            @Override
            public Optional<byte[]> get(String key) { return Optional.ofNullable(map.get(key)); }

            @Override
            public void put(String key, byte[] png) { map.put(key, png); }
        };
    }

    /**
     * Kept as {@code <dir>/<sha256(engine + key)>.png}; {@code engine} names the exact engine build, so
     * pictures drawn by another version are never taken. A file that is not a whole PNG is ignored.
     */
    static PictureStore folder(Path dir, String engine) {
        return new PictureStore() {
            private Path file(String key) { return dir.resolve(CardSpec.sha256(engine + "\u0000" + key) + ".png"); }

            @Override
            public Optional<byte[]> get(String key) {
                try {
                    byte[] b = Files.readAllBytes(file(key));
                    return Png.isComplete(b) ? Optional.of(b) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty(); // not kept yet, or unreadable: draw it
                }
            }

            @Override
            public void put(String key, byte[] png) {
                try {
                    Files.createDirectories(dir);
                    Path target = file(key);
                    Path tmp = Files.createTempFile(dir, ".img", ".tmp");
                    Files.write(tmp, png);
                    try {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    // a cache that cannot be written only means drawing the picture again next time
                }
            }
        };
    }

    /** PNG checks shared by the stores and the icon writer. */
    final class Png {
        private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        private static final byte[] IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

        private Png() {}

        /** Starts with the PNG signature and ends with the IEND chunk: not cut short. */
        static boolean isComplete(byte[] b) {
            return b.length > SIGNATURE.length + IEND.length
                    && Arrays.equals(b, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                    && Arrays.equals(b, b.length - IEND.length, b.length, IEND, 0, IEND.length);
        }
    }
}
