package dev.resurface.cache;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Severity;
import dev.resurface.markdown.TocEntry;
import dev.resurface.prose.Readability;
import java.io.BufferedInputStream;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

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
    private static final int FORMAT = 5;

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

    /** What the Markdown stage rendered of a page, besides its body. */
    public record Render(List<StoredCitation> citations, Optional<LocalDate> nextReview, Optional<Readability.Score> readability) {}

    /**
     * One page's cached parse and render, without the large parts ({@link Body}), which are read only when needed.
     *
     * @param problems   the diagnostics its render reported
     * @param snippets   the snippets its body included (name → hash of the snippet file, "" for a missing one)
     */
    public record Entry(Stamp stamp, Outline outline, Render render, List<Diagnostic> problems, Map<String, String> snippets) {}

    /**
     * The large parts of a page's entry, kept after the rest of its file.
     *
     * @param html       the rendered Markdown body
     * @param searchText its searchable text, or null when search is off
     */
    public record Body(String html, String searchText) {}

    private final Path dir;
    private final Path pages;
    private final String engine;
    private final Map<String, Path> fileNames = new ConcurrentHashMap<>();

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
        // asked for every page when it is read and again when the cache is tidied: hashed once
        return fileNames.computeIfAbsent(relPath, r -> pages.resolve(hash(r.getBytes(StandardCharsets.UTF_8)).substring(0, 40) + ".page"));
    }

    /**
     * The entry kept for this file by this engine, whatever its bytes then (the caller checks them). Only the
     * first part of the file is read: the body stays on disk until {@link #html} or {@link #searchText} asks.
     */
    public Optional<Entry> get(String relPath) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(fileOf(relPath)), 1 << 13))) {
            Optional<byte[]> head = part(in);
            if (head.isEmpty()) return Optional.empty();
            Entry e = read(new DataInputStream(new ByteArrayInputStream(head.get())));
            return e.stamp().relPath().equals(relPath) ? Optional.of(e) : Optional.empty();
        } catch (IOException | RuntimeException missingOrDamaged) {
            return Optional.empty(); // a file that is missing, cut short or does not decode: a miss
        }
    }

    /** The rendered body of the page {@code e} describes, if its file still holds it for the same bytes and context. */
    public Optional<String> html(Entry e) {
        return body(e, true);
    }

    /** The searchable text of the page {@code e} describes (empty when it has none, or the file no longer holds it). */
    public Optional<String> searchText(Entry e) {
        return body(e, false);
    }

    private Optional<String> body(Entry e, boolean html) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(fileOf(e.stamp().relPath())), 1 << 16))) {
            if (part(in).isEmpty()) return Optional.empty();
            int n = count(in);
            long crc = in.readLong();
            byte[] body = in.readNBytes(n);
            if (body.length != n || crc(body) != crc) return Optional.empty();
            DataInputStream b = new DataInputStream(new ByteArrayInputStream(body));
            // the body of the same file and render as the entry the caller holds, not of a newer one put since
            if (!str(b).equals(e.stamp().relPath()) || !str(b).equals(e.stamp().hash()) || !str(b).equals(e.stamp().markdownContext())) {
                return Optional.empty();
            }
            String page = str(b);
            if (html) return Optional.of(page);
            return b.readBoolean() ? Optional.of(str(b)) : Optional.empty();
        } catch (IOException | RuntimeException missingOrDamaged) {
            return Optional.empty();
        }
    }

    /** The entry's part of a file: format, engine, length and CRC-32 checked; empty for another format or engine. */
    private Optional<byte[]> part(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) return Optional.empty();
        int n = in.readInt();
        if (n < 0 || n > 1 << 16) return Optional.empty();
        byte[] e = in.readNBytes(n);
        if (!new String(e, StandardCharsets.UTF_8).equals(engine)) return Optional.empty();
        int length = count(in);
        long crc = in.readLong();
        byte[] head = in.readNBytes(length);
        return head.length == length && crc(head) == crc ? Optional.of(head) : Optional.empty();
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    /** Keeps an entry and its body: format, engine, the entry (length, CRC-32, bytes), then the body the same way. */
    public void put(Entry e, Body body) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(head)) {
            write(out, e);
        }
        ByteArrayOutputStream rest = new ByteArrayOutputStream(body.html().length() + 1024);
        try (DataOutputStream out = new DataOutputStream(rest)) {
            str(out, e.stamp().relPath());
            str(out, e.stamp().hash());
            str(out, e.stamp().markdownContext());
            str(out, body.html());
            out.writeBoolean(body.searchText() != null);
            if (body.searchText() != null) str(out, body.searchText());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream(head.size() + rest.size() + 256);
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.writeInt(FORMAT);
            byte[] eng = engine.getBytes(StandardCharsets.UTF_8);
            out.writeInt(eng.length);
            out.write(eng);
            for (byte[] part : List.of(head.toByteArray(), rest.toByteArray())) {
                out.writeInt(part.length);
                out.writeLong(crc(part));
                out.write(part);
            }
        }
        CacheFile.replace(fileOf(e.stamp().relPath()), file.toByteArray());
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
        int s = count(in);
        Map<String, String> snippets = new TreeMap<>();
        for (int i = 0; i < s; i++) snippets.put(str(in), str(in));
        return new Entry(new Stamp(relPath, hash, stat, headBytes, parseInputs, markdownContext),
                new Outline(shortcodes, anchors, toc, words, summary, cited), new Render(citations, nextReview, readability),
                problems, snippets);
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
