package dev.resurface.config;

/**
 * One item of a site menu. Either {@code page} (a content path such as {@code treatments/_index.md},
 * checked like a link) or {@code url} (used as written) is set; the other is empty.
 */
public record MenuEntry(String name, String page, String url, int weight, int line, int col) {}
