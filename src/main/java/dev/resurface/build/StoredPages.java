package dev.resurface.build;

import dev.resurface.cache.OutputRecord;
import dev.resurface.cache.PageStore;
import dev.resurface.cache.PictureFiles;
import dev.resurface.cache.ResizedStore;
import dev.resurface.cards.PictureStore;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.Html;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.IoMessages;
import dev.resurface.images.ImageCache;
import dev.resurface.markdown.ParsedMarkdown;
import dev.resurface.render.Facet;
import dev.resurface.render.SiteRenderer;
import dev.resurface.util.Counts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One build's use of the persistent cache ({@link PageStore}). In the parse stage a file whose bytes
 * the cache knows (and whose snippets are unchanged) gets only its front matter parsed, with the rest of its parse taken from the cache
 * (its anchors, table of contents, words, summary, cited sources). In the Markdown stage such a page
 * takes its rendered HTML and trust figures from the cache too, if it was rendered in the same site
 * context; otherwise it is parsed and rendered in full. After a successful build the new entries are
 * written and those of deleted files removed.
 */
final class StoredPages implements PageCache {
    private final PageStore store;
    private final Map<String, PageStore.Entry> known = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, String> stats = new ConcurrentHashMap<>();
    /** For each file parsed: how many of its first bytes hold its front matter ({@link PageStore.Stamp#headBytes}). */
    private final Map<String, Integer> heads = new ConcurrentHashMap<>();
    private final Map<String, ContentScanner.Entry> files = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Fresh> fresh = new ConcurrentLinkedQueue<>();
    /** Entries of files whose bytes changed: what their outputs showed last time. */
    private final Map<String, PageStore.Entry> previous = new ConcurrentHashMap<>();
    /** Facet keys ({@link Facet#key}) of pages that may show differently than in the last build. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger parsesSkipped = new AtomicInteger();
    private final AtomicInteger rendersSkipped = new AtomicInteger();

    /** The last build's output record, when this build's outputs may be kept from it. */
    private volatile OutputRecord lastRecord;
    private final PictureStore pictures;
    private final ResizedStore resized;

    StoredPages(PageStore store) {
        this.store = store;
        this.pictures = PictureFiles.of(store);
        this.resized = ResizedStore.of(store);
    }

    @Override
    public PictureStore pictures() {
        return pictures;
    }

    @Override
    public ImageCache resized() {
        return resized;
    }

    @Override
    public boolean remembers() {
        return true;
    }

    /** The parse stage for one file, with the Markdown body taken from the cache when its bytes are known. */
    @Override
    public Optional<ParsedPage> parse(ContentScanner.Entry e, ParseStage stage, Fingerprint fp, Diagnostics diags) {
        String stat = stat(e); // before reading: a write in between then shows as a changed file next time
        files.put(e.relPath(), e);
        stats.put(e.relPath(), stat);
        Optional<PageStore.Entry> entry = store.get(e.relPath());
        // the same size, time and inode as when the entry was made: the same bytes, without reading or hashing them again
        boolean sameFile = entry.isPresent() && !stat.isEmpty() && entry.get().stamp().stat().equals(stat);
        if (sameFile && reusable(entry.get(), fp, stage)) {
            Optional<ParsedPage> fromHead = fromHead(e, entry.get(), stage, diags);
            if (fromHead.isPresent()) return fromHead;
        }
        Optional<byte[]> bytes = ParseStage.read(e, diags);
        if (bytes.isEmpty()) return Optional.empty();
        String hash = sameFile ? entry.get().stamp().hash() : PageStore.hash(bytes.get());
        hashes.put(e.relPath(), hash);
        Optional<PageStore.Entry> kept = entry.filter(k -> k.stamp().hash().equals(hash) && reusable(k, fp, stage));
        if (kept.isEmpty()) {
            entry.ifPresent(old -> previous.put(e.relPath(), old));
            Optional<ParsedPage> page = stage.parse(e, bytes.get(), diags);
            page.ifPresent(p -> heads.put(e.relPath(), headBytes(bytes.get(), p)));
            return page;
        }
        PageStore.Entry k = kept.get();
        Optional<ParsedPage> page = stage.parse(e, bytes.get(), outline(k), k.snippets(), diags).page();
        page.ifPresent(p -> keep(k, headBytes(bytes.get(), p)));
        return page;
    }

    /** Whether an entry for the same bytes holds for this build's parse inputs and snippets. */
    private static boolean reusable(PageStore.Entry k, Fingerprint fp, ParseStage stage) {
        return k.stamp().parseInputs().equals(fp.parseInputs()) && stage.snippets().unchanged(k.snippets());
    }

    /** Everything later stages read of another page's parse; the syntax tree itself is not kept. */
    private static ParsedMarkdown outline(PageStore.Entry k) {
        PageStore.Outline o = k.outline();
        return ParsedMarkdown.outline(o.toc(), new LinkedHashSet<>(o.anchors()), o.words(), o.summary(), o.cited());
    }

    private void keep(PageStore.Entry k, int headBytes) {
        heads.put(k.stamp().relPath(), headBytes);
        known.put(k.stamp().relPath(), k);
        parsesSkipped.incrementAndGet();
    }

    /**
     * An unchanged file whose entry says where its front matter ends: only those bytes are read and parsed
     * (the body's text is never needed). Empty, with nothing reported, when that does not work out: the
     * caller then reads the whole file.
     */
    private Optional<ParsedPage> fromHead(ContentScanner.Entry e, PageStore.Entry k, ParseStage stage, Diagnostics diags) {
        int n = k.stamp().headBytes();
        if (n < 0) return Optional.empty();
        byte[] head;
        try (InputStream in = Files.newInputStream(e.file())) {
            head = in.readNBytes(n);
        } catch (IOException ex) {
            return Optional.empty();
        }
        if (head.length != n) return Optional.empty();
        Diagnostics own = new Diagnostics();
        Optional<ParsedPage> page = stage.parse(e, head, outline(k), k.snippets(), own).page();
        // the front matter must end exactly where the bytes do, as it did when the entry was made
        if (page.isEmpty() || page.get().bodyOffset() != page.get().src().text().length()) return Optional.empty();
        diags.addAll(own.all());
        hashes.put(e.relPath(), k.stamp().hash());
        keep(k, n);
        return page;
    }

    /** How many of {@code bytes} hold the page's front matter, or -1 if its text does not start with them byte for byte (a BOM, CRLF). */
    static int headBytes(byte[] bytes, ParsedPage p) {
        byte[] head = p.src().text().substring(0, p.bodyOffset()).getBytes(StandardCharsets.UTF_8);
        return head.length <= bytes.length && Arrays.equals(bytes, 0, head.length, head, 0, head.length) ? head.length : -1;
    }

    /**
     * The Markdown stage for one page: from the cache when it was rendered in this same context,
     * else in full (parsing the file again if only its outline was read).
     */
    @Override
    public Page render(ParsedPage p, MarkdownStage stage, ParseStage parse, Fingerprint fp, Diagnostics diags, Map<String, String> searchTexts) {
        boolean search = stage.search().enabled();
        String rel = p.src().relPath();
        PageStore.Entry k = known.get(rel);
        boolean shortcodes = k != null ? k.outline().shortcodes() : !p.md().shortcodes().isEmpty();
        String context = fp.markdownContext(shortcodes);
        if (k != null && k.stamp().markdownContext().equals(context)) {
            // a published page has a search text when search is on: one the cache cannot give means rendering it
            Optional<String> searchText = search && !p.fm().draft() ? store.searchText(k) : Optional.empty();
            Optional<Page> page = search && !p.fm().draft() && searchText.isEmpty() ? Optional.empty()
                    : stage.fromStore(p, k, Html.lazy(() -> store.html(k).orElseGet(() -> renderAgain(rel, stage, parse))));
            if (page.isPresent()) {
                rendersSkipped.incrementAndGet();
                diags.addAll(k.problems());
                searchText.ifPresent(t -> searchTexts.put(p.path(), t));
                return page.get();
            }
        }
        ParsedPage full = p;
        if (k != null) {
            Diagnostics again = new Diagnostics(); // the same bytes again: its problems were reported by the outline's parse
            Optional<byte[]> bytes = ParseStage.read(files.get(rel), again);
            Optional<ParsedPage> reparsed = bytes.filter(b -> PageStore.hash(b).equals(hashes.get(rel)))
                    .flatMap(b -> parse.parse(files.get(rel), b, again));
            if (reparsed.isEmpty()) {
                diags.error(p.src().path(), 0, 0, "the file changed while the site was being built", "build again");
                return stage.empty(p); // the build fails on the error above
            }
            full = reparsed.get();
        }
        Diagnostics pageDiags = new Diagnostics();
        Page done = stage.render(full, pageDiags, searchTexts);
        // what outputs showing this page may now show differently: all of it, unless the last version is known
        PageStore.Entry last = k != null ? k : previous.get(rel);
        Optional<String> lastHtml = last == null ? Optional.empty() : store.html(last);
        ParsedPage now = full;
        Optional<Page> before = lastHtml.flatMap(html -> stage.fromStore(now, last, Html.of(html)));
        changed.addAll(Facet.keys(done.path(), before.isPresent()
                ? Facet.changed(before.get(), done) : EnumSet.allOf(Facet.class)));
        diags.addAll(pageDiags.all());
        var stamp = new PageStore.Stamp(rel, hashes.get(rel), stats.get(rel), heads.getOrDefault(rel, -1), fp.parseInputs(), context);
        fresh.add(new Fresh(MarkdownStage.toStore(full, done, stamp, pageDiags.all()), new PageStore.Body(done.html(), search ? searchTexts.get(p.path()) : null)));
        return done;
    }

    /** What this build computed of a page, to keep. */
    private record Fresh(PageStore.Entry entry, PageStore.Body body) {}

    /**
     * The body of a kept page whose cache file no longer holds it (damaged or replaced since it was read): the
     * same bytes rendered again in the same context give the same HTML.
     */
    private String renderAgain(String rel, MarkdownStage stage, ParseStage parse) {
        Diagnostics ignored = new Diagnostics(); // reported already, from the cache
        Optional<ParsedPage> full = ParseStage.read(files.get(rel), ignored)
                .filter(b -> PageStore.hash(b).equals(hashes.get(rel)))
                .flatMap(b -> parse.parse(files.get(rel), b, ignored));
        if (full.isEmpty()) throw new UncheckedIOException(new IOException("content/" + rel + " changed while the site was being built; build again"));
        return stage.render(full.get(), ignored, new ConcurrentHashMap<>()).html();
    }

    private static String stat(ContentScanner.Entry e) {
        try {
            return FileStamp.of(e.file()).text();
        } catch (IOException ex) {
            return ""; // unknown: the bytes are hashed
        }
    }

    /** Writes what this build computed, and forgets the files that are gone; a failure is a warning, not a failed build. */
    @Override
    public void savePages(Set<String> published, Diagnostics diags) {
        try {
            for (Fresh f : fresh) store.put(f.entry(), f.body());
            store.retainOnly(published);
        } catch (IOException e) {
            diags.warning("--cache", 0, 0, "could not update the build cache: " + IoMessages.describe(e),
                    "the site was built; the next build will just take longer");
        }
    }

    /** Which outputs the last build's files can stand in for, given this build's template context. */
    @Override
    public SiteRenderer.Reuse outputReuse(String outputContext, Path output) {
        Optional<OutputRecord> record = OutputRecord.load(store.dir(), store.engine());
        if (record.isEmpty() || !record.get().context().equals(outputContext)) return file -> Optional.empty();
        OutputRecord r = record.get();
        lastRecord = r;
        return file -> r.reusable(file, outputContext, changed, output);
    }

    /** After the swap: what each output read, for the next build; a failure only means the next build renders everything. */
    @Override
    public void saveOutputs(String outputContext, Map<String, Set<String>> reads, Path output, Set<String> kept, Diagnostics diags) {
        // a kept output is the very file the last record describes (its size and time were checked before it was linked)
        Map<String, OutputRecord.Output> known = new HashMap<>();
        if (lastRecord != null) {
            for (String file : kept) {
                OutputRecord.Output o = lastRecord.outputs().get(file);
                if (o != null) known.put(file, o);
            }
        }
        try {
            OutputRecord.save(store.dir(), store.engine(), outputContext, reads, output, known);
        } catch (IOException e) {
            try {
                OutputRecord.forget(store.dir());
            } catch (IOException ignored) {
                // a record that cannot be written or removed is still checked file by file (size and time)
            }
            diags.warning("--cache", 0, 0, "could not update the build cache: " + IoMessages.describe(e),
                    "the site was built; the next build will just take longer");
        }
    }

    /** For --verbose: how much the cache saved. */
    @Override
    public Optional<String> summary() {
        return Optional.of("cache: " + Counts.of(parsesSkipped.get(), "Markdown parse") + " and " + Counts.of(rendersSkipped.get(), "render") + " reused, "
                + Counts.of(fresh.size(), "page") + " kept");
    }
}
