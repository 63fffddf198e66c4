package dev.resurface.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One regular expression made of literal phrases ({@code before (?:branch|branch|...) after}, case
 * insensitive with Unicode case), and a faster way to find its matches than {@link Matcher#find()}.
 * Java's engine tries every branch at every character; with a glossary of a hundred forms that was most
 * of a build's glossary and lint time. Here a position is tried only when a phrase can begin with its
 * character, and only with the branches that can: one small pattern per first character (the same
 * branches in the same order). Under Unicode case a character matches another exactly when both are
 * the same after upper then lower casing, so the branches left out could not match there, and the
 * first branch that matches is the one the whole pattern would take: the matches are {@code find()}'s.
 */
public final class PhraseScan {
    /** A match: offsets into the text (end exclusive) and the text matched. */
    public record Hit(int start, int end, String text) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Pattern pattern;
    private final Map<Character, Pattern> byFirst = new HashMap<>();
    private final Pattern anywhere;
    private final boolean wordStartsOnly;

    /**
     * @param phrases        the phrases, in the order their branches are tried
     * @param branch         the regex of each phrase's branch (same order), beginning with the phrase's first character
     * @param before         zero-width regex put before the alternation, e.g. a lookbehind
     * @param after          regex put after it
     * @param wordStartsOnly every match needs a position not preceded by a letter or digit (the lookbehind says so)
     */
    public PhraseScan(List<String> phrases, List<String> branch, String before, String after, boolean wordStartsOnly) {
        this.wordStartsOnly = wordStartsOnly;
        pattern = phrases.isEmpty() ? null : compile(before, branch, after);
        Map<Character, List<String>> groups = new LinkedHashMap<>();
        List<String> unkeyed = new ArrayList<>(); // phrases that begin with a surrogate: tried everywhere
        for (int i = 0; i < phrases.size(); i++) {
            String p = phrases.get(i);
            if (p.isEmpty() || Character.isSurrogate(p.charAt(0))) {
                unkeyed.add(branch.get(i));
                for (List<String> g : groups.values()) g.add(branch.get(i));
            } else {
                groups.computeIfAbsent(fold(p.charAt(0)), k -> new ArrayList<>(unkeyed)).add(branch.get(i));
            }
        }
        groups.forEach((c, g) -> byFirst.put(c, compile(before, g, after)));
        anywhere = unkeyed.isEmpty() ? null : compile(before, unkeyed, after);
    }

    private static Pattern compile(String before, List<String> branches, String after) {
        return Pattern.compile(before + "(?:" + String.join("|", branches) + ")" + after, FLAGS);
    }

    /** How Pattern compares characters under CASE_INSENSITIVE | UNICODE_CASE. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The whole pattern, or null when there are no phrases. */
    public Pattern pattern() { return pattern; }

    /** Every match in {@code text}, left to right, as {@link Matcher#find()} on {@link #pattern()} finds them. */
    public List<Hit> findAll(String text) {
        List<Hit> out = new ArrayList<>();
        if (pattern == null) return out;
        char[] t = text.toCharArray(); // String.charAt on non-Latin-1 text is a checked call per character under C1
        Map<Pattern, Matcher> matchers = new HashMap<>();
        int n = t.length;
        int i = 0;
        while (i < n) {
            if (wordStartsOnly && i > 0 && Letters.isLetterOrDigit(t[i - 1])) {
                i++;
                continue;
            }
            Pattern p = byFirst.getOrDefault(fold(t[i]), anywhere);
            if (p == null) {
                i++;
                continue;
            }
            Matcher m = matchers.computeIfAbsent(p, x -> x.matcher(text).useTransparentBounds(true));
            m.region(i, n);
            if (m.lookingAt() && m.end() > i) {
                out.add(new Hit(i, m.end(), m.group()));
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
