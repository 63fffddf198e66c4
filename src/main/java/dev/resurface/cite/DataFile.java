package dev.resurface.cite;

import java.util.Set;

/**
 * Where a reference data file is (or would be) and how loading it went, so a check that finds an
 * unknown id can tell "not in the file" (an error naming the file to add it to) from "the file or
 * that entry failed to load" (already reported there: a follow-on, counted not listed).
 *
 * @param path     site path, e.g. content/_data/sources.yml ("" when the feature is not configured)
 * @param failed   the whole file could not be used
 * @param rejected ids of entries that were reported as broken and left out
 */
public record DataFile(String path, boolean failed, Set<String> rejected) {
    public static final DataFile NONE = new DataFile("", false, Set.of());

    public DataFile {
        rejected = Set.copyOf(rejected);
    }

    public static DataFile failed(String path) {
        return new DataFile(path, true, Set.of());
    }

    public static DataFile missing(String path) {
        return new DataFile(path, false, Set.of());
    }

    /** True when an unknown {@code id} is explained by a load failure already reported. */
    public boolean covers(String id) {
        return failed || rejected.contains(id);
    }
}
