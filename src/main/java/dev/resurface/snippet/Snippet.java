package dev.resurface.snippet;

import dev.resurface.content.SourceFile;

/**
 * One reusable block of Markdown, {@code content/_snippets/<name>.md}.
 *
 * @param name       its path under {@code _snippets/} without {@code .md}, e.g. {@code isotretinoin} or {@code safety/signs}
 * @param file       the file as read (text with line ends normalised, and its line index)
 * @param bodyOffset where the Markdown starts in the file's text, after any front matter
 * @param hash       SHA-256 of the file's bytes: a cached parse of a page that included it holds while this is the same
 */
public record Snippet(String name, SourceFile file, int bodyOffset, String hash) {
    public String path() { return file.path(); }
}
