package dev.resurface.diag;

/**
 * How bad a diagnostic is; errors stop the build before anything is written. A note is neither: it
 * says what was not checked because of an error (see {@link FollowOn}), and never fails a build.
 */
public enum Severity {
    ERROR("error"), WARNING("warning"), NOTE("note");

    private final String label;

    Severity(String label) { this.label = label; }

    public String label() { return label; }
}
