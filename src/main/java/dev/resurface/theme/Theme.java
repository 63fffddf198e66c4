package dev.resurface.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme built into the engine: folders of templates, assets and archetypes, looked up after the
 * site's own {@code templates/} (Hugo's order: the site first, file by file, then the theme). Every
 * theme falls back to the engine's built-in templates last, which also make the {@code minimal} theme.
 * The {@code health} theme is this repository's {@code templates/} folder, packaged into the jar.
 */
public final class Theme {
    /** Where the jar keeps the engine's plain templates (the minimal theme, and every theme's last resort). */
    public static final String BUILT_IN = "dev/resurface/templates";

    public static final Theme HEALTH = new Theme("health", List.of("dev/resurface/themes/health", BUILT_IN));
    public static final Theme MINIMAL = new Theme("minimal", List.of(BUILT_IN));
    /** The themes a site can name in {@code site.yml} ({@code theme: health}). */
    public static final List<String> NAMES = List.of(HEALTH.name, MINIMAL.name);

    private final String name;
    private final List<String> folders;
    private Map<String, Path> files;
    private String identity;

    private Theme(String name, List<String> folders) {
        this.name = name;
        this.folders = folders;
    }

    public String name() { return name; }

    /** The theme {@code site.yml} names; empty for a name that is not one of {@link #NAMES}. */
    public static Optional<Theme> named(String name) {
        return name.equals(HEALTH.name) ? Optional.of(HEALTH) : name.equals(MINIMAL.name) ? Optional.of(MINIMAL) : Optional.empty();
    }

    /**
     * A site's theme: the one {@code site.yml} names; without {@code theme:}, health for a site that has
     * no {@code templates/} folder, and minimal for one that has (its templates were written against the
     * plain built-ins, from before themes existed, and stay as they were).
     *
     * @param configured the {@code theme:} of site.yml, already checked to be one of {@link #NAMES}
     */
    public static Theme forSite(Optional<String> configured, Path siteDir) {
        if (configured.isPresent()) return named(configured.get()).orElseThrow();
        return Files.isDirectory(siteDir.resolve("templates")) ? MINIMAL : HEALTH;
    }

    /** Class-path folders for a template loader, most specific first (each starts with '/'). */
    public List<String> templateFolders() {
        return folders.stream().map(f -> "/" + f).toList();
    }

    /** Every file the theme provides, by name ({@code lib/ui.ftlh}, {@code assets/style.css}); a name in an earlier folder hides a later one. */
    public synchronized Map<String, Path> files() {
        if (files == null) {
            Map<String, Path> all = new TreeMap<>();
            for (int i = folders.size() - 1; i >= 0; i--) all.putAll(list(BuiltIn.folder(folders.get(i))));
            files = Collections.unmodifiableMap(all);
        }
        return files;
    }

    /** The theme's own files, without the built-in fallbacks every theme shares (for the minimal theme: the built-ins). */
    public Map<String, Path> ownFiles() {
        return Collections.unmodifiableMap(new TreeMap<>(list(BuiltIn.folder(folders.get(0)))));
    }

    /** One file of the theme, if it has it. */
    public Optional<Path> file(String name) {
        return Optional.ofNullable(files().get(name));
    }

    /** How a diagnostic names a file that comes from this theme: {@code (health theme) base.ftlh}, {@code (built-in) feed.xml.ftlx}. */
    public String label(String fileName) {
        boolean own = folders.size() > 1 && list(BuiltIn.folder(folders.get(0))).containsKey(fileName);
        return (own ? "(" + name + " theme) " : "(built-in template) ") + fileName;
    }

    /** A short hash of every file's name and bytes: a new theme (a new engine version) invalidates what caches computed from the old one. */
    public synchronized String identity() {
        if (identity == null) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (Map.Entry<String, Path> e : files().entrySet()) {
                    md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(Files.readAllBytes(e.getValue()));
                    md.update((byte) 0);
                }
                identity = name + ":" + HexFormat.of().formatHex(md.digest(), 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return identity;
    }

    /**
     * The file a site uses for a name: its own {@code templates/<name>} when it has one, else the theme's.
     *
     * @param templatesDir the site's templates/ folder (it may not exist)
     */
    public Optional<Path> resolve(Path templatesDir, String fileName) {
        Path own = templatesDir.resolve(fileName);
        if (Files.isRegularFile(own)) return Optional.of(own);
        return file(fileName);
    }

    private static Map<String, Path> list(Path folder) {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))::iterator) {
                out.put(folder.relativize(p).toString().replace('\\', '/'), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public String toString() { return name; }
}
