package dev.resurface.util;

/** Human-readable titles made from file and folder names. */
public final class Names {
    private Names() {}

    /** "laser-types" → "Laser types"; {@code fallback} when nothing but separators is left. */
    public static String humanize(String name, String fallback) {
        String s = name.replace('-', ' ').replace('_', ' ').trim();
        return s.isEmpty() ? fallback : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
