package dev.resurface.search;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words readers use for the same thing, from the data file {@code site.yml} names in
 * {@code search.synonyms}:
 * <pre>
 * groups:                       # a search for any of these also finds the others
 *   - [cost, price, fee]
 * oneWay:                       # a search for the word on the left also finds those on the right
 *   fraxel: [non-ablative fractional]
 * </pre>
 * Words and phrases are kept in lower case with single spaces.
 *
 * @param groups words that mean the same, each group of two or more
 * @param oneWay a word or phrase → what a search for it should also find
 */
public record Synonyms(List<List<String>> groups, Map<String, List<String>> oneWay) {
    public static final Synonyms NONE = new Synonyms(List.of(), Map.of());
    static final List<String> KEYS = List.of("groups", "oneWay");
    private static final String EXAMPLE = "e.g. 'groups: [[cost, price, fee]]' and 'oneWay: {fraxel: [non-ablative fractional]}'";

    public Synonyms {
        groups = groups.stream().map(List::copyOf).toList();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        oneWay.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        oneWay = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() { return groups.isEmpty() && oneWay.isEmpty(); }

    /** Reads the synonyms data file; every mistake is an error at its line, and what is right is kept. */
    public static Checked<Synonyms> read(YNode root, String path) {
        if (!(root instanceof YNode.Mapping m)) {
            return new Checked<>(NONE, List.of(Diagnostic.error(path, root.line(), root.col(), "the synonyms file must be a map with 'groups' and/or 'oneWay', found "
                    + YNode.describe(root), EXAMPLE)));
        }
        MapReader r = new MapReader(m, path);
        r.rejectUnknown(KEYS, "the synonyms file");
        Reader reader = new Reader(path, r);
        List<List<String>> groups = new ArrayList<>();
        if (r.has("groups")) {
            YNode g = r.node("groups");
            if (g instanceof YNode.Seq seq) {
                for (YNode item : seq.items()) reader.group(item).ifPresent(groups::add);
            } else if (!(g instanceof YNode.Scalar sc && sc.isNull())) {
                r.error(g, "'groups' must be a list of groups, found " + YNode.describe(g), "write one '- [word, other word]' line per group");
            }
        }
        Map<String, List<String>> oneWay = new LinkedHashMap<>();
        if (r.has("oneWay")) {
            YNode o = r.node("oneWay");
            if (o instanceof YNode.Mapping om) {
                for (YNode.Entry e : om.entries().values()) reader.oneWay(e).ifPresent(v -> oneWay.put(normal(e.key()), v));
            } else if (!(o instanceof YNode.Scalar sc && sc.isNull())) {
                r.error(o, "'oneWay' must be a map of 'word: [what it also finds]' lines, found " + YNode.describe(o), "e.g. 'fraxel: [non-ablative fractional]'");
            }
        }
        return new Checked<>(new Synonyms(groups, oneWay), r.problems());
    }

    /** Lower case, straight apostrophes, single spaces. */
    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip().replaceAll("\\s+", " ");
    }

    /** Reads entries, remembering where each group word stands so one word is never in two groups. */
    private static final class Reader {
        private final String path;
        private final MapReader problems;
        private final Map<String, Integer> groupLine = new HashMap<>();

        Reader(String path, MapReader problems) {
            this.path = path;
            this.problems = problems;
        }

        Optional<List<String>> group(YNode item) {
            if (!(item instanceof YNode.Seq seq)) {
                error(item, "each group must be a list of words in brackets, found " + YNode.describe(item), "e.g. '- [cost, price, fee]'");
                return Optional.empty();
            }
            List<String> words = words(seq);
            if (words.size() < 2) {
                error(item, "a group needs at least two words that mean the same" + (words.isEmpty() ? "" : ", found only '" + words.get(0) + "'"),
                        "add the other words, or remove the group");
                return Optional.empty();
            }
            for (int i = 0; i < words.size(); i++) {
                Integer at = groupLine.putIfAbsent(words.get(i), item.line());
                if (at != null && at != item.line()) {
                    YNode node = seq.items().get(Math.min(i, seq.items().size() - 1));
                    error(node, "'" + words.get(i) + "' is already in the group at line " + at, "merge the two groups into one");
                }
            }
            return Optional.of(words);
        }

        Optional<List<String>> oneWay(YNode.Entry e) {
            String from = normal(e.key());
            if (from.isEmpty() || StopWords.onlyStopWords(from)) {
                problems.add(Diagnostic.error(path, e.keyLine(), e.keyCol(), "'" + e.key() + "' is " + (from.isEmpty() ? "empty" : "only common words that search ignores"),
                        "write a word or phrase a reader types, e.g. 'fraxel'"));
                return Optional.empty();
            }
            YNode v = e.value();
            if (v instanceof YNode.Mapping || v instanceof YNode.Scalar sc && sc.isNull() || v instanceof YNode.Seq q && q.items().isEmpty()) {
                problems.add(Diagnostic.error(path, e.keyLine(), e.keyCol(), "'" + e.key() + "' must be followed by a list of what a search for it also finds, found "
                        + YNode.describe(v), "e.g. 'fraxel: [non-ablative fractional]'"));
                return Optional.empty();
            }
            List<String> to = v instanceof YNode.Seq seq ? words(seq) : word(v).map(List::of).orElse(List.of());
            if (to.isEmpty()) return Optional.empty(); // each wrong entry is reported
            return Optional.of(to);
        }

        private List<String> words(YNode.Seq seq) {
            List<String> out = new ArrayList<>();
            for (YNode item : seq.items()) {
                word(item).ifPresent(w -> {
                    if (out.contains(w)) error(item, "'" + w + "' is twice in the same list", "remove one");
                    else out.add(w);
                });
            }
            return out;
        }

        /** One word or phrase; numbers are words too ("co2" is text, "2" is a number to YAML). */
        private Optional<String> word(YNode item) {
            if (!(item instanceof YNode.Scalar sc) || sc.isNull() || sc.value() instanceof Boolean) {
                error(item, "a synonym must be a word or phrase, found " + YNode.describe(item),
                        item instanceof YNode.Scalar ? "put it in quotes, e.g. 'yes' or 'no' as \"yes\"" : "write words separated by commas inside one pair of brackets");
                return Optional.empty();
            }
            String w = normal(String.valueOf(sc.value()));
            if (w.isEmpty()) {
                error(item, "a synonym is empty", "remove the empty entry");
                return Optional.empty();
            }
            if (StopWords.onlyStopWords(w)) {
                error(item, "'" + w + "' is only common words that search ignores, so it would not find anything", "use a word that says what the reader looks for");
                return Optional.empty();
            }
            return Optional.of(w);
        }

        private void error(YNode at, String message, String hint) {
            problems.error(at, message, hint);
        }
    }
}
