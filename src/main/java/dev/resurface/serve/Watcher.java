package dev.resurface.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Watches a site for changes: {@code site.yml}, and everything under {@code content/} and
 * {@code templates/}, including folders created, deleted or renamed later. Changes that arrive
 * together (an editor's save is often several events) are reported once, after a short quiet spell.
 * Editor scratch files ({@link #scratch}) are ignored: they neither trigger a rebuild nor appear in its log.
 */
public final class Watcher implements AutoCloseable {
    static final long QUIET_MILLIS = 20;

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();

    public Watcher(Path site) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        register(this.site);
        for (String dir : new String[] {"content", "templates"}) {
            Path d = this.site.resolve(dir);
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) registerTree(d);
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        keys.put(key, dir);
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().startsWith(".") && !dir.equals(root)) return FileVisitResult.SKIP_SUBTREE;
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether a changed path matters for the build. */
    boolean relevant(Path changed) {
        Path rel = site.relativize(changed);
        if (rel.getNameCount() == 0) return false;
        String name = changed.getFileName().toString();
        if (scratch(name, Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS))) return false;
        String top = rel.getName(0).toString();
        if (rel.getNameCount() == 1) return top.equals("site.yml") || top.equals("content") || top.equals("templates");
        return top.equals("content") || top.equals("templates");
    }

    /** GNU sed -i's temporary file: "sed" and six random letters or digits, no extension. */
    private static final Pattern SED_TEMP = Pattern.compile("sed[A-Za-z0-9]{6}");
    private static final List<String> SCRATCH_ENDINGS = List.of("~", ".swp", ".swo", ".swn", ".swx", ".tmp", "___jb_tmp___", "___jb_old___");

    /**
     * Editors' scratch files, saved beside the real one and gone a moment later: dot files (vim's
     * .x.swp, Emacs's .#x lock, LibreOffice's .~lock.x#, macOS's .DS_Store), backups ending in ~, swap
     * files, *.tmp, Emacs's #x# autosave, vim's 4913 write test, JetBrains' safe-write copies and
     * sed -i's temporary (sedESapw3; a folder of that shape is real content).
     */
    static boolean scratch(String name, boolean folder) {
        if (name.startsWith(".") || name.equals("4913")) return true;
        if (name.length() > 1 && name.startsWith("#") && name.endsWith("#")) return true;
        for (String end : SCRATCH_ENDINGS) if (name.endsWith(end)) return true;
        return !folder && SED_TEMP.matcher(name).matches();
    }

    /**
     * Blocks, calling {@code onChange} with the changed paths (relative to the site) after each burst
     * of changes, until {@link #close} is called.
     */
    public void run(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<String> changed = new TreeSet<>();
                drain(key, changed);
                // collect the rest of the burst
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) drain(more, changed);
                if (!changed.isEmpty()) onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key, Set<String> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add("(many files)");
                continue;
            }
            if (dir == null) continue;
            Path p = dir.resolve((Path) event.context());
            if (!relevant(p)) continue;
            changed.add(site.relativize(p).toString().replace('\\', '/'));
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(p); // a new (or renamed) folder: watch it and what it holds
                } catch (IOException e) {
                    changed.add(site.relativize(p) + " (cannot watch)");
                }
            }
        }
        if (!key.reset()) keys.remove(key); // its folder is gone
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
