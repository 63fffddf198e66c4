package dev.resurface.cache;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Severity;
import dev.resurface.markdown.TocEntry;
import dev.resurface.prose.Readability;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The persistent build cache ({@code build --cache DIR}): for each Markdown file, what its parse and
 * Markdown stage produced, so a later build in a new process can skip both for a file whose bytes
 * are unchanged. An entry is used only when it was written by this very engine (version and jar), for
 * the same bytes (SHA-256) under the same site.yml, data files and snippets, and, for its rendered part, in the
 * same site context (every page's URL, title, draft state and anchors, the static files, the options:
 * the build decides that). One file per page, written atomically; an unreadable or foreign entry is
 * simply a miss, so a damaged cache can cost time but never change the output.
 */
public final class PageStore {
    private static final int FORMAT = 4;

    /** A cited source as the page numbered it. */
    public record StoredCitation(int number, String anchor, String sourceId, List<String> refs) {}

    /**
     * The file an entry was made from and the build inputs it holds for.
     *
     * @param hash            SHA-256 of the file's bytes
     * @param stat            the file's size, modification time (ns) and identity when those bytes were read: while
     *                        they are the same, the bytes are taken to be too (and not hashed again)
     * @param headBytes       how many of the file's first bytes hold its front matter (up to the body), -1 when
     *                        unknown: while the file is unchanged, a later build reads only those
     * @param parseInputs     fingerprint of site.yml and the data files when it was parsed
     * @param markdownContext fingerprint of the site context (and templates, with shortcodes) it was rendered in
     */
    public record Stamp(String relPath, String hash, String stat, int headBytes, String parseInputs, String markdownContext) {}

    /**
     * What other pages' stages read of a page's Markdown parse; the syntax tree itself is not kept.
     *
     * @param shortcodes whether the page uses shortcodes (its render then depends on the templates too)
     * @param anchors    in the parse's own order
     * @param summary    the Markdown summary (before front matter {@code summary} overrides it)
     */
    public record Outline(boolean shortcodes, List<String> anchors, List<TocEntry> toc, int words, String summary, List<String> cited) {}

    /** What the Markdown stage rendered of a page. */
    public record Render(String html, List<StoredCitation> citations, Optional<LocalDate> nextReview, Optional<Readability.Score> readability) {}

    /**
     * One page's cached parse and render.
     *
     * @param problems   the diagnostics its render reported
     * @param searchText its searchable text, or null when search is off
     * @param snippets   the snippets its body included (name → hash of the snippet file, "" for a missing one)
     */
    public record Entry(Stamp stamp, Outline outline, Render render, List<Diagnostic> problems, String searchText,
                        Map<String, String> snippets) {}

    private final Path dir;
    private final Path pages;
    private final String engine;

    private PageStore(Path dir, String engine) {
        this.dir = dir;
        this.pages = dir.resolve("pages");
        this.engine = engine;
    }

    /** The cache folder. */
    public Path dir() { return dir; }

    /** The engine identity entries are kept for. */
    public String engine() { return engine; }

    /** Opens (creating if needed) a cache folder for this engine. */
    public static PageStore open(Path dir, String engine) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        return new PageStore(dir, engine);
    }

    /** This engine's identity: its version and the jar (or class folder) it runs from, by size and time. */
    public static String engineIdentity(String version) {
        try {
            Path code = Path.of(PageStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + "/" + Files.size(code) + "/" + Files.getLastModifiedTime(code).toMillis();
            }
            return version + "/" + code;
        } catch (Exception e) {
            return version;
        }
    }

    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path fileOf(String relPath) {
        String h = hash(relPath.getBytes(StandardCharsets.UTF_8));
        return pages.resolve(h.substring(0, 40) + ".page");
    }

    /** The entry kept for this file by this engine, whatever its bytes then (the caller checks them). */
    public Optional<Entry> get(String relPath) {
        Optional<byte[]> payload = CacheFile.read(fileOf(relPath), FORMAT, engine);
        if (payload.isEmpty()) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload.get()))) {
            Entry e = read(in);
            return e.stamp().relPath().equals(relPath) ? Optional.of(e) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty(); // a whole file that still does not decode: a miss
        }
    }

    /** Keeps an entry. */
    public void put(Entry e) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(e.render().html().length() + 4096);
        try (DataOutputStream out = new DataOutputStream(body)) {
            write(out, e);
        }
        CacheFile.write(fileOf(e.stamp().relPath()), FORMAT, engine, body.toByteArray());
    }

    /** Removes the entries of files that are gone (and leftovers of interrupted writes). */
    public void retainOnly(Set<String> relPaths) throws IOException {
        Set<Path> keep = new HashSet<>();
        for (String r : relPaths) keep.add(fileOf(r).getFileName());
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(pages)) {
            for (Path p : ds) if (!keep.contains(p.getFileName())) Files.deleteIfExists(p);
        }
    }

    // ---- encoding: lengths and counts as ints, strings as UTF-8 bytes (html can exceed writeUTF's 64 KB)

    private static void write(DataOutputStream out, Entry e) throws IOException {
        Stamp st = e.stamp();
        Outline o = e.outline();
        Render r = e.render();
        str(out, st.relPath());
        str(out, st.hash());
        str(out, st.stat());
        out.writeInt(st.headBytes());
        str(out, st.parseInputs());
        str(out, st.markdownContext());
        out.writeBoolean(o.shortcodes());
        strings(out, o.anchors());
        toc(out, o.toc());
        out.writeInt(o.words());
        str(out, o.summary());
        strings(out, o.cited());
        str(out, r.html());
        out.writeInt(r.citations().size());
        for (StoredCitation c : r.citations()) {
            out.writeInt(c.number());
            str(out, c.anchor());
            str(out, c.sourceId());
            strings(out, c.refs());
        }
        out.writeBoolean(r.nextReview().isPresent());
        if (r.nextReview().isPresent()) str(out, r.nextReview().get().toString());
        out.writeBoolean(r.readability().isPresent());
        if (r.readability().isPresent()) {
            Readability.Score s = r.readability().get();
            out.writeInt(s.words());
            out.writeInt(s.sentences());
            out.writeInt(s.syllables());
            out.writeDouble(s.wordsPerSentence());
            out.writeDouble(s.syllablesPerWord());
            out.writeDouble(s.readingEase());
            out.writeDouble(s.grade());
        }
        out.writeInt(e.problems().size());
        for (Diagnostic d : e.problems()) {
            str(out, d.path());
            out.writeInt(d.line());
            out.writeInt(d.col());
            str(out, d.severity().name());
            str(out, d.message());
            str(out, d.hint());
        }
        out.writeBoolean(e.searchText() != null);
        if (e.searchText() != null) str(out, e.searchText());
        out.writeInt(e.snippets().size());
        for (Map.Entry<String, String> s : e.snippets().entrySet()) {
            str(out, s.getKey());
            str(out, s.getValue());
        }
    }

    private static Entry read(DataInputStream in) throws IOException {
        String relPath = str(in);
        String hash = str(in);
        String stat = str(in);
        int headBytes = in.readInt();
        String parseInputs = str(in);
        String markdownContext = str(in);
        boolean shortcodes = in.readBoolean();
        List<String> anchors = strings(in);
        List<TocEntry> toc = toc(in);
        int words = in.readInt();
        String summary = str(in);
        List<String> cited = strings(in);
        String html = str(in);
        int n = count(in);
        List<StoredCitation> citations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) citations.add(new StoredCitation(in.readInt(), str(in), str(in), strings(in)));
        Optional<LocalDate> nextReview = in.readBoolean() ? Optional.of(LocalDate.parse(str(in))) : Optional.empty();
        Optional<Readability.Score> readability = in.readBoolean()
                ? Optional.of(new Readability.Score(in.readInt(), in.readInt(), in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()))
                : Optional.empty();
        int p = count(in);
        List<Diagnostic> problems = new ArrayList<>(p);
        for (int i = 0; i < p; i++) {
            problems.add(new Diagnostic(str(in), in.readInt(), in.readInt(), Severity.valueOf(str(in)), str(in), str(in)));
        }
        String searchText = in.readBoolean() ? str(in) : null;
        int s = count(in);
        Map<String, String> snippets = new TreeMap<>();
        for (int i = 0; i < s; i++) snippets.put(str(in), str(in));
        return new Entry(new Stamp(relPath, hash, stat, headBytes, parseInputs, markdownContext),
                new Outline(shortcodes, anchors, toc, words, summary, cited), new Render(html, citations, nextReview, readability),
                problems, searchText, snippets);
    }

    private static void toc(DataOutputStream out, List<TocEntry> toc) throws IOException {
        out.writeInt(toc.size());
        for (TocEntry t : toc) {
            out.writeInt(t.level());
            str(out, t.id());
            str(out, t.title());
            toc(out, t.children());
        }
    }

    private static List<TocEntry> toc(DataInputStream in) throws IOException {
        int n = count(in);
        List<TocEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new TocEntry(in.readInt(), str(in), str(in), toc(in)));
        return out;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) str(out, s);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(str(in));
        return out;
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(InputStream raw) throws IOException {
        DataInputStream in = raw instanceof DataInputStream d ? d : new DataInputStream(raw);
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A length or count, checked so a damaged file fails fast instead of allocating wildly. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) throw new IOException("damaged cache entry");
        return n;
    }
}
