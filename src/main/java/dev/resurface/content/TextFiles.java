package dev.resurface.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text strictly as UTF-8: a file in another encoding is an author error, not mojibake. */
public final class TextFiles {
    private TextFiles() {}

    /**
     * A file that is not text: not UTF-8, or holding a NUL character (which only binary files do), with
     * the 1-based line and column where it stops being text and a hint naming the file's extension.
     */
    public static final class NotText extends IOException {
        private final int line;
        private final int col;
        private final String hint;

        NotText(String message, String hint, int line, int col) {
            super(message);
            this.hint = hint;
            this.line = line;
            this.col = col;
        }

        public int line() { return line; }

        public int col() { return col; }

        public String hint() { return hint; }
    }

    /** Reads {@code file} as text (see {@link #text}). */
    public static String readText(Path file) throws IOException {
        return text(Files.readAllBytes(file), file.getFileName().toString());
    }

    /**
     * The bytes as strict UTF-8 text without NUL characters.
     *
     * @param name the file's name, for the hint (a binary file named {@code .md} is a common cause)
     */
    public static String text(byte[] bytes, String name) throws NotText {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? name : name.substring(dot);
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            int[] at = firstInvalid(bytes);
            throw new NotText("file is not valid UTF-8 text", "save it as UTF-8 (a binary file named " + ext + " also causes this)", at[0], at[1]);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int bom = text.startsWith("\uFEFF") ? 1 : 0; // positions count from after a BOM, as everywhere else
            LineIndex lines = new LineIndex(text.substring(bom));
            throw new NotText("file contains NUL characters; it looks binary", "only text belongs in a " + ext + " file",
                    lines.line(nul - bom), lines.col(nul - bom));
        }
        return text;
    }

    /** The 1-based line and column of the first byte that is not valid UTF-8, as {line, col}. */
    public static int[] firstInvalid(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        dec.decode(in, out, true);
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, bad - lineStart + 1};
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        // fast path: the lenient decoder marks every bad byte with U+FFFD, so without one the bytes were valid
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
