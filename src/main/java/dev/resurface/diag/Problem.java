package dev.resurface.diag;

/**
 * A problem found by a part that does not know where in a file it is (a shortcode call, an HTML
 * attribute, an alias): what is wrong and how to fix it. The caller, which knows the position, turns
 * it into a {@link Diagnostic} with {@link #error}.
 */
public record Problem(String message, String hint) {
    public Problem {
        hint = hint == null ? "" : hint;
    }

    /** A problem whose fix needs no words beyond the message. */
    public static Problem of(String message) {
        return new Problem(message, "");
    }

    public Diagnostic error(String path, int line, int col) {
        return Diagnostic.error(path, line, col, message, hint);
    }

    /** The same problem with another hint (e.g. a general one, when the part had none). */
    public Problem withHint(String h) {
        return new Problem(message, h);
    }
}
