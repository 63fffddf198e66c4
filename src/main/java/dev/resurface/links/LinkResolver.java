package dev.resurface.links;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.SourceMap;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import dev.resurface.diag.Problem;
import dev.resurface.images.ResponsiveImage;
import dev.resurface.images.ResponsiveImages;
import dev.resurface.markdown.LinkUse;
import dev.resurface.markdown.MarkdownEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every link, anchor and image of a page against the site and rewrites it to the
 * published URL: {@code ../types/co2.md#risks} becomes {@code /types/co2/#risks}. A target that
 * does not exist is an error at the link's line and column, with a "did you mean" hint.
 */
public final class LinkResolver {
    private final LinkTargets targets;
    private final ImageSizes images;
    private final ResponsiveImages responsive;

    public LinkResolver(LinkTargets targets, ImageSizes images) {
        this(targets, images, ResponsiveImages.NONE);
    }

    /** @param responsive the site's JPEGs and PNGs, each with its resized copies or the reason it cannot be used */
    public LinkResolver(LinkTargets targets, ImageSizes images, ResponsiveImages responsive) {
        this.targets = targets;
        this.images = images;
        this.responsive = responsive;
    }

    /** What a written link points at, once resolved. */
    public record Target(String sitePath, Optional<ParsedPage> page, Optional<Path> file) {}

    /** Rewrites the page's links in its document; returns the problems found. */
    public List<Diagnostic> resolve(ParsedPage page) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<Node, Map<String, String>> attrs = MarkdownEngine.NODE_ATTRIBUTES.get(page.md().document());
        boolean[] photoSeen = {false};
        for (LinkUse use : page.md().links()) {
            At pos = new At(page, use.offset());
            String url = use.url().trim();
            if (url.isEmpty()) {
                if (use.kind() != LinkUse.Kind.REFERENCE) {
                    problems.add(err(page, pos, "empty link target", "write the target between the parentheses, e.g. [text](other.md)"));
                }
                continue;
            }
            if (Urls.isExternal(url)) {
                String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
                if (scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data") && use.kind() != LinkUse.Kind.IMAGE
                        || scheme.equals("file")) {
                    problems.add(err(page, pos, "'" + scheme + ":' links are not allowed", "link to a page or an https:// address"));
                } else if (scheme.length() == 1) { // C:\... or C:/...: a Windows path, which no browser can follow
                    problems.add(err(page, pos, "link target '" + url + "' is a path on your computer, not a web address",
                            "link to the page's .md file relative to this one, e.g. [text](other.md)"));
                }
                continue;
            }
            if (use.kind() == LinkUse.Kind.RAW_HTML) {
                checkRaw(page, url, pos, problems);
                continue;
            }
            boolean image = use.kind() == LinkUse.Kind.IMAGE;
            Optional<String> rewritten = rewrite(page, url, image, pos, problems, image ? attrs : null, use.node(), photoSeen);
            rewritten.ifPresent(u -> setUrl(use.node(), u));
        }
        return problems;
    }

    private Optional<String> rewrite(ParsedPage page, String url, boolean image, At pos, List<Diagnostic> problems,
                                     Map<Node, Map<String, String>> attrs, Node node, boolean[] photoSeen) {
        String fragment = "";
        String query = "";
        String path = url;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q);
            path = path.substring(0, q);
        }
        if (path.isEmpty()) {
            if (!query.isEmpty()) return Optional.empty();
            checkAnchor(page, page, fragment, url, pos, problems);
            return Optional.empty();
        }
        String decoded = Urls.decode(path);
        if (decoded.indexOf('\0') >= 0 || decoded.contains("\\")) {
            problems.add(err(page, pos, "link target '" + url + "' contains a backslash or NUL character", "use '/' between folders"));
            return Optional.empty();
        }
        String noun = image ? "image" : "link target";
        // a relative link starts from the file it is written in: the page, or the snippet it includes
        Optional<Target> target = decoded.startsWith("/") ? siteAbsolute(page, noun, url, decoded, pos, problems)
                : relative(page, noun, pos.dir(), url, decoded, pos, problems);
        if (target.isEmpty()) return Optional.empty();
        Target t = target.get();
        if (image) {
            if (t.file().isEmpty()) {
                problems.add(err(page, pos, "image '" + url + "' is a page, not an image file", "point it at an image file such as img/diagram.svg"));
                return Optional.empty();
            }
            String rel = t.sitePath().substring(1);
            Optional<Problem> unusable = responsive.problem(rel);
            if (unusable.isPresent()) {
                problems.add(err(page, pos, "image '" + url + "' " + unusable.get().message(), unusable.get().hint()));
                return Optional.empty();
            }
            Map<String, String> a = new LinkedHashMap<>();
            Optional<ResponsiveImage> photo = responsive.image(rel);
            if (photo.isPresent()) {
                a.putAll(responsiveAttributes(photo.get(), !photoSeen[0]));
                photoSeen[0] = true;
            } else {
                images.of(t.file().get()).ifPresentOrElse(s -> {
                    a.put("width", Integer.toString(s.width()));
                    a.put("height", Integer.toString(s.height()));
                }, () -> problems.add(pos.where().warning(
                        "cannot read the size of image '" + url + "'", "use PNG, JPEG, GIF, WebP or an SVG with width/height or viewBox")));
                a.put("loading", "lazy");
            }
            a.put("decoding", "async");
            attrs.computeIfAbsent(node, k -> new LinkedHashMap<>()).putAll(a); // keeps alt="" of a decorative image
            if (node instanceof Image img && img.getText().isBlank()) {
                problems.add(pos.where().warning("image '" + url + "' has no alt text",
                        "describe it: ![what the image shows](" + url + "), or, if it adds nothing a reader needs, mark it decorative: ![\"\"](" + url + ")"));
            }
        }
        if (!fragment.isEmpty() || url.endsWith("#")) {
            if (t.page().isPresent()) {
                checkAnchor(page, t.page().get(), fragment, url, pos, problems);
            }
        }
        return Optional.of(targets.basePath() + t.sitePath().substring(1) + query + (hash >= 0 ? "#" + fragment : ""));
    }

    /**
     * A JPEG's or PNG's size as shown, and its resized copies for the browser to choose from. The
     * page's first such image is loaded at once, not lazily: it is usually the lead picture near the
     * top, the largest thing on screen, and lazy loading would hold it back until layout.
     */
    private Map<String, String> responsiveAttributes(ResponsiveImage photo, boolean first) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("width", Integer.toString(photo.width()));
        a.put("height", Integer.toString(photo.height()));
        String srcset = photo.srcset(targets.basePath());
        if (!srcset.isEmpty()) {
            a.put("srcset", srcset);
            a.put("sizes", responsive.sizes());
        }
        if (!first) a.put("loading", "lazy");
        return a;
    }

    /**
     * A link inside raw HTML is published exactly as written, so it must already be a site URL:
     * {@code #anchor} or {@code /path/}. A relative path there would break on pretty URLs.
     */
    private void checkRaw(ParsedPage page, String url, At pos, List<Diagnostic> problems) {
        if (url.startsWith("#")) {
            checkAnchor(page, page, Urls.decode(url.substring(1)), url, pos, problems);
            return;
        }
        if (!url.startsWith("/")) {
            problems.add(pos.where().warning("link '" + url + "' in raw HTML is not checked or rewritten",
                    "use Markdown syntax, [text](page.md), or a site path starting with '/'"));
            return;
        }
        String path = Urls.decode(url.replaceAll("[?#].*$", ""));
        String base = targets.basePath();
        if (!base.equals("/") && path.startsWith(base)) path = path.substring(base.length() - 1);
        if (!targets.sitePaths().contains(path) && !targets.sitePaths().contains(path + "/")) {
            problems.add(err(page, pos, "link target '" + url + "' in raw HTML does not exist on this site",
                    Hints.closest(path, targets.sitePaths()).map(s -> "did you mean '" + s + "'?").orElse("")));
        } else if (!base.equals("/") && !url.startsWith(base)) {
            problems.add(pos.where().warning("link '" + url + "' in raw HTML lacks the base path " + base,
                    "it will break when the site is published under " + base + "; use Markdown syntax instead"));
        }
    }

    private Optional<Target> siteAbsolute(ParsedPage page, String noun, String url, String decoded, At pos, List<Diagnostic> problems) {
        if (decoded.endsWith(".md")) {
            return relative(page, noun, "", url, decoded.substring(1), pos, problems);
        }
        String p = decoded;
        if (targets.sitePaths().contains(p)) return Optional.of(target(p));
        if (!p.endsWith("/") && targets.sitePaths().contains(p + "/")) return Optional.of(target(p + "/"));
        if (p.contains("..")) {
            problems.add(err(page, pos, "link target '" + url + "' contains '..' in a site path", "write the path from the site root, without '..'"));
            return Optional.empty();
        }
        problems.add(err(page, pos, noun + " '" + url + "' does not exist on this site",
                Hints.closest(p, targets.sitePaths()).map(s -> "did you mean '" + s + "'?")
                        .orElse("link to the Markdown file instead, e.g. [text](page.md)")));
        return Optional.empty();
    }

    private Target target(String sitePath) {
        Optional<ParsedPage> page = Optional.ofNullable(targets.byPath().get(sitePath));
        Optional<Path> file = page.isPresent() || sitePath.endsWith("/") ? Optional.empty()
                : Optional.ofNullable(targets.statics().get(sitePath.substring(1)));
        return new Target(sitePath, page, file);
    }

    /** Resolves a path written relative to folder {@code dir} of content/. */
    private Optional<Target> relative(ParsedPage page, String noun, String dir, String url, String decoded, At pos, List<Diagnostic> problems) {
        Optional<String> resolved = Urls.resolve(dir, decoded);
        if (resolved.isEmpty()) {
            problems.add(err(page, pos, noun + " '" + url + "' points outside content/", "remove a '../'"));
            return Optional.empty();
        }
        String r = resolved.get();
        ParsedPage p = targets.pages().get(r);
        if (p != null) return Optional.of(new Target(p.path(), Optional.of(p), Optional.empty()));
        if (decoded.endsWith(".md")) {
            if (targets.broken().contains(r)) return Optional.empty(); // its own error says why
            if (targets.drafts().contains(r)) {
                problems.add(err(page, pos, "link target '" + url + "' is a draft and is not published", "publish it (draft: false) or remove the link; build with --drafts to preview"));
                return Optional.empty();
            }
            String hint = Hints.closest(r, targets.pages().keySet()).map(s -> "did you mean '" + relativize(dir, s) + "'?").orElse(NOT_FOUND_HINT);
            problems.add(err(page, pos, noun + " '" + url + "' does not exist", hint));
            return Optional.empty();
        }
        Path file = targets.statics().get(r);
        if (file != null) return Optional.of(new Target("/" + r, Optional.empty(), Optional.of(file)));
        String asDir = r.isEmpty() ? "" : r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
        if (targets.sections().containsKey(asDir)) {
            String idx = asDir.isEmpty() ? "_index.md" : asDir + "/_index.md";
            ParsedPage sp = targets.pages().get(idx);
            return Optional.of(new Target(targets.sections().get(asDir), Optional.ofNullable(sp), Optional.empty()));
        }
        String folder = asDir + "/";
        if (targets.statics().keySet().stream().anyMatch(k -> k.startsWith(folder))
                || targets.pages().keySet().stream().anyMatch(k -> k.startsWith(folder))) {
            problems.add(err(page, pos, noun + " '" + url + "' is a folder, not a page", "link to a file in it, or add " + folder + "_index.md"));
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(targets.pages().keySet());
        candidates.addAll(targets.statics().keySet());
        String hint = Hints.closest(r, candidates).map(s -> "did you mean '" + relativize(dir, s) + "'?")
                .orElse(decoded.endsWith("/") ? "link to the Markdown file, e.g. '" + decoded.replaceAll("/$", "") + ".md'" : NOT_FOUND_HINT);
        problems.add(err(page, pos, noun + " '" + url + "' does not exist", hint));
        return Optional.empty();
    }

    private void checkAnchor(ParsedPage from, ParsedPage to, String fragment, String url, At pos, List<Diagnostic> problems) {
        String id = Urls.decode(fragment);
        if (id.isEmpty()) {
            problems.add(err(from, pos, "link '" + url + "' has an empty anchor", "remove the '#' or name a heading"));
            return;
        }
        if (to.md().anchors().contains(id)) return;
        String where = to == from ? "this page" : to.src().relPath();
        String hint = Hints.closest(id, to.md().anchors()).map(s -> "did you mean '#" + s + "'?")
                .orElse(to.md().anchors().isEmpty() ? (to == from ? "this page has no headings" : "that page has no headings") : "anchors are made from headings: '## Risks' is #risks");
        problems.add(err(from, pos, "anchor '#" + id + "' does not exist in " + where, hint));
    }

    /** Whether a written page reference names a page that failed to parse (its own error already says why). */
    public boolean namesBrokenPage(String dir, String written) {
        return contentPath(dir, written).map(targets.broken()::contains).orElse(false);
    }

    /** The content path a page reference (relative to {@code dir}, or from the site root with '/') names, without its #fragment. */
    private static Optional<String> contentPath(String dir, String written) {
        if (Urls.isExternal(written)) return Optional.empty();
        String w = written.startsWith("/") ? written.substring(1) : written;
        String d = written.startsWith("/") ? "" : dir;
        int hash = w.indexOf('#');
        if (hash >= 0) w = w.substring(0, hash);
        return Urls.resolve(d, Urls.decode(w));
    }

    /**
     * Resolves a page named in front matter or a menu (relative to {@code dir}) to its site path;
     * a folder's {@code _index.md} counts even when the engine made the section page up.
     */
    public Optional<String> page(String dir, String written) {
        return contentPath(dir, written).flatMap(r -> {
            ParsedPage p = targets.pages().get(r);
            if (p != null) return Optional.of(p.path());
            if (r.equals("_index.md") || r.endsWith("/_index.md")) {
                String folder = r.equals("_index.md") ? "" : r.substring(0, r.length() - "/_index.md".length());
                return Optional.ofNullable(targets.sections().get(folder));
            }
            return Optional.empty();
        });
    }

    /** A "did you mean" hint for a page name that did not resolve. */
    public String pageHint(String dir, String written) {
        String w = written.startsWith("/") ? written.substring(1) : written;
        List<String> candidates = new ArrayList<>(targets.pages().keySet());
        targets.sections().keySet().forEach(k -> candidates.add(k.isEmpty() ? "_index.md" : k + "/_index.md"));
        return Urls.resolve(written.startsWith("/") ? "" : dir, w)
                .flatMap(r -> Hints.closest(r, candidates))
                .map(s -> "did you mean '" + relativize(written.startsWith("/") ? "" : dir, s) + "'?").orElse("");
    }

    static String relativize(String fromDir, String to) {
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String[] t = to.split("/");
        int common = 0;
        while (common < from.length && common < t.length - 1 && from[common].equals(t[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) sb.append("../");
        for (int i = common; i < t.length; i++) sb.append(t[i]).append(i + 1 < t.length ? "/" : "");
        return sb.toString();
    }

    private static void setUrl(Node node, String url) {
        BasedSequence seq = BasedSequence.of(url);
        if (node instanceof Link l) l.setUrl(seq);
        else if (node instanceof Image i) i.setUrl(seq);
        else if (node instanceof Reference r) r.setUrl(seq);
    }

    /** When no file has a similar name: the usual cause. */
    private static final String NOT_FOUND_HINT = "a relative target starts from this page's folder; one starting with '/' from content/";

    /** A link's position, worked out only when a problem is reported: most links have none, and most pages then need no line index. */
    private static final class At {
        private final ParsedPage page;
        private final int offset;
        private SourceMap.Where where;

        At(ParsedPage page, int offset) {
            this.page = page;
            this.offset = offset;
        }

        SourceMap.Where where() {
            if (where == null) where = page.at(offset);
            return where;
        }

        /** The folder of the file the link is written in. */
        String dir() { return page.dirAt(offset); }
    }

    private static Diagnostic err(ParsedPage page, At pos, String msg, String hint) {
        return pos.where().error(msg, hint);
    }
}
