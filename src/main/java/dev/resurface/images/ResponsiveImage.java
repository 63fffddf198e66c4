package dev.resurface.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One original under content/ and its resized copies, each published beside it as
 * {@code photo.480w.1a2b3c4d.jpg}: its width, then a hash of the original's bytes and the recipe, so a
 * changed photo or setting gets new names and a cached copy is never shown in its place.
 *
 * @param relPath the original's path under content/, e.g. {@code img/photo.jpg}
 * @param hash    the first 8 hex digits of the content hash
 */
public record ResponsiveImage(String relPath, String hash, Resized resized) {
    /** A file to publish: its path in the output folder and its bytes. */
    public record Output(String relPath, int width, byte[] bytes) {}

    public int width() {
        return resized.width();
    }

    public int height() {
        return resized.height();
    }

    /** The resized copies with their output paths, narrowest first. */
    public List<Output> copies() {
        List<Output> out = new ArrayList<>();
        for (Resized.Copy c : resized.copies()) out.add(new Output(copyPath(relPath, c.width(), hash), c.width(), c.bytes()));
        return out;
    }

    /** {@code img/photo.jpg}'s copy 480 pixels wide: {@code img/photo.480w.<hash>.jpg}. */
    static String copyPath(String relPath, int width, String hash) {
        int slash = relPath.lastIndexOf('/');
        int dot = relPath.lastIndexOf('.');
        String ext = dot > slash ? relPath.substring(dot).toLowerCase(Locale.ROOT) : "";
        String stem = dot > slash ? relPath.substring(0, dot) : relPath;
        return stem + "." + width + "w." + hash + ext;
    }

    /**
     * The {@code srcset} value: every copy and the original as the widest candidate, each as a URL
     * under {@code basePath} ("/" or "/guide/"); empty when there are no copies.
     */
    public String srcset(String basePath) {
        if (resized.copies().isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Output o : copies()) sb.append(url(basePath, o.relPath())).append(' ').append(o.width()).append("w, ");
        return sb.append(url(basePath, relPath)).append(' ').append(width()).append('w').toString();
    }

    /** A space or comma would split a srcset candidate: both are percent-encoded. */
    private static String url(String basePath, String relPath) {
        return basePath + relPath.replace("%", "%25").replace(" ", "%20").replace(",", "%2C");
    }
}
