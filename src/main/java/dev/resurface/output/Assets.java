package dev.resurface.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Theme files under {@code templates/assets/} are published under {@code /assets/} with a content
 * hash in their name ({@code style.css} becomes {@code style.3f2a9c1b.css}), so browsers may cache
 * them forever and still see every change. Templates find the URL in {@code site.assets["style.css"]}.
 */
public final class Assets {
    /** One theme file: its name under assets/, where it is, and the site path it is published at. */
    public record Asset(String name, Path file, String sitePath) {}

    private Assets() {}

    public static List<Asset> scan(Path assetsDir) throws IOException {
        if (!Files.isDirectory(assetsDir)) return List.of();
        TreeMap<String, Asset> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(assetsDir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))::iterator) {
                String name = assetsDir.relativize(p).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.")) continue;
                out.put(name, new Asset(name, p, "/assets/" + fingerprinted(name, hash(Files.readAllBytes(p)))));
            }
        }
        return List.copyOf(out.values());
    }

    public static Map<String, String> urls(List<Asset> assets, String basePath) {
        Map<String, String> m = new TreeMap<>();
        for (Asset a : assets) m.put(a.name(), basePath + a.sitePath().substring(1));
        return m;
    }

    static String fingerprinted(String name, String hash) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) return name + "." + hash;
        return name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    static String hash(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
