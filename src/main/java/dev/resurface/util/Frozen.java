package dev.resurface.util;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Immutable copies that keep insertion order. {@code Map.copyOf} is avoided on purpose: its
 * iteration order changes from one JVM run to the next, which would make output non-deterministic.
 */
public final class Frozen {
    private Frozen() {}

    public static <K, V> Map<K, V> map(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
