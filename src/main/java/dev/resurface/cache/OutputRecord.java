package dev.resurface.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the last cached build wrote through templates (part of {@code build --cache}): for each output
 * file, the page facets its render read and the file's size and time as written, under one
 * fingerprint of everything else templates can see. A later build with the same fingerprint can keep
 * an output whose reads did not change, by linking the file from the last output folder, if that file
 * is still exactly as written (same size and time; a file edited by hand is rendered again).
 */
public final class OutputRecord {
    private static final int FORMAT = 1;
    private static final String FILE = "outputs.bin";

    /** One output: the facet keys its render read, and its size and modification time (ns) once written. */
    public record Output(Set<String> reads, long size, long modified) {}

    private final String context;
    private final Map<String, Output> outputs;

    public OutputRecord(String context, Map<String, Output> outputs) {
        this.context = context;
        this.outputs = outputs;
    }

    public String context() { return context; }

    public Map<String, Output> outputs() { return outputs; }

    /**
     * Whether {@code file} can be kept as the last build wrote it: same template context, none of its
     * reads changed, and the file in {@code lastOutput} unchanged since. Returns its reads if so.
     */
    public Optional<Set<String>> reusable(String file, String currentContext, Set<String> changed, Path lastOutput) {
        if (!context.equals(currentContext)) return Optional.empty();
        Output o = outputs.get(file);
        if (o == null) return Optional.empty();
        for (String key : o.reads()) if (changed.contains(key)) return Optional.empty();
        try {
            BasicFileAttributes a = Files.readAttributes(lastOutput.resolve(file), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != o.size() || a.lastModifiedTime().to(TimeUnit.NANOSECONDS) != o.modified()) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(o.reads());
    }

    /** The record kept in {@code cacheDir} by this engine, if any (a damaged one is none). */
    public static Optional<OutputRecord> load(Path cacheDir, String engine) {
        Optional<byte[]> payload = CacheFile.read(cacheDir.resolve(FILE), FORMAT, engine);
        if (payload.isEmpty()) return Optional.empty();
        try (DataInputStream p = new DataInputStream(new ByteArrayInputStream(payload.get()))) {
            String context = str(p);
            int n = p.readInt();
            Map<String, Output> outputs = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String file = str(p);
                int k = p.readInt();
                Set<String> reads = new HashSet<>(k * 2);
                for (int j = 0; j < k; j++) reads.add(str(p));
                outputs.put(file, new Output(reads, p.readLong(), p.readLong()));
            }
            return Optional.of(new OutputRecord(context, outputs));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the record, reading each output's size and time from the output folder now in place, except for
     * the outputs in {@code known}, whose size and time are already known (files linked from the last output).
     */
    public static void save(Path cacheDir, String engine, String context, Map<String, Set<String>> reads, Path output,
                            Map<String, Output> known) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(body)) {
            str(out, context);
            Map<String, Output> kept = new TreeMap<>();
            for (Map.Entry<String, Set<String>> e : reads.entrySet()) {
                Output same = known.get(e.getKey());
                if (same != null) {
                    kept.put(e.getKey(), new Output(e.getValue(), same.size(), same.modified()));
                    continue;
                }
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(output.resolve(e.getKey()), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException gone) {
                    continue;
                }
                kept.put(e.getKey(), new Output(e.getValue(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            }
            out.writeInt(kept.size());
            for (Map.Entry<String, Output> e : kept.entrySet()) {
                str(out, e.getKey());
                out.writeInt(e.getValue().reads().size());
                for (String r : e.getValue().reads()) str(out, r);
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
            }
        }
        CacheFile.write(cacheDir.resolve(FILE), FORMAT, engine, body.toByteArray());
    }

    /** Forgets the record (a failed build, or one that could not record what it wrote). */
    public static void forget(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(FILE));
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) throw new IOException("damaged record");
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
