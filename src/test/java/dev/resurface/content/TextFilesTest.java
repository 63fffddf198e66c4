package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TextFiles}: strict UTF-8 without NUL characters, and where the first bad byte is. */
class TextFilesTest {

    @Test
    void readsUtf8(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("a.md");
        Files.write(f, "Ünïcode – “ok”".getBytes(StandardCharsets.UTF_8));
        assertEquals("Ünïcode – “ok”", TextFiles.readText(f));
    }

    @Test
    void refusesLatin1(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("a.md");
        Files.write(f, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        TextFiles.NotText e = assertThrows(TextFiles.NotText.class, () -> TextFiles.readText(f));
        assertEquals("file is not valid UTF-8 text", e.getMessage());
        assertEquals("save it as UTF-8 (a binary file named .md also causes this)", e.hint());
        assertArrayEquals(new int[] {1, 4}, new int[] {e.line(), e.col()});
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsText() throws Exception {
        // the fast path decodes leniently; a U+FFFD in the text sends it to the strict decoder, which accepts it
        assertEquals("a \uFFFD b", TextFiles.text("a \uFFFD b".getBytes(StandardCharsets.UTF_8), "x.md"));
        // a bad byte beside a real U+FFFD is still refused, at the bad byte
        byte[] mixed = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'x', (byte) 0xC3};
        TextFiles.NotText e = assertThrows(TextFiles.NotText.class, () -> TextFiles.text(mixed, "x.md"));
        assertArrayEquals(new int[] {2, 2}, new int[] {e.line(), e.col()});
    }

    @Test
    void refusesNulCharactersAtTheirPosition() {
        TextFiles.NotText e = assertThrows(TextFiles.NotText.class, () -> TextFiles.text("a\nbc\0d".getBytes(StandardCharsets.UTF_8), "x.yml"));
        assertEquals("file contains NUL characters; it looks binary", e.getMessage());
        assertEquals("only text belongs in a .yml file", e.hint());
        assertArrayEquals(new int[] {2, 3}, new int[] {e.line(), e.col()});
    }

    @Test
    void aNulPositionCountsFromAfterAByteOrderMark() {
        TextFiles.NotText e = assertThrows(TextFiles.NotText.class, () -> TextFiles.text("\uFEFFab\0".getBytes(StandardCharsets.UTF_8), "page.md"));
        assertArrayEquals(new int[] {1, 3}, new int[] {e.line(), e.col()});
    }

    @Test
    void firstInvalidGivesLineAndColumnOfTheBadByte() {
        byte[] bytes = "ab\ncd".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, bad, 0, 4);
        bad[4] = (byte) 0xE9;
        bad[5] = 'd';
        assertArrayEquals(new int[] {2, 2}, TextFiles.firstInvalid(bad));
    }

    @Test
    void firstInvalidOnTheFirstByte() {
        assertArrayEquals(new int[] {1, 1}, TextFiles.firstInvalid(new byte[] {(byte) 0xFF, 'a'}));
    }
}
