package dev.resurface.diag;

/**
 * Marks a problem that only follows from another input's failure (a citation of a source when
 * sources.yml did not load): such problems are not listed one by one, but counted into one note
 * beside the input's own error (see {@link Diagnostics#reported()}).
 *
 * @param input the failed input, as diagnostics name it (e.g. {@code content/_data/sources.yml})
 * @param what  what could not be checked, singular (e.g. "citation"); the note counts them
 */
public record FollowOn(String input, String what) {}
