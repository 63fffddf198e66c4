package dev.resurface.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The engine's own resources as a folder that can be listed: the classes folder when run from a build
 * tree, or the inside of the jar. Themes are listed (for eject, assets and their identity), which a
 * class loader cannot do, so they are read through this file system instead.
 */
final class BuiltIn {
    private BuiltIn() {}

    /** Opened once per process: the jar stays open as long as the engine runs (as the class loader keeps it). */
    private static final class Holder {
        static final Path ROOT = locate();
    }

    /** The resource folder {@code dev/resurface/...} as a path (it may not exist). */
    static Path folder(String resourceFolder) {
        return Holder.ROOT.resolve(resourceFolder);
    }

    private static Path locate() {
        CodeSource source = BuiltIn.class.getProtectionDomain().getCodeSource();
        if (source == null) throw new IllegalStateException("cannot find the engine's own files (no code source)");
        try {
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(where)) return where;
            FileSystem jar = FileSystems.newFileSystem(where, (ClassLoader) null);
            return jar.getPath("/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the engine's own files: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
