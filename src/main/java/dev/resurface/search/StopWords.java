package dev.resurface.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Common English words that say little about what a reader looks for ("how", "does", "it"): the search
 * page ignores them when matching words, but keeps them when it looks for the phrase a reader typed.
 * The list travels in the index, so the page and the build agree on it.
 */
public final class StopWords {
    /** Sorted, lower case; contractions are written with a straight apostrophe. */
    public static final Set<String> WORDS = new TreeSet<>(Arrays.asList((
            "a about after afterwards again all also am an and any are as at be been before being but by can can't could "
            + "did do does doesn't doing don't done during each for from get gets getting go goes going got had has have having he her here "
            + "him his how i i'm i've if in into is isn't it it's its just me more most much many my no not of off on once "
            + "one only or other our out over own really same she should so some such than that the their them then there "
            + "there's these they this those through to too under until up very was we were what what's when where which "
            + "while who whom why will with would you your").split(" ")));

    private StopWords() {}

    /** Whether every word of a phrase is a stop word (so it alone would match nearly every page). */
    public static boolean onlyStopWords(String phrase) {
        for (String w : words(phrase)) if (!WORDS.contains(w)) return false;
        return true;
    }

    /** The words of a phrase as search sees them: lower case, split at anything but letters, digits and apostrophes. */
    static String[] words(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        return s.isEmpty() ? new String[0] : s.split("[^\\p{L}\\p{N}']+");
    }
}
