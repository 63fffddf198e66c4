package dev.resurface.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" suggestions by edit distance. */
public final class Hints {
    private Hints() {}

    /** The closest candidate within a distance that still looks like a typo, if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, word.length() / 3);
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= limit && bestDistance > 0 || (best != null && bestDistance == 0 && !best.equals(word))
                ? Optional.of(best) : Optional.empty();
    }

    /** How to write a value of the kind a "must be …" message asks for, named as in that message. */
    public static String forType(String want) {
        return switch (want) {
            case "text" -> "put it in quotes, e.g. \"[draft] notes\" or \"2026\"";
            case "a whole number" -> "write digits only, e.g. 3";
            case "a number" -> "write a number without quotes, e.g. 2.5";
            case "true or false" -> "write true or false, without quotes";
            case "a date (YYYY-MM-DD)" -> "write dates as YYYY-MM-DD, e.g. 2026-01-31";
            case "a map of 'key: value' lines" -> "indent 'name: value' lines below it, or write {name: value}";
            case "a list of text" -> "write it as [a, b] or as '- item' lines";
            case "a path to a page" -> "write a path to a .md file, relative to this page";
            case "a URL" -> "start it with https://, http:// or /";
            default -> "";
        };
    }

    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse("");
    }

    /** A specific hint (e.g. {@link #didYouMean}) when there is one, else the general one. */
    public static String orElse(String hint, String fallback) {
        return hint.isEmpty() ? fallback : hint;
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
