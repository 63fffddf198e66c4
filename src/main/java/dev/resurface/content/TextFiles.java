package dev.resurface.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text strictly as UTF-8: a file in another encoding is an author error, not mojibake. */
public final class TextFiles {
    private TextFiles() {}

    public static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return decode(bytes);
    }

    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
