package dev.resurface.images;

import java.util.List;

/**
 * What processing an original gave, whatever its name: its size as shown (EXIF orientation applied),
 * its format and its resized copies, narrowest first. This is what a cache keeps, by content hash.
 *
 * @param format "jpeg" or "png"
 */
public record Resized(int width, int height, String format, List<Copy> copies) {
    /** One resized copy; {@code bytes} is empty when the build writes nothing ({@code check}). Never modified. */
    public record Copy(int width, int height, byte[] bytes) {}

    public Resized {
        copies = List.copyOf(copies);
    }
}
