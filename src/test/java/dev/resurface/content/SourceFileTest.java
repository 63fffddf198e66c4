package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link SourceFile}: normalised text (no BOM, LF only) and its names. */
class SourceFileTest {

    private static SourceFile of(String relPath, String raw) {
        return SourceFile.of("content/" + relPath, relPath, Path.of(relPath), raw);
    }

    @Test
    void bomIsRemoved() {
        assertEquals("---\n", of("a.md", "\uFEFF---\n").text());
    }

    @Test
    void onlyALeadingBomIsRemoved() {
        assertEquals("a\uFEFFb", of("a.md", "a\uFEFFb").text());
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertEquals("a\nb\nc\n", of("a.md", "a\r\nb\rc\r\n").text());
    }

    @Test
    void lfTextIsUnchanged() {
        String t = "---\ntitle: x\n---\nbody\n";
        assertEquals(t, of("a.md", t).text());
    }

    @Test
    void lineIndexMatchesTheNormalisedText() {
        SourceFile f = of("a.md", "\uFEFFone\r\ntwo\r\nthree");
        int at = f.text().indexOf("three");
        assertEquals(3, f.lines().line(at));
        assertEquals(1, f.lines().col(at));
        assertEquals(3, f.lines().lineCount());
    }

    @Test
    void dirIsTheFolderUnderContent() {
        assertEquals("types", of("types/co2.md", "").dir());
        assertEquals("a/b", of("a/b/c.md", "").dir());
        assertEquals("", of("about.md", "").dir());
    }

    @Test
    void baseNameDropsTheFolderAndMdExtension() {
        assertEquals("co2", of("types/co2.md", "").baseName());
        assertEquals("_index", of("types/_index.md", "").baseName());
        assertEquals("about", of("about.md", "").baseName());
        assertEquals("notes.txt", of("x/notes.txt", "").baseName(), "only .md is removed");
    }

    @Test
    void pathsAreKeptAsGiven() {
        SourceFile f = of("types/co2.md", "x");
        assertEquals("content/types/co2.md", f.path());
        assertEquals("types/co2.md", f.relPath());
        assertEquals(Path.of("types/co2.md"), f.file());
    }
}
