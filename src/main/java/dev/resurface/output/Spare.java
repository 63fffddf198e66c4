package dev.resurface.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A staging folder made from an earlier site of ours (the one the last swap replaced, or a failed build's
 * staging folder) instead of an empty one. Most of its files are hard links to the files of the output
 * folder in place, because the build that made that output linked every file it did not render again:
 * such a file, kept again, costs one look instead of a new folder, a new link and, after the swap, the
 * deletion of the old one. The rule that keeps this safe: a file of the spare is never written in place
 * (it may share its bytes with the published site); it is kept only when it is the very same file as the
 * output's, and otherwise removed before the new one is written. What this build does not produce is
 * removed before the swap, so the result is exactly what an empty staging folder would have held.
 */
final class Spare {
    /** Files of the spare not yet claimed by this build: relative path → file identity. */
    private final Map<String, Object> files = new ConcurrentHashMap<>();
    private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
    private final Path root;

    private Spare(Path root) {
        this.root = root;
    }

    /** Lists what the folder holds (it is ours and nobody else writes it while the lock is held). */
    static Spare of(Path root) throws IOException {
        Spare s = new Spare(root);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                s.dirs.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // a symbolic link or anything else that is not a plain file is never kept
                s.files.put(s.rel(file), attrs.isRegularFile() ? Objects.requireNonNullElse(attrs.fileKey(), file) : new Object());
                return FileVisitResult.CONTINUE;
            }
        });
        return s;
    }

    /** A path as the build names outputs: relative to the root, with forward slashes on any system. */
    private String rel(Path p) {
        return root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    /** Whether {@code dir} was already in the spare (the staging folder need not make it). */
    boolean hasDir(Path dir) {
        return dirs.contains(dir);
    }

    /** Keeps the spare's {@code rel} if it is the very file {@code published} is; true if kept. */
    boolean keep(String rel, Path published) {
        Object mine = files.get(rel);
        if (mine == null) return false;
        try {
            Object theirs = Files.readAttributes(published, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (theirs == null || !theirs.equals(mine)) return false;
        } catch (IOException e) {
            return false;
        }
        files.remove(rel);
        return true;
    }

    /** Makes room for a new {@code rel} at {@code p}: the spare's file there goes (it may be a published file's twin). */
    void clear(String rel, Path p) throws IOException {
        if (files.remove(rel) != null) {
            deleteTree(p);
        } else if (dirs.remove(p)) { // a folder where the new file goes
            files.keySet().removeIf(k -> k.startsWith(rel + "/"));
            dirs.removeIf(d -> d.startsWith(p));
            deleteTree(p);
        }
    }

    /** Makes {@code dir} a folder: whatever the spare has in its way (a file where a folder must be) goes. */
    void makeDir(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            if (Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                files.remove(rel(d));
                Files.delete(d);
            }
        }
        Files.createDirectories(dir);
    }

    /**
     * Removes what this build did not produce: the files nobody claimed, then the folders that hold
     * nothing this build made (deepest first).
     */
    void removeRest(Set<Path> madeDirs) throws IOException {
        for (String rel : List.copyOf(files.keySet())) deleteTree(root.resolve(rel));
        files.clear();
        Set<Path> used = new HashSet<>();
        for (Path d : madeDirs) {
            for (Path a = d; a != null && a.startsWith(root) && used.add(a); a = a.getParent()) {
                // every folder up to the root holds something this build made
            }
        }
        List<Path> unused = new ArrayList<>();
        for (Path d : dirs) if (!used.contains(d) && !d.equals(root)) unused.add(d);
        unused.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path d : unused) deleteTree(d);
    }

    private static void deleteTree(Path p) throws IOException {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Trash.delete(p);
            else Files.delete(p);
        } catch (NoSuchFileException gone) {
            // already removed with its folder
        }
    }
}
