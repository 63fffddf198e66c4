package dev.resurface.content;

/** A resolved menu entry: {@code url} is ready for an href; {@code path} is the site path when it is a page. */
public record MenuItem(String name, String url, String path, int weight) {}
