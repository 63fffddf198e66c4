package dev.resurface.diag;

import dev.resurface.util.Counts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    public long warningCount() { return items.stream().filter(Diagnostic::isWarning).distinct().count(); }

    /** Sorted, duplicates removed (the same template error met by many pages is reported once). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items.stream().distinct().sorted().toList());
        return List.copyOf(list);
    }

    /**
     * What a build reports: sorted, follow-on problems counted into one note per failed input, a full
     * disk said once, at most {@link #MAX_PER_FILE} problems per file.
     */
    public List<Diagnostic> reported() {
        return capPerFile(diskFullOnce(FollowOns.collapse(sorted())));
    }

    /** Problems shown per file: the rest of a file's problems are counted, not listed. */
    public static final int MAX_PER_FILE = 100;

    /** A full disk fails every write: say so once, not once per file. */
    public static List<Diagnostic> diskFullOnce(List<Diagnostic> sorted) {
        List<Diagnostic> full = sorted.stream().filter(Diagnostics::aFileOnAFullDisk).toList();
        if (full.isEmpty()) return sorted;
        List<Diagnostic> out = new ArrayList<>(sorted);
        out.removeAll(full);
        out.add(Diagnostic.error("--output", 0, 0, "the disk is full: " + full.size() + (full.size() == 1 ? " file" : " files") + " could not be written",
                "free some space and build again; the previous site was left as it was"));
        return out.stream().sorted().toList();
    }

    /**
     * One file's write failed for want of space ("cannot write x: the disk is full"; not the staging
     * folder's own failure, which is said as it is). By message text, because Java has no exception
     * type for a full disk: our own words ({@link IoMessages#DISK_FULL}, from {@link IoMessages#reason}),
     * or the system's, which a diagnostic made from an exception's message carries.
     */
    private static boolean aFileOnAFullDisk(Diagnostic d) {
        String m = d.message();
        if (m.contains("No space left on device")) return true;
        return (m.startsWith("cannot write ") || m.startsWith("cannot copy ")) && m.endsWith(": " + IoMessages.DISK_FULL);
    }

    /** Keeps the first {@link #MAX_PER_FILE} problems of each file and says how many more there are. */
    public static List<Diagnostic> capPerFile(List<Diagnostic> sorted) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, int[]> hidden = new TreeMap<>();
        for (Diagnostic d : sorted) {
            int n = seen.merge(d.path(), 1, Integer::sum);
            if (n <= MAX_PER_FILE) out.add(d);
            else {
                int[] h = hidden.computeIfAbsent(d.path(), k -> new int[2]);
                h[d.isError() ? 0 : 1]++;
            }
        }
        hidden.forEach((path, h) -> {
            String what = h[0] > 0 ? Counts.of(h[0], "more error", "more errors") + (h[1] > 0 ? " and " + Counts.of(h[1], "more warning", "more warnings") : "")
                    : Counts.of(h[1], "more warning", "more warnings");
            String verb = h[0] + h[1] == 1 ? " is" : " are";
            Diagnostic d = new Diagnostic(path, 0, 0, h[0] > 0 ? Severity.ERROR : Severity.WARNING, what + " in this file" + verb + " not listed",
                    "the first " + MAX_PER_FILE + " are; fix those first");
            out.add(d);
        });
        return out.stream().sorted().toList();
    }
}
