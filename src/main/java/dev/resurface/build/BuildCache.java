package dev.resurface.build;

import dev.resurface.cards.PictureStore;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.images.ImageCache;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * serve's {@link PageCache}: what one build lends the next in the same process: each Markdown file's
 * parse, and each page's rendered Markdown, with the problems found on the way. A parse is reused
 * while the file (size, modification time, file identity), the {@link Fingerprint#parseInputs} and
 * the snippets the page includes are unchanged; a rendered page while its parse is reused and its
 * {@link Fingerprint#markdownContext} is unchanged. Anything else is recomputed, so a build with a
 * cache gives exactly what a build without one would (a test edits a site at random and compares).
 * Builds that share one must run one at a time (serve's are).
 */
public final class BuildCache implements PageCache {
    /** @param snippets the snippets the parse read (name → hash), kept when it failed too */
    private record Parsed(FileStamp stamp, String parseInputs, Optional<ParsedPage> page, List<Diagnostic> problems, Map<String, String> snippets) {}

    /** @param templates the templates its shortcodes loaded */
    private record Rendered(ParsedPage source, String markdownContext, Page page, List<Diagnostic> problems, String searchText, Set<String> templates) {}

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    private final AtomicInteger parseHits = new AtomicInteger();
    private final AtomicInteger renderHits = new AtomicInteger();
    /** Resized images, by content: a rebuild resizes only new or changed originals. */
    private final ImageCache resized = ImageCache.inMemory();
    /** Cards and icons drawn by earlier builds of this serve. */
    private final PictureStore pictures = PictureStore.memory();
    /** The last build's state, when it succeeded in memory: what a quick rebuild starts from. */
    private volatile LastBuild last;

    /** Pages whose parse, and whose rendered Markdown, the last build reused. */
    public record Reuse(int parsed, int rendered) {}

    public Reuse lastReuse() {
        return new Reuse(parseHits.get(), renderHits.get());
    }

    @Override
    public PictureStore pictures() {
        return pictures;
    }

    /** A new build starts: the last one's state is forgotten until this one succeeds. */
    @Override
    public void begin() {
        last = null;
        parseHits.set(0);
        renderHits.set(0);
    }

    @Override
    public ImageCache resized() {
        return resized;
    }

    /** What the last successful in-memory build left, or null. */
    LastBuild last() {
        return last;
    }

    /** What a quick rebuild made: the new state, and how many parses and renders it reused. */
    void quickRebuilt(LastBuild state, int parses, int renders) {
        last = state;
        parseHits.set(parses);
        renderHits.set(renders);
    }

    /** The page a file's last parse gave, if it gave one and was rendered from that same parse. */
    Optional<ParsedPage> renderedParse(String relPath) {
        Parsed p = parsed.get(relPath);
        Rendered r = rendered.get(relPath);
        if (p == null || p.page().isEmpty() || r == null || r.source() != p.page().get()) return Optional.empty();
        return p.page();
    }

    /** The problems the last parse and render of a file found. */
    List<Diagnostic> problems(String relPath) {
        List<Diagnostic> all = new ArrayList<>(parsed.get(relPath).problems());
        all.addAll(rendered.get(relPath).problems());
        return all;
    }

    @Override
    public boolean remembers() {
        return true;
    }

    @Override
    public Optional<ParsedPage> parse(ContentScanner.Entry e, ParseStage stage, Fingerprint fp, Diagnostics diags) {
        FileStamp stamp;
        try {
            stamp = FileStamp.of(e.file());
        } catch (IOException ex) {
            return stage.parse(e, diags);
        }
        Parsed old = parsed.get(e.relPath());
        if (old != null && old.stamp().equals(stamp) && old.parseInputs().equals(fp.parseInputs()) && stage.snippets().unchanged(old.snippets())) {
            parseHits.incrementAndGet();
            diags.addAll(old.problems());
            return old.page();
        }
        Diagnostics local = new Diagnostics();
        ParseStage.Outcome outcome = stage.parseRecordingSnippets(e, local);
        diags.addAll(local.all());
        parsed.put(e.relPath(), new Parsed(stamp, fp.parseInputs(), outcome.page(), local.all(), outcome.snippets()));
        return outcome.page();
    }

    @Override
    public Page render(ParsedPage p, MarkdownStage stage, ParseStage parser, Fingerprint fp, Diagnostics diags, Map<String, String> searchTexts) {
        String context = fp.markdownContext(!p.md().shortcodes().isEmpty());
        Rendered old = rendered.get(p.src().relPath());
        if (old != null && old.source() == p && old.markdownContext().equals(context)) {
            renderHits.incrementAndGet();
            diags.addAll(old.problems());
            if (old.searchText() != null && stage.search().enabled()) searchTexts.put(p.path(), old.searchText());
            return old.page();
        }
        Diagnostics pageDiags = new Diagnostics();
        Set<String> templates = new HashSet<>();
        Page done = stage.shortcodes().templates().recording(templates, () -> stage.render(p, pageDiags, searchTexts));
        diags.addAll(pageDiags.all());
        rendered.put(p.src().relPath(), new Rendered(p, context, done, pageDiags.all(), searchTexts.get(p.path()), Set.copyOf(templates)));
        return done;
    }

    /** The templates the shortcodes of a page's last Markdown render loaded (none without shortcodes); empty if it has no render. */
    Optional<Set<String>> markdownTemplates(String relPath) {
        Rendered r = rendered.get(relPath);
        return r == null ? Optional.empty() : Optional.of(r.templates());
    }

    /**
     * A page's rendered Markdown, computed in context {@code from}, also holds in context {@code to}
     * (a template edit its shortcodes did not load): later builds reuse it.
     */
    void carry(String relPath, String from, String to) {
        rendered.computeIfPresent(relPath, (k, r) -> r.markdownContext().equals(from)
                ? new Rendered(r.source(), to, r.page(), r.problems(), r.searchText(), r.templates()) : r);
    }

    @Override
    public boolean quickRebuilds() {
        return true;
    }

    @Override
    public void keepForQuickRebuild(Supplier<LastBuild> state) {
        last = state.get();
    }
}
