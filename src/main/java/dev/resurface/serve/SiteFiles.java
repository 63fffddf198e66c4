package dev.resurface.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files a server publishes, by site-relative name ({@code types/co2/index.html}): a built folder
 * on disk, or a build kept in memory by {@code serve}. Names reaching here are already checked
 * (no {@code ..}, NUL or backslash); a folder source also refuses symbolic links.
 */
public interface SiteFiles {
    /** The bytes of a file, if there is a file of that name. */
    Optional<byte[]> read(String rel) throws IOException;

    /** Whether the name is a folder (so {@code /a} redirects to {@code /a/}). */
    boolean isFolder(String rel);

    /** A built folder on disk. */
    static SiteFiles folder(Path dir) throws IOException {
        Path root = dir.toRealPath();
        return new SiteFiles() {
            private Optional<Path> resolve(String rel) {
                Path p = root;
                for (String part : rel.split("/")) {
                    if (part.isEmpty()) continue;
                    p = p.resolve(part);
                    if (Files.isSymbolicLink(p)) return Optional.empty();
                }
                return p.normalize().startsWith(root) ? Optional.of(p) : Optional.empty();
            }

            @Override
            public Optional<byte[]> read(String rel) throws IOException {
                Optional<Path> p = resolve(rel);
                if (p.isEmpty() || !Files.isRegularFile(p.get(), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
                return Optional.of(Files.readAllBytes(p.get()));
            }

            @Override
            public boolean isFolder(String rel) {
                return resolve(rel).map(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).orElse(false);
            }
        };
    }

    /** A site held in memory (an immutable map from name to bytes). */
    static SiteFiles memory(Map<String, byte[]> files) {
        return new SiteFiles() {
            @Override
            public Optional<byte[]> read(String rel) {
                return Optional.ofNullable(files.get(rel));
            }

            @Override
            public boolean isFolder(String rel) {
                return !rel.isEmpty() && files.containsKey(rel + "/index.html");
            }
        };
    }
}
