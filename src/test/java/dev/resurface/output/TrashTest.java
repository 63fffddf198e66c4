package dev.resurface.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Trash}: each is its own, owned by whoever runs builds; nothing is shared through static state. */
class TrashTest {
    @TempDir
    Path tmp;

    @Test
    void eachTrashDeletesOnItsOwn() throws Exception {
        Trash held = new Trash();
        Trash other = new Trash();
        Path a = Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(a.resolve("f"), "x");
        Path kept = Files.createDirectories(tmp.resolve("kept"));
        try (AutoCloseable paused = held.pause()) {
            held.deleteLater(kept);
            other.deleteLater(tmp.resolve("a"));
            other.awaitIdle(); // does not wait for the paused one
            assertFalse(Files.exists(tmp.resolve("a")));
            assertTrue(Files.exists(kept), "the paused trash has not started");
        }
        held.awaitIdle();
        assertFalse(Files.exists(kept));
    }
}
