package dev.resurface.snippet;

import dev.resurface.cache.PageStore;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.SourceFile;
import dev.resurface.content.SourceMap;
import dev.resurface.content.TextFiles;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import dev.resurface.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every snippet of the site by name, read once per build, and the expansion of a page's body with
 * them. A snippet may start with front matter for its editors; only {@link #KEYS} are allowed there,
 * and they are not shown to readers.
 */
public final class Snippets {
    /** The folder under content/ that holds snippets (not pages: nothing in it is published). */
    public static final String DIR = ContentScanner.SNIPPETS_DIR;
    public static final List<String> KEYS = List.of("title", "description");
    public static final Snippets NONE = new Snippets(Map.of());

    private final Map<String, Snippet> byName;

    private Snippets(Map<String, Snippet> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /** Reads every snippet file; a file that cannot be read, or bad front matter, is reported at the file. */
    public static Snippets load(List<ContentScanner.Entry> files, Diagnostics diags) {
        Map<String, Snippet> out = new TreeMap<>();
        for (ContentScanner.Entry e : files) {
            String path = "content/" + e.relPath();
            byte[] bytes;
            String raw;
            try {
                bytes = Files.readAllBytes(e.file());
                raw = TextFiles.text(bytes, e.file().getFileName().toString());
            } catch (TextFiles.NotText ex) {
                diags.error(path, ex.line(), ex.col(), ex.getMessage(), ex.hint());
                continue;
            } catch (IOException ex) {
                diags.error(path, 0, 0, "cannot read: " + ex.getClass().getSimpleName(), "check the file's permissions");
                continue;
            }
            SourceFile src = SourceFile.of(path, e.relPath(), e.file(), raw);
            String name = e.relPath().substring(DIR.length() + 1, e.relPath().length() - ".md".length());
            out.put(name, new Snippet(name, src, frontMatter(src, diags), PageStore.hash(bytes)));
        }
        return new Snippets(out);
    }

    /** Checks the optional front matter; returns where the Markdown starts. */
    private static int frontMatter(SourceFile src, Diagnostics diags) {
        String t = src.text();
        if (!(t.startsWith("---\n") || t.equals("---") || t.startsWith("--- \n"))) return 0;
        List<Diagnostic> problems = new ArrayList<>();
        Optional<FrontMatterParser.Split> split = FrontMatterParser.split(src, problems);
        if (split.isEmpty()) {
            diags.addAll(problems);
            return t.length();
        }
        YamlReader.Result yaml = YamlReader.read(split.get().yaml(), src.path(), split.get().yamlFirstLine() - 1);
        problems.addAll(yaml.problems());
        yaml.root().ifPresent(root -> {
            if (root instanceof YNode.Mapping m) {
                MapReader r = new MapReader(m, src.path());
                r.rejectUnknown(KEYS, "a snippet's front matter");
                KEYS.forEach(r::string);
                problems.addAll(r.problems());
            } else if (!(root instanceof YNode.Scalar s && s.isNull())) {
                problems.add(Diagnostic.error(src.path(), root.line(), root.col(), "a snippet's front matter must be 'key: value' lines, found "
                        + YNode.describe(root), "e.g. 'title: Isotretinoin and laser treatment'"));
            }
        });
        diags.addAll(problems);
        return split.get().bodyOffset();
    }

    public Optional<Snippet> get(String name) { return Optional.ofNullable(byName.get(name)); }

    public Collection<Snippet> all() { return byName.values(); }

    public Set<String> names() { return byName.keySet(); }

    /** The hash a page's parse recorded for a snippet it read: its file's, or "" when there is none. */
    public String fingerprint(String name) {
        Snippet s = byName.get(name);
        return s == null ? "" : s.hash();
    }

    /** Whether every snippet a parse read is still the same (and every name it missed still missing). */
    public boolean unchanged(Map<String, String> read) {
        for (Map.Entry<String, String> e : read.entrySet()) if (!fingerprint(e.getKey()).equals(e.getValue())) return false;
        return true;
    }

    /** A page body with its snippets included, where each character of it was written, and what went wrong. */
    public record Expanded(String body, SourceMap map, List<Diagnostic> problems) {
        public Expanded {
            problems = List.copyOf(problems);
        }
    }

    /** Includes the snippets called in the body of {@code page} (which starts at {@code bodyOffset}). */
    public Expanded expand(SourceFile page, int bodyOffset) {
        String text = page.text();
        if (text.indexOf("{{<", bodyOffset) < 0) {
            return new Expanded(text.substring(bodyOffset), SourceMap.of(page, bodyOffset), List.of());
        }
        return new Expander(this, page, bodyOffset).run();
    }
}
