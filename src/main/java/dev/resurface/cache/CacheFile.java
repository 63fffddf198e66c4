package dev.resurface.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * How every cache file is framed: format number, engine identity, payload length and CRC-32, then the
 * payload. Written to a temporary file and moved into place, so a reader sees a whole file or none; a
 * file of another format or engine, cut short or damaged, reads as nothing.
 */
final class CacheFile {
    private CacheFile() {}

    static void write(Path target, int format, String engine, byte[] payload) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(format);
            byte[] e = engine.getBytes(StandardCharsets.UTF_8);
            out.writeInt(e.length);
            out.write(e);
            out.writeInt(payload.length);
            out.writeLong(crc.getValue());
            out.write(payload);
        }
        replace(target, buf.toByteArray());
    }

    /** Writes {@code bytes} to a temporary file beside {@code target} and moves it into place: a reader sees the old file, the new one, or none. */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The payload, if the file is whole and was written in this format by this engine. */
    static Optional<byte[]> read(Path file, int format, String engine) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != format) return Optional.empty();
            int n = in.readInt();
            if (n < 0 || n > 1 << 16) return Optional.empty();
            byte[] e = new byte[n];
            in.readFully(e);
            if (!new String(e, StandardCharsets.UTF_8).equals(engine)) return Optional.empty();
            int length = in.readInt();
            if (length < 0 || length > 1 << 30) return Optional.empty();
            long expected = in.readLong();
            byte[] payload = new byte[length];
            in.readFully(payload);
            if (in.read() != -1) return Optional.empty();
            CRC32 crc = new CRC32();
            crc.update(payload);
            return crc.getValue() == expected ? Optional.of(payload) : Optional.empty();
        } catch (IOException | RuntimeException missingOrDamaged) {
            return Optional.empty();
        }
    }
}
