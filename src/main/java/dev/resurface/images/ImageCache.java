package dev.resurface.images;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where resized copies are kept between builds, by content key (a hash of the original's bytes and
 * the recipe): nowhere ({@link #NONE}), in memory for serve ({@link #inMemory}), or in the
 * {@code build --cache} folder. A miss only costs time: a key names exactly one result.
 */
public interface ImageCache {
    Optional<Resized> get(String key);

    void put(String key, Resized resized) throws IOException;

    /** Forgets the entries of originals this build no longer has. */
    default void retainOnly(Set<String> keys) throws IOException {}

    ImageCache NONE = new ImageCache() {
        @Override
        public Optional<Resized> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, Resized resized) {}
    };

    /** serve's: kept for the next rebuild in the same process. */
    static ImageCache inMemory() {
        Map<String, Resized> kept = new ConcurrentHashMap<>();
        return new ImageCache() {
            @Override
            public Optional<Resized> get(String key) {
                return Optional.ofNullable(kept.get(key));
            }

            @Override
            public void put(String key, Resized resized) {
                kept.put(key, resized);
            }

            @Override
            public void retainOnly(Set<String> keys) {
                kept.keySet().retainAll(keys);
            }
        };
    }
}
