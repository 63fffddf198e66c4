package dev.resurface.diag;

/** How bad a diagnostic is; errors stop the build before anything is written. */
public enum Severity {
    ERROR("error"), WARNING("warning");

    private final String label;

    Severity(String label) { this.label = label; }

    public String label() { return label; }
}
