package dev.resurface.render;

import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.Constants;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stands in, in the {@code data} a shortcode sees, for a data file that failed to load. It behaves
 * as an empty map and list, and notes (for the rendering thread) that it was used: when the
 * shortcode then fails, that failure only follows from the data file's own error.
 */
public final class FailedData implements TemplateHashModelEx, TemplateSequenceModel {
    private static final ThreadLocal<String> USED = new ThreadLocal<>();
    private final String file;

    FailedData(String file) {
        this.file = file;
    }

    /** Forgets what this thread used (call before a render). */
    static void reset() {
        USED.remove();
    }

    /** The failed data file this thread's render used since {@link #reset}, if any. */
    static Optional<String> used() {
        return Optional.ofNullable(USED.get());
    }

    private void use() {
        if (USED.get() == null) USED.set(file);
    }

    /**
     * A copy of {@code data} with each failed file's name (as in {@code data.<a>.<b>} for {@code _data/a/b.yml})
     * standing for a {@link FailedData}.
     *
     * @param failed data name (a/b) → the file's site path
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> in(Map<String, Object> data, Map<String, String> failed) {
        if (failed.isEmpty()) return data;
        Map<String, Object> root = new TreeMap<>(data);
        failed.forEach((name, file) -> {
            String[] parts = name.split("/");
            Map<String, Object> m = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = m.get(parts[i]);
                Map<String, Object> copy = child instanceof Map<?, ?> c ? new TreeMap<>((Map<String, Object>) c) : new TreeMap<>();
                m.put(parts[i], copy);
                m = copy;
            }
            m.put(parts[parts.length - 1], new FailedData(file));
        });
        return root;
    }

    @Override
    public TemplateModel get(String key) {
        use();
        return null;
    }

    @Override
    public TemplateModel get(int index) {
        use();
        return null;
    }

    @Override
    public int size() {
        use();
        return 0;
    }

    @Override
    public boolean isEmpty() {
        use();
        return true;
    }

    @Override
    public TemplateCollectionModel keys() {
        use();
        return Constants.EMPTY_COLLECTION;
    }

    @Override
    public TemplateCollectionModel values() {
        use();
        return Constants.EMPTY_COLLECTION;
    }
}
