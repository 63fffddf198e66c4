package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.ParsedPage;
import dev.resurface.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a cached parse or render was computed from besides the page's own file: while a part is the
 * same, so is what was computed from it (a test edits sites at random and compares with clean
 * builds). Each part is a SHA-256; all are empty without a cache ({@link #NONE}).
 *
 * @param parseInputs   site.yml and the data files: what a parse reads besides its file (and the
 *                      snippets it includes, which each parse records for itself)
 * @param templateFiles the templates' names, sizes and times, and the theme's identity (its files'
 *                      hash: a new engine's theme invalidates the cache): read by the Markdown stage
 *                      only through shortcodes, and by every output
 * @param siteOutline   what a page's Markdown stage reads of the rest of the site: the parse
 *                      inputs, the options, every published page's path, kind, title, draft state
 *                      and anchors, the files that failed or are drafts, sections and static files
 */
record Fingerprint(String parseInputs, String templateFiles, String siteOutline) {
    static final Fingerprint NONE = new Fingerprint("", "", "");

    /** The parts known once the site is loaded (the outline comes with {@link #withOutline}); NONE for a cache that keeps nothing. */
    static Fingerprint ofInputs(PageCache cache, Path siteDir, ContentScanner.Result scan, Theme theme) throws IOException {
        if (!cache.remembers()) return NONE;
        Hasher f = new Hasher();
        f.file(siteDir.resolve(SiteConfigLoader.FILE));
        for (ContentScanner.Entry e : scan.data()) {
            f.text(e.relPath());
            f.file(e.file());
        }
        return new Fingerprint(f.done(), hashTemplates(siteDir, theme), "");
    }

    /** The templates' part: the theme's identity, and the names, sizes and times of the files in templates/. */
    private static String hashTemplates(Path siteDir, Theme theme) throws IOException {
        Hasher t = new Hasher().text(theme.identity());
        Path templates = siteDir.resolve("templates");
        if (Files.isDirectory(templates)) {
            try (Stream<Path> s = Files.walk(templates)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) t.text(templates.relativize(p).toString()).attributes(p);
            }
        }
        return t.done();
    }

    /** With the templates as they are now (serve, after a template edit). */
    Fingerprint withTemplatesNow(Path siteDir, Theme theme) throws IOException {
        if (this == NONE) return NONE;
        return new Fingerprint(parseInputs, hashTemplates(siteDir, theme), siteOutline);
    }

    /** With the site outline, once the link stage has placed every page. */
    Fingerprint withOutline(BuildOptions opts, SiteConfig config, Parsed parsed, Linked linked) throws IOException {
        if (this == NONE) return NONE;
        Hasher f = new Hasher();
        f.text(parseInputs).text(String.valueOf(opts.today())).text(String.valueOf(opts.drafts())).text(config.baseUrl());
        for (ParsedPage p : parsed.published()) {
            f.text(p.src().relPath()).text(p.path()).text(p.kind().name()).text(p.fm().title()).text(String.valueOf(p.fm().draft()));
            for (String a : p.md().anchors()) f.text(a);
        }
        parsed.broken().forEach(f::text);
        parsed.drafts().forEach(f::text);
        linked.sectionPaths().forEach((k, v) -> f.text(k).text(v));
        for (Map.Entry<String, Path> e : linked.statics().entrySet()) f.text(e.getKey()).attributes(e.getValue());
        return new Fingerprint(parseInputs, templateFiles, f.done());
    }

    /** What one page's Markdown stage depends on: the outline, and the templates too when it has shortcodes. */
    String markdownContext(boolean shortcodes) {
        return shortcodes ? siteOutline + "/" + templateFiles : siteOutline;
    }

    /**
     * What templates see besides the pages' body facets: the outline, the templates, the engine, and
     * every published page's front matter and cited sources. While it is the same, an output can only
     * change through a facet it read (build --cache). Empty without a cache.
     */
    String outputContext(List<ParsedPage> published, String generator) {
        if (this == NONE) return "";
        Hasher f = new Hasher().text(siteOutline).text(templateFiles).text(generator);
        for (ParsedPage p : published) {
            f.text(p.src().relPath()).text(p.src().text().substring(0, p.bodyOffset()));
            p.md().cited().forEach(f::text);
        }
        return f.done();
    }

    /** A SHA-256 over strings and files (or just their size and time, for big static files). */
    private static final class Hasher {
        private final MessageDigest md;

        Hasher() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Hasher text(String s) {
            md.update(s.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            return this;
        }

        Hasher file(Path p) throws IOException {
            md.update(Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            md.update((byte) 0);
            return this;
        }

        Hasher attributes(Path p) throws IOException {
            return text(FileStamp.of(p).text());
        }

        String done() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
