package dev.resurface.diag;

import java.util.List;

/**
 * A value read from an author's file together with the problems found on the way, in the order found:
 * how a loader hands back both, instead of filling a list its caller passed in.
 */
public record Checked<T>(T value, List<Diagnostic> problems) {
    public Checked {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }
}
