package dev.resurface.diag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One cause, one message: problems marked {@link FollowOn} are taken out of a report and replaced by
 * one note per failed input, placed right after that input's first error, e.g.
 * {@code content/_data/sources.yml:12:3: note: 529 citations on 22 pages could not be checked because of the error in this file}.
 */
public final class FollowOns {
    private FollowOns() {}

    public static List<Diagnostic> collapse(List<Diagnostic> sorted) {
        if (sorted.stream().noneMatch(d -> d.followOn() != null)) return sorted;
        List<Diagnostic> out = new ArrayList<>();
        Map<String, List<Diagnostic>> byInput = new TreeMap<>();
        for (Diagnostic d : sorted) {
            if (d.followOn() == null) out.add(d);
            else byInput.computeIfAbsent(d.followOn().input(), k -> new ArrayList<>()).add(d);
        }
        byInput.forEach((input, list) -> out.add(note(input, list, out)));
        return out.stream().sorted().toList();
    }

    private static Diagnostic note(String input, List<Diagnostic> followOns, List<Diagnostic> others) {
        List<Diagnostic> errors = others.stream().filter(d -> d.isError() && d.path().equals(input)).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> pages = new HashSet<>();
        for (Diagnostic d : followOns) {
            counts.merge(d.followOn().what(), 1, Integer::sum);
            pages.add(d.path());
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((what, n) -> parts.add(n + " " + what + (n == 1 ? "" : "s")));
        boolean onlyPages = counts.size() == 1 && counts.containsKey("page");
        String where = onlyPages || pages.size() < 2 ? "" : " on " + pages.size() + " pages";
        String message = join(parts) + where + " could not be checked because of " + (errors.size() == 1 ? "the error" : "the errors") + " in this file";
        Diagnostic first = errors.isEmpty() ? null : errors.get(0);
        return new Diagnostic(input, first == null ? 0 : first.line(), first == null ? 0 : first.col(), Severity.NOTE, message,
                (followOns.size() == 1 ? "it is" : "they are") + " checked once " + (errors.size() == 1 ? "the error is" : "the errors are") + " fixed");
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
