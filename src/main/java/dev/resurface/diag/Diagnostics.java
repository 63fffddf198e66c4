package dev.resurface.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Thread-safe collector: every stage adds what it finds and carries on, so one build reports
 * every problem at once. {@link #sorted()} gives a deterministic order whatever the thread count.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic d) { items.add(d); }

    public void addAll(Collection<Diagnostic> ds) { items.addAll(ds); }

    public void error(String path, int line, int col, String message, String hint) {
        add(Diagnostic.error(path, line, col, message, hint));
    }

    public void warning(String path, int line, int col, String message, String hint) {
        add(Diagnostic.warning(path, line, col, message, hint));
    }

    /** Everything added so far, in no particular order (for caching a page's own problems). */
    public List<Diagnostic> all() { return List.copyOf(items); }

    public boolean hasErrors() { return items.stream().anyMatch(Diagnostic::isError); }

    public long errorCount() { return items.stream().filter(Diagnostic::isError).distinct().count(); }

    public long warningCount() { return items.stream().filter(d -> !d.isError()).distinct().count(); }

    /** Sorted, duplicates removed (the same template error met by many pages is reported once). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items.stream().distinct().sorted().toList());
        return List.copyOf(list);
    }
}
