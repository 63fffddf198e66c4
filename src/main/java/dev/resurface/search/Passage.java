package dev.resurface.search;

/**
 * A part of a page that search can link to: the text under one heading.
 *
 * @param anchor  the heading's id ({@code how-long-redness-lasts}), or "" for the text before the first heading
 * @param heading the heading as the reader sees it, or ""
 * @param text    the plain text under it, blocks ended as sentences
 */
public record Passage(String anchor, String heading, String text) {}
