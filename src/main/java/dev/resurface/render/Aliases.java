package dev.resurface.render;

import dev.resurface.diag.Problem;
import java.util.Optional;
import java.util.regex.Pattern;

/** Alias paths (old URLs that redirect to a page): validated so they cannot leave the output folder. */
public final class Aliases {
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}._~-]+");

    private Aliases() {}

    /** Why an alias is not allowed, or empty when it is fine. */
    public static Optional<Problem> problem(String alias) {
        if (!alias.startsWith("/")) return refused("alias '" + alias + "' must start with '/' (a path from the site root)");
        if (alias.equals("/")) return refused("alias '/' would replace the home page");
        for (String seg : alias.substring(1).split("/")) {
            if (seg.isEmpty() && !alias.endsWith("/")) return refused("alias '" + alias + "' has an empty path segment");
            if (seg.isEmpty()) continue;
            if (seg.equals(".") || seg.equals("..")) return refused("alias '" + alias + "' must not contain '.' or '..'");
            if (!SEGMENT.matcher(seg).matches()) return refused("alias '" + alias + "' has characters that do not belong in a URL path");
        }
        if (alias.contains("//")) return refused("alias '" + alias + "' has an empty path segment");
        return Optional.empty();
    }

    private static Optional<Problem> refused(String message) {
        return Optional.of(new Problem(message, "e.g. aliases: [/old-name/]"));
    }

    /** The file an alias is written to: {@code /old/} and {@code /old} are {@code old/index.html}; {@code /a.html} stays. */
    public static String fileOf(String alias) {
        String p = alias.substring(1);
        if (p.endsWith(".html")) return p;
        return (p.endsWith("/") ? p : p + "/") + "index.html";
    }

    /** The site path of an alias as visitors type it. */
    public static String sitePathOf(String alias) {
        return alias.endsWith(".html") || alias.endsWith("/") ? alias : alias + "/";
    }
}
