package dev.resurface.yaml;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Typed, position-aware access to a YAML mapping. A wrong type is reported at the value; an
 * unknown key at the key, with a "did you mean" hint. Reading never throws: the reader keeps what it
 * found ({@link #problems()}), shared with the readers of the mappings nested in it ({@link #at}).
 */
public final class MapReader {
    private final YNode.Mapping map;
    private final String path;
    private final List<Diagnostic> problems;

    /** A reader of {@code map}, read from the file at {@code path}, with no problems yet. */
    public MapReader(YNode.Mapping map, String path) {
        this(map, path, new ArrayList<>());
    }

    private MapReader(YNode.Mapping map, String path, List<Diagnostic> problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /** A reader of a mapping nested in this one (same file), whose problems join this reader's. */
    public MapReader at(YNode.Mapping nested) {
        return new MapReader(nested, path, problems);
    }

    /** The problems found so far by this reader and the readers made {@link #at} it, in the order found. */
    public List<Diagnostic> problems() { return List.copyOf(problems); }

    /** Reports a problem found by the caller (not at a node of this file, or found by other means). */
    public void add(Diagnostic problem) { problems.add(problem); }

    public YNode.Mapping map() { return map; }

    public boolean has(String key) { return map.entries().containsKey(key); }

    public YNode node(String key) { return map.get(key); }

    public void error(YNode at, String message, String hint) {
        problems.add(Diagnostic.error(path, at.line(), at.col(), message, hint));
    }

    public void warning(YNode at, String message, String hint) {
        problems.add(Diagnostic.warning(path, at.line(), at.col(), message, hint));
    }

    public void errorAtKey(String key, String message, String hint) {
        YNode.Entry e = map.entries().get(key);
        problems.add(Diagnostic.error(path, e.keyLine(), e.keyCol(), message, hint));
    }

    /** Reports each key not in {@code allowed}. */
    public void rejectUnknown(Collection<String> allowed, String where) {
        for (YNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                String hint = Hints.didYouMean(e.key(), allowed);
                problems.add(Diagnostic.error(path, e.keyLine(), e.keyCol(), "unknown key '" + e.key() + "' in " + where,
                        hint.isEmpty() ? "known keys: " + String.join(", ", allowed) : hint));
            }
        }
    }

    /**
     * True when the mapping has an unknown key that is a likely misspelling of {@code key} (such as
     * 'titel' for 'title'): {@link #rejectUnknown} already reports it with "did you mean", so a
     * "'title' is missing" error would be a second message for one mistake.
     */
    public boolean misspelled(String key, Collection<String> allowed) {
        if (has(key)) return false;
        for (YNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key()) && Hints.closest(e.key(), allowed).filter(key::equals).isPresent()) return true;
        }
        return false;
    }

    public Optional<String> string(String key) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return Optional.empty();
        if (n instanceof YNode.Scalar s && !(s.value() instanceof LocalDate)) return Optional.of(String.valueOf(s.value()));
        error(n, "'" + key + "' must be text, found " + YNode.describe(n), Hints.forType("text"));
        return Optional.empty();
    }

    public Optional<Integer> integer(String key) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return Optional.empty();
        if (n instanceof YNode.Scalar s && s.value() instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return Optional.of(l.intValue());
        }
        error(n, "'" + key + "' must be a whole number, found " + YNode.describe(n), Hints.forType("a whole number"));
        return Optional.empty();
    }

    public Optional<Double> number(String key) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return Optional.empty();
        if (n instanceof YNode.Scalar s && s.value() instanceof Number num) return Optional.of(num.doubleValue());
        error(n, "'" + key + "' must be a number, found " + YNode.describe(n), Hints.forType("a number"));
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return Optional.empty();
        if (n instanceof YNode.Scalar s && s.value() instanceof Boolean b) return Optional.of(b);
        error(n, "'" + key + "' must be true or false, found " + YNode.describe(n), Hints.forType("true or false"));
        return Optional.empty();
    }

    /** A date, by the rule of {@link Dates}: errors for dates that do not exist, a warning for a time of day. */
    public Optional<LocalDate> date(String key) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return Optional.empty();
        Checked<Optional<LocalDate>> date = Dates.read(path, key, n);
        problems.addAll(date.problems());
        return date.value();
    }

    public Optional<YNode.Mapping> mapping(String key) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return Optional.empty();
        if (n instanceof YNode.Mapping m) return Optional.of(m);
        error(n, "'" + key + "' must be a map of 'key: value' lines, found " + YNode.describe(n), Hints.forType("a map of 'key: value' lines"));
        return Optional.empty();
    }

    public Optional<YNode.Seq> seq(String key) {
        YNode n = map.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return Optional.empty();
        if (n instanceof YNode.Seq q) return Optional.of(q);
        error(n, "'" + key + "' must be a list, found " + YNode.describe(n), "write it as [a, b] or as '- item' lines");
        return Optional.empty();
    }

    /** A list of text items; a single text value is accepted as a one-item list. */
    public List<String> strings(String key) {
        YNode n = map.get(key);
        List<String> out = new ArrayList<>();
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return out;
        if (n instanceof YNode.Scalar s && s.value() instanceof String str) {
            out.add(str);
            return out;
        }
        if (!(n instanceof YNode.Seq q)) {
            error(n, "'" + key + "' must be a list of text, found " + YNode.describe(n), Hints.forType("a list of text"));
            return out;
        }
        for (YNode item : q.items()) {
            if (item instanceof YNode.Scalar s && s.value() != null && !(s.value() instanceof LocalDate)) {
                out.add(String.valueOf(s.value()));
            } else {
                error(item, "each item of '" + key + "' must be text, found " + YNode.describe(item), Hints.forType("text"));
            }
        }
        return out;
    }
}
