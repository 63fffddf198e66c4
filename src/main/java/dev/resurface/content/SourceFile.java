package dev.resurface.content;

import java.nio.file.Path;

/**
 * A Markdown file as read from disk: its text (BOM removed, CRLF turned into LF so positions
 * count the same on every platform) and where the body starts after the front matter.
 *
 * @param path    relative to the site folder with forward slashes, e.g. {@code content/types/co2.md}
 * @param relPath relative to {@code content/}, e.g. {@code types/co2.md}
 */
public record SourceFile(String path, String relPath, Path file, String text, LineIndex lines) {
    public static SourceFile of(String path, String relPath, Path file, String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceFile(path, relPath, file, text, new LineIndex(text));
    }

    /** The folder of this file relative to content/ ("" for the root), e.g. {@code types}. */
    public String dir() {
        int i = relPath.lastIndexOf('/');
        return i < 0 ? "" : relPath.substring(0, i);
    }

    /** File name without {@code .md}. */
    public String baseName() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
