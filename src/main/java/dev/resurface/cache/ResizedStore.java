package dev.resurface.cache;

import dev.resurface.images.ImageCache;
import dev.resurface.images.Resized;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The resized copies of {@code build --cache DIR}, in {@code DIR/images/}: one checksummed file per
 * original, named by its content key (the hash of its bytes and the recipe), tied to this engine like
 * every cache file. A damaged or foreign file is a miss, so it costs time, never a wrong image.
 */
public final class ResizedStore implements ImageCache {
    private static final int FORMAT = 1;
    private final Path dir;
    private final String engine;

    private ResizedStore(Path dir, String engine) {
        this.dir = dir;
        this.engine = engine;
    }

    /** The images folder of a page store's cache folder (made by the first entry). */
    public static ResizedStore of(PageStore pages) {
        return new ResizedStore(pages.dir().resolve("images"), pages.engine());
    }

    private Path fileOf(String key) {
        return dir.resolve(key + ".img");
    }

    @Override
    public Optional<Resized> get(String key) {
        Optional<byte[]> payload = CacheFile.read(fileOf(key), FORMAT, engine);
        if (payload.isEmpty()) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload.get()))) {
            int width = in.readInt();
            int height = in.readInt();
            String format = in.readUTF();
            int n = in.readInt();
            List<Resized.Copy> copies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int w = in.readInt();
                int h = in.readInt();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                copies.add(new Resized.Copy(w, h, bytes));
            }
            return Optional.of(new Resized(width, height, format, copies));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Resized r) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeInt(r.width());
            out.writeInt(r.height());
            out.writeUTF(r.format());
            out.writeInt(r.copies().size());
            for (Resized.Copy c : r.copies()) {
                out.writeInt(c.width());
                out.writeInt(c.height());
                out.writeInt(c.bytes().length);
                out.write(c.bytes());
            }
        }
        Files.createDirectories(dir);
        CacheFile.write(fileOf(key), FORMAT, engine, body.toByteArray());
    }

    /** Removes the copies of originals that are gone or changed (and leftovers of interrupted writes). */
    @Override
    public void retainOnly(Set<String> keys) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".img") || !keys.contains(name.substring(0, name.length() - 4))) Files.deleteIfExists(p);
            }
        }
    }
}
