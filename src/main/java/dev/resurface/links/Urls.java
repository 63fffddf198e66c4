package dev.resurface.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Pretty URLs and safe relative-path arithmetic. */
public final class Urls {
    private Urls() {}

    /**
     * Where a Markdown file is published: {@code types/co2.md} to {@code /types/co2/},
     * {@code types/_index.md} and {@code types/index.md} to {@code /types/}; {@code slug} replaces the file name.
     */
    public static String pagePath(String contentPath, Optional<String> slug) {
        int slash = contentPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : contentPath.substring(0, slash + 1);
        String name = contentPath.substring(slash + 1, contentPath.length() - 3);
        if (name.equals("_index") || name.equals("index")) {
            return "/" + dir;
        }
        return "/" + dir + slug.orElse(name) + "/";
    }

    /**
     * Resolves {@code rel} against folder {@code dir} (both relative to content/, '/'-separated).
     * Empty when the result would leave content/.
     */
    public static Optional<String> resolve(String dir, String rel) {
        Deque<String> parts = new ArrayDeque<>();
        if (!rel.startsWith("/") && !dir.isEmpty()) for (String p : dir.split("/")) parts.addLast(p);
        for (String p : rel.split("/", -1)) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** True for links that leave the site: a scheme such as https: or mailto:, or a protocol-relative //host. */
    public static boolean isExternal(String url) {
        return url.startsWith("//") || url.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Percent-decodes a path or fragment; malformed escapes are left as written. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
