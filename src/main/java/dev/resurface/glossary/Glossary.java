package dev.resurface.glossary;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.markdown.Typography;
import dev.resurface.util.PhraseScan;
import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every glossary term, sorted A–Z, with one pattern that finds any of their forms in text. */
public final class Glossary {
    public static final Glossary EMPTY = new Glossary(List.of());
    static final List<String> KEYS = List.of("term", "definition", "aliases", "id");

    private final List<Term> terms;
    private final Map<String, Term> byForm = new HashMap<>();
    private final PhraseScan scan;

    public Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        List<String> forms = new ArrayList<>();
        for (Term t : this.terms) {
            for (String f : forms(t)) {
                if (byForm.putIfAbsent(key(f), t) == null) forms.add(f);
            }
        }
        forms.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        // an abbreviation (IPL, CO2) only matches as written; other terms in any case
        List<String> branches = forms.stream().map(f -> isAbbreviation(f) ? "(?-i:" + Pattern.quote(f) + ")" : Pattern.quote(f)).toList();
        scan = new PhraseScan(forms, branches, "(?<![\\p{L}\\p{N}])", "(?![\\p{L}\\p{N}])", true);
    }

    public List<Term> terms() { return terms; }

    public boolean isEmpty() { return terms.isEmpty(); }

    /** Terms grouped by their A–Z letter, in order. */
    public Map<String, List<Term>> byLetter() {
        Map<String, List<Term>> out = new LinkedHashMap<>();
        for (Term t : terms) out.computeIfAbsent(t.letter(), k -> new ArrayList<>()).add(t);
        return out;
    }

    /** The pattern matching any form of any term on word boundaries, or null for an empty glossary. */
    Pattern pattern() { return scan.pattern(); }

    /** Every form of a term in the text, on word boundaries, left to right (the pattern's matches). */
    List<PhraseScan.Hit> findAll(String text) { return scan.findAll(text); }

    /** The term a matched form belongs to. */
    Term termOf(String form) {
        Term t = byForm.get(key(form));
        return t;
    }

    private static String key(String form) {
        return isAbbreviation(form) ? "=" + form : form.toLowerCase(Locale.ROOT);
    }

    static boolean isAbbreviation(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter && s.length() >= 2;
    }

    private static List<String> forms(Term t) {
        List<String> out = new ArrayList<>();
        out.add(t.term());
        out.addAll(t.aliases());
        return out;
    }

    static String slug(String term) {
        String s = Normalizer.normalize(term, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "term" : s;
    }

    /** Reads {@code glossary.yml}: a list of {term, definition, aliases}. */
    public static Checked<Glossary> read(YNode root, String path, String language) {
        List<Term> terms = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        if (!(root instanceof YNode.Seq seq)) {
            problems.add(Diagnostic.error(path, root.line(), root.col(), "the glossary must be a list of terms, found " + YNode.describe(root),
                    "write one '- term: …' entry per term, with 'definition'"));
            return new Checked<>(EMPTY, problems);
        }
        Map<String, Integer> idLine = new HashMap<>();
        Map<String, Integer> formLine = new HashMap<>();
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Mapping m)) {
                problems.add(Diagnostic.error(path, item.line(), item.col(), "each glossary entry must be a map with 'term' and 'definition'", ""));
                continue;
            }
            MapReader r = new MapReader(m, path);
            term(r, idLine, formLine).ifPresent(terms::add);
            problems.addAll(r.problems());
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.SECONDARY);
        terms.sort((a, b) -> {
            int c = a.letter().equals("#") == b.letter().equals("#") ? collator.compare(a.term(), b.term()) : a.letter().equals("#") ? 1 : -1;
            return c != 0 ? c : a.term().compareTo(b.term());
        });
        return new Checked<>(new Glossary(terms), problems);
    }

    /** One entry's term, or nothing when it is left out (the reader has said why). */
    private static Optional<Term> term(MapReader r, Map<String, Integer> idLine, Map<String, Integer> formLine) {
        YNode.Mapping m = r.map();
        r.rejectUnknown(KEYS, "a glossary entry");
        String term = r.string("term").orElse("").strip();
        String definition = Typography.smarten(r.string("definition").orElse("").strip());
        // a misspelt key ('defintion') is already reported as unknown, with "did you mean"
        if (term.isEmpty()) {
            if (!r.misspelled("term", KEYS)) r.error(m, "glossary entry has no 'term'", "");
            return Optional.empty();
        }
        if (definition.isEmpty()) {
            if (!r.misspelled("definition", KEYS)) {
                r.error(m, "glossary term '" + term + "' has no 'definition'", "explain it in one plain sentence");
            }
            return Optional.empty();
        }
        String id = r.string("id").orElse(slug(term));
        if (idLine.containsKey(id)) {
            r.error(m, "glossary term '" + term + "' has the same id '" + id + "' as the term at line " + idLine.get(id),
                    "merge the two entries, or give one an 'id'");
            return Optional.empty();
        }
        idLine.put(id, m.line());
        List<String> aliases = new ArrayList<>();
        for (String a : r.strings("aliases")) {
            if (a.isBlank()) continue;
            aliases.add(a.strip());
        }
        boolean clash = false;
        for (String f : forms(new Term(id, term, definition, aliases, "", 0))) {
            Integer at = formLine.putIfAbsent(key(f), m.line());
            if (at != null && at != m.line()) {
                r.error(m, "'" + f + "' is already a term or alias at line " + at, "each form belongs to one term");
                clash = true;
            }
        }
        if (clash) return Optional.empty();
        char first = Character.toUpperCase(Normalizer.normalize(term, Normalizer.Form.NFKD).charAt(0));
        String letter = first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
        return Optional.of(new Term(id, term, definition, aliases, letter, m.line()));
    }
}
