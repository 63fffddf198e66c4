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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Theme files under {@code templates/assets/} are published under {@code /assets/} with a content
 * hash in their name ({@code style.css} becomes {@code style.3f2a9c1b.css}), so browsers may cache
 * them forever and still see every change. Templates find the URL in {@code site.assets["style.css"]}.
 */
public final class Assets {
    /**
     * One theme file: its name under assets/, where it is, the site path it is published at, and how
     * messages name it ({@code templates/assets/style.css}, or {@code (health theme) assets/style.css}).
     */
    public record Asset(String name, Path file, String sitePath, String origin) {}

    private Assets() {}

    /** The site's own assets (a {@code templates/assets/} folder). */
    public static List<Asset> scan(Path assetsDir) throws IOException {
        if (!Files.isDirectory(assetsDir)) return List.of();
        TreeMap<String, Asset> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(assetsDir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))::iterator) {
                String name = assetsDir.relativize(p).toString().replace('\\', '/');
                if (name.startsWith(".") || name.contains("/.")) continue;
                out.put(name, asset(name, p, "templates/assets/" + name));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The site's assets with the theme's beneath them: a theme asset is published unless the site has
     * one of the same name (site first, as for templates).
     *
     * @param theme    the theme's files by name; those under {@code assets/} are its assets
     * @param label    how messages name a theme file, e.g. {@code (health theme) assets/style.css}
     */
    public static List<Asset> overlay(List<Asset> site, Map<String, Path> theme, UnaryOperator<String> label) throws IOException {
        TreeMap<String, Asset> out = new TreeMap<>();
        for (Map.Entry<String, Path> e : theme.entrySet()) {
            if (!e.getKey().startsWith("assets/")) continue;
            String name = e.getKey().substring("assets/".length());
            if (name.startsWith(".") || name.contains("/.")) continue;
            out.put(name, asset(name, e.getValue(), label.apply(e.getKey())));
        }
        for (Asset a : site) out.put(a.name(), a);
        return List.copyOf(out.values());
    }

    private static Asset asset(String name, Path file, String origin) throws IOException {
        return new Asset(name, file, "/assets/" + fingerprinted(name, hash(Files.readAllBytes(file))), origin);
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
