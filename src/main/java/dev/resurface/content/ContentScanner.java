package dev.resurface.content;

import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.IoMessages;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lists what is under {@code content/}: Markdown pages, data files ({@code _data/}), snippets
 * ({@code _snippets/}, included by pages, never published) and every other file (copied beside its page). Hidden and editor backup files are skipped; symbolic links are not
 * followed, so nothing outside the site is ever read.
 */
public final class ContentScanner {
    public static final String DATA_DIR = "_data";
    public static final String SNIPPETS_DIR = "_snippets";
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private ContentScanner() {}

    /** A file found under content/: {@code relPath} relative to content/ with forward slashes. */
    public record Entry(Path file, String relPath) {}

    public record Result(List<Entry> markdown, List<Entry> data, List<Entry> statics, List<Entry> snippets) {}

    public static Result scan(Path contentDir, Diagnostics diags) throws IOException {
        List<Entry> md = new ArrayList<>();
        List<Entry> data = new ArrayList<>();
        List<Entry> statics = new ArrayList<>();
        List<Entry> snippets = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) return new Result(md, data, statics, snippets);
        Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(contentDir) && skip(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (skip(name)) return FileVisitResult.CONTINUE;
                String rel = contentDir.relativize(file).toString().replace('\\', '/');
                String sitePath = "content/" + rel;
                if (attrs.isSymbolicLink()) {
                    diags.warning(sitePath, 0, 0, "symbolic link skipped", "copy the file into content/ instead");
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                for (String seg : rel.split("/")) {
                    if (!SEGMENT.matcher(seg).matches()) {
                        diags.error(sitePath, 0, 0, "file name '" + rel + "' has characters that do not belong in a URL",
                                "rename it using letters, digits, '-', '_' and '.', e.g. '" + suggest(rel) + "'");
                        return FileVisitResult.CONTINUE;
                    }
                }
                Entry e = new Entry(file, rel);
                if (rel.startsWith(DATA_DIR + "/")) {
                    if (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json")) data.add(e);
                    else diags.warning(sitePath, 0, 0, "ignored: data files must end in .yml, .yaml or .json", "");
                } else if (rel.startsWith(SNIPPETS_DIR + "/")) {
                    if (name.endsWith(".md")) snippets.add(e);
                    else diags.warning(sitePath, 0, 0, "ignored: snippets are Markdown files ending in .md, and nothing in "
                            + SNIPPETS_DIR + "/ is published", "put images and other files beside the pages that use them");
                } else if (name.endsWith(".md")) {
                    md.add(e);
                } else {
                    statics.add(e);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                diags.error("content/" + contentDir.relativize(file).toString().replace('\\', '/'), 0, 0,
                        "cannot read: " + IoMessages.reason(exc), "check the file's permissions");
                return FileVisitResult.CONTINUE;
            }
        });
        Comparator<Entry> byPath = Comparator.comparing(Entry::relPath);
        md.sort(byPath);
        data.sort(byPath);
        statics.sort(byPath);
        snippets.sort(byPath);
        return new Result(md, data, statics, snippets);
    }

    static boolean skip(String name) {
        return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"))
                || name.endsWith(".swp") || name.endsWith(".tmp");
    }

    static String suggest(String rel) {
        return rel.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._/-]+", "-");
    }
}
