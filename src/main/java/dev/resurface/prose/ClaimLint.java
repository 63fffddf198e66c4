package dev.resurface.prose;

import dev.resurface.util.PhraseScan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds phrases that health-advertising rules treat as misleading ("painless", "no downtime") in
 * plain text (paragraphs and headings), on word boundaries and in any case. A phrase is not reported
 * when the sentence negates it just before ("it is not painless") or when quotation marks in the same
 * sentence enclose it ("clinics that promise “no downtime”", "Myth: “there are no risks”"): both
 * report or reject the claim rather than make it.
 */
public final class ClaimLint {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody", "neither", "nor",
            "without", "cannot", "can't", "isn't", "aren't", "wasn't", "weren't", "won't", "don't", "doesn't", "didn't",
            "shouldn't", "wouldn't", "hardly", "rarely", "unlikely");
    private static final int NEGATION_WINDOW = 4;

    public record Claim(String phrase, String reason) {}

    /** A match: offsets into the text given to {@link #find} (end exclusive) and the claim it matched. */
    public record Match(int start, int end, Claim claim) {}

    private final PhraseScan scan;
    private final Map<String, Claim> byKey = new HashMap<>();

    public ClaimLint(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort((a, b) -> b.phrase().length() - a.phrase().length());
        List<String> keys = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (Claim c : sorted) {
            String key = key(c.phrase());
            if (key.isEmpty() || byKey.putIfAbsent(key, c) != null) continue;
            StringBuilder sb = new StringBuilder();
            String[] words = key.split(" ");
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                if (i > 0) p.append("\\s+");
                p.append(Pattern.quote(words[i]));
            }
            char first = key.charAt(0), last = key.charAt(key.length() - 1);
            sb.append(Character.isLetterOrDigit(first) ? "(?<![\\p{L}\\p{N}])" : "").append(p)
                    .append(Character.isLetterOrDigit(last) ? "(?![\\p{L}\\p{N}])" : "");
            keys.add(key);
            branches.add(sb.toString());
        }
        scan = new PhraseScan(keys, branches, "", "", keys.stream().allMatch(k -> Character.isLetterOrDigit(k.charAt(0))));
    }

    /** Lower case, typographic apostrophes, quotes and dashes made plain, runs of space made one. */
    static String normalise(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
    }

    private static String key(String phrase) {
        return normalise(phrase).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every claim made in the text, in order; negated and quoted uses are left out. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        String plain = normalise(text); // same length: offsets stay valid
        for (PhraseScan.Hit m : scan.findAll(plain)) {
            if (isNegated(text, m.start()) || isQuoted(text, m.start(), m.end())) continue;
            out.add(new Match(m.start(), m.end(), byKey.get(key(m.text()))));
        }
        return out;
    }

    /** A negation among the few words just before {@code start}, within the same sentence. */
    static boolean isNegated(String text, int start) {
        String plain = normalise(text);
        int sentence = start;
        while (sentence > 0) {
            char c = plain.charAt(sentence - 1);
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') && (sentence == start || Character.isWhitespace(plain.charAt(sentence)))) break;
            sentence--;
        }
        String[] words = plain.substring(sentence, start).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
        int seen = 0;
        for (int i = words.length - 1; i >= 0 && seen < NEGATION_WINDOW; i--) {
            if (words[i].isEmpty()) continue;
            seen++;
            if (NEGATIONS.contains(words[i])) return true;
        }
        return false;
    }

    /**
     * Inside a pair of double quotes (straight or curly) or curly single quotes, both marks in the
     * phrase's own sentence: a quotation opened in an earlier sentence (or a stray inch mark) hides nothing.
     */
    static boolean isQuoted(String text, int start, int end) {
        int from = sentenceStart(text, start), to = sentenceEnd(text, end);
        boolean inStraight = false;
        int curlyDouble = 0, curlySingle = 0;
        for (int i = from; i < start; i++) {
            char c = text.charAt(i);
            if (c == '"') inStraight = !inStraight;
            else if (c == '\u201C') curlyDouble++;
            else if (c == '\u201D') curlyDouble = Math.max(0, curlyDouble - 1);
            else if (c == '\u2018') curlySingle++;
            else if (c == '\u2019' && curlySingle > 0 && !isApostrophe(text, i)) curlySingle--; // it’s closes nothing
        }
        if (!inStraight && curlyDouble == 0 && curlySingle == 0) return false;
        // the quotation must be closed after the phrase, in the same sentence, or it is a stray mark
        String rest = text.substring(end, to);
        if (inStraight && rest.indexOf('"') >= 0) return true;
        if (curlyDouble > 0 && rest.indexOf('\u201D') >= 0) return true;
        return curlySingle > 0 && closesSingle(rest);
    }

    /** Where the sentence holding {@code at} begins: just after the last sentence end before it. */
    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            int after = sentenceEndAt(text, i);
            if (after >= 0 && after <= at) return after;
        }
        return 0;
    }

    /** Where the sentence holding {@code at} ends (exclusive): after its '.', '!' or '?' and any closing marks. */
    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            int after = sentenceEndAt(text, i);
            if (after >= 0) return after;
        }
        return text.length();
    }

    /** If a sentence ends with the character at {@code i} ('.', '!' or '?', then closing quotes or brackets, then a space or the end), the index after it. */
    private static int sentenceEndAt(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') return -1;
        int j = i + 1;
        while (j < text.length() && "\"'\u201D\u2019)]".indexOf(text.charAt(j)) >= 0) j++;
        return j == text.length() || Character.isWhitespace(text.charAt(j)) ? j : -1;
    }

    private static boolean isApostrophe(String text, int i) {
        return i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean closesSingle(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '\u2019' && !isApostrophe(rest, i)) return true;
        }
        return false;
    }
}
