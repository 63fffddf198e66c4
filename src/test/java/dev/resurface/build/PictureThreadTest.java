package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PictureThreadTest {
    @Test
    void eachPictureIsDrawnOnceWhoeverAsksFirst() throws Exception {
        PictureThread pictures = new PictureThread();
        CountDownLatch hold = new CountDownLatch(1);
        AtomicInteger drawn = new AtomicInteger();
        pictures.submit("first", () -> { hold.await(); return "a"; }); // keeps the picture thread busy
        pictures.submit("second", () -> { drawn.incrementAndGet(); return "b"; });
        assertEquals(Optional.of("b"), pictures.get("second"), "not started yet: drawn by the caller");
        hold.countDown();
        assertEquals(Optional.of("a"), pictures.get("first"), "started: waited for");
        assertEquals(Optional.of("b"), pictures.get("second"));
        assertEquals(1, drawn.get());
    }

    @Test
    void theFirstPictureQueuedUnderAKeyStays() {
        PictureThread pictures = new PictureThread();
        pictures.submit("k", () -> "first");
        pictures.submit("k", () -> "second");
        assertEquals(Optional.of("first"), pictures.get("k"));
        assertTrue(pictures.get("none").isEmpty());
    }

    @Test
    void aFailedDrawingFailsTheOneWhoAsks() {
        PictureThread pictures = new PictureThread();
        pictures.submit("bad", () -> { throw new IllegalArgumentException("no"); });
        assertThrows(IllegalArgumentException.class, () -> pictures.get("bad"));
    }
}
