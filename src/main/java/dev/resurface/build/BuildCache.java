package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one build can lend the next in the same process (serve): each Markdown file's parse, and each
 * page's rendered Markdown, with the problems found on the way. A parse is reused while the file
 * (size, modification time, file identity), everything parsing reads (site.yml and the data
 * files) and the snippets the page includes are unchanged; a rendered page while its parse is reused and nothing a page's links, lint or
 * shortcodes can see has changed (every page's path, title, draft state and anchors, the static
 * files, the templates, the options). Anything else is recomputed, so a build with a cache gives
 * exactly what a build without one would (a test edits a site at random and compares).
 */
public final class BuildCache {
    /** @param snippets the snippets the parse read (name → hash), kept when it failed too */
    record Parsed(FileStamp stamp, String context, Optional<ParsedPage> page, List<Diagnostic> problems, Map<String, String> snippets) {}

    record Rendered(ParsedPage source, String context, Page page, List<Diagnostic> problems, String searchText) {}

    final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    final AtomicInteger parseHits = new AtomicInteger();
    final AtomicInteger renderHits = new AtomicInteger();
    /** The last build's state, when it succeeded in memory: what a quick rebuild starts from. */
    volatile QuickRebuild.State last;

    /** Pages whose parse, and whose rendered Markdown, the last build reused. */
    public record Reuse(int parsed, int rendered) {}

    public Reuse lastReuse() {
        return new Reuse(parseHits.get(), renderHits.get());
    }

    /** What a quick rebuild reused: every other Markdown file's parse and every other page's render. */
    void quickReuse(int parses, int renders) {
        parseHits.set(parses);
        renderHits.set(renders);
    }

    void startBuild() {
        last = null;
        parseHits.set(0);
        renderHits.set(0);
    }

    /** A fingerprint of everything a parse reads besides the file itself: site.yml and the data files. */
    static String parseContext(Path siteDir, ContentScanner.Result scan) throws IOException {
        Fingerprint f = new Fingerprint();
        f.file(siteDir.resolve(SiteConfigLoader.FILE));
        for (ContentScanner.Entry e : scan.data()) {
            f.text(e.relPath());
            f.file(e.file());
        }
        return f.done();
    }

    /** A fingerprint of everything a page's Markdown stage reads besides its own parse (see {@link BuildCache}). */
    static String renderContext(String parseContext, BuildOptions opts, List<ParsedPage> published, Set<String> broken, Set<String> drafts,
                                Map<String, Path> statics, Map<String, String> sectionPaths, SiteConfig config) throws IOException {
        Fingerprint f = new Fingerprint();
        f.text(parseContext).text(String.valueOf(opts.today())).text(String.valueOf(opts.drafts())).text(config.baseUrl());
        for (ParsedPage p : published) {
            f.text(p.src().relPath()).text(p.path()).text(p.kind().name()).text(p.fm().title()).text(String.valueOf(p.fm().draft()));
            for (String a : p.md().anchors()) f.text(a);
        }
        broken.forEach(f::text);
        drafts.forEach(f::text);
        sectionPaths.forEach((k, v) -> f.text(k).text(v));
        for (Map.Entry<String, Path> e : statics.entrySet()) f.text(e.getKey()).attributes(e.getValue());
        return f.done();
    }

    /** The context a page's rendered Markdown depends on: the templates too when it has shortcodes. */
    static String pageContext(boolean shortcodes, String renderContext, String templatesContext) {
        return shortcodes ? renderContext + "/" + templatesContext : renderContext;
    }

    /** A fingerprint of the templates (names, sizes, times), for pages whose shortcodes render them. */
    static String templatesContext(Path siteDir) throws IOException {
        Fingerprint f = new Fingerprint();
        Path templates = siteDir.resolve("templates");
        if (Files.isDirectory(templates)) {
            try (java.util.stream.Stream<Path> s = Files.walk(templates)) {
                for (Path t : s.filter(Files::isRegularFile).sorted().toList()) f.text(templates.relativize(t).toString()).attributes(t);
            }
        }
        return f.done();
    }

    /** A SHA-256 over strings and files (or just their size and time, for big static files). */
    static final class Fingerprint {
        private final java.security.MessageDigest md;

        Fingerprint() {
            try {
                md = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Fingerprint text(String s) {
            md.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            return this;
        }

        Fingerprint file(Path p) throws IOException {
            md.update(Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            md.update((byte) 0);
            return this;
        }

        Fingerprint attributes(Path p) throws IOException {
            return text(FileStamp.of(p).text());
        }

        String done() {
            return java.util.HexFormat.of().formatHex(md.digest());
        }
    }
}
