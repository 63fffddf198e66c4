package dev.resurface.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders that a build could damage: the filesystem root, the home folder, the
 * site folder or anything containing it, content/ or templates/ (or inside them), and a non-empty
 * folder that resurface did not create (it would be replaced wholesale).
 */
public final class OutputGuard {
    /** A file resurface writes into every output folder, so it knows the folder is its own. */
    public static final String MARKER = ".resurface-output";

    private OutputGuard() {}

    public static Optional<String> check(Path site, Path output) throws IOException {
        Path out = real(output);
        Path s = real(site);
        if (out.getParent() == null) return Optional.of("output folder " + output + " is the filesystem root");
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && out.equals(real(Path.of(home)))) {
            return Optional.of("output folder " + output + " is your home folder");
        }
        if (s.startsWith(out)) return Optional.of("output folder " + output + " is or contains the site folder");
        for (String inner : new String[] {"content", "templates"}) {
            Path p = real(site.resolve(inner));
            if (out.startsWith(p) || p.startsWith(out)) {
                return Optional.of("output folder " + output + " overlaps " + inner + "/");
            }
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(output)) return Optional.of("output folder " + output + " is a symbolic link");
            if (!Files.isDirectory(output)) return Optional.of("output path " + output + " exists and is not a folder");
            if (!Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
                return Optional.of("output folder " + output + " is not empty and was not made by resurface");
            }
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The real path of the longest existing prefix, plus the rest: works for folders not yet created. */
    static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return abs;
        Path r = existing.toRealPath();
        return rest == null ? r : r.resolve(rest);
    }
}
