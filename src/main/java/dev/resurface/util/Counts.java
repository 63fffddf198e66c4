package dev.resurface.util;

/** A number with its noun in the right form: "1 page", "2 pages", never "1 pages" or "page(s)". */
public final class Counts {
    private Counts() {}

    /** For nouns made plural with -s. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    public static String of(long n, String singular, String plural) {
        return n + " " + noun(n, singular, plural);
    }

    /** Just the noun, for when the number is written elsewhere ("at least 1 item"). */
    public static String noun(long n, String singular, String plural) {
        return n == 1 || n == -1 ? singular : plural;
    }
}
