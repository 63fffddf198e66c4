package dev.resurface.cards;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generated pictures kept between builds, by a key that names everything that decides their bytes:
 * a key found means the picture need not be drawn again. In memory for serve, in the {@code --cache}
 * folder for build ({@code dev.resurface.cache.PictureFiles}); a damaged file only costs drawing it again.
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
}
