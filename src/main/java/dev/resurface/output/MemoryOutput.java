package dev.resurface.output;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A build kept in memory (for serve): nothing is written to disk. */
public final class MemoryOutput implements OutputSink {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String rel, byte[] bytes) {
        files.put(rel, bytes);
    }

    /** The files written, by name, as an immutable sorted map. */
    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
