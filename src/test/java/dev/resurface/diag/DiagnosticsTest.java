package dev.resurface.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Diagnostics}: the thread-safe collector and its deterministic report. */
class DiagnosticsTest {

    private static List<String> formatted(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void emptyCollectorHasNothing() {
        Diagnostics d = new Diagnostics();
        assertFalse(d.hasErrors());
        assertEquals(0, d.errorCount());
        assertEquals(0, d.warningCount());
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void sortedOrdersByPathLineAndColumnWhateverTheInsertionOrder() {
        Diagnostics d = new Diagnostics();
        d.error("content/b.md", 1, 1, "b1", "");
        d.error("content/a.md", 10, 2, "a10", "");
        d.error("content/a.md", 2, 5, "a2-5", "");
        d.warning("content/a.md", 2, 1, "a2-1", "");
        d.error("--output", 0, 0, "refused", "");
        d.error("site.yml", 3, 1, "cfg", "");
        assertEquals(List.of(
                "--output: error: refused",
                "content/a.md:2:1: warning: a2-1",
                "content/a.md:2:5: error: a2-5",
                "content/a.md:10:2: error: a10",
                "content/b.md:1:1: error: b1",
                "site.yml:3:1: error: cfg"), formatted(d));
    }

    @Test
    void errorsComeBeforeWarningsAtTheSamePosition() {
        Diagnostics d = new Diagnostics();
        d.warning("a.md", 1, 1, "w", "");
        d.error("a.md", 1, 1, "w", "");
        assertEquals(List.of("a.md:1:1: error: w", "a.md:1:1: warning: w"), formatted(d));
    }

    @Test
    void duplicatesAreReportedOnceAndCountedOnce() {
        Diagnostics d = new Diagnostics();
        for (int i = 0; i < 5; i++) d.error("templates/page.ftlh", 3, 7, "undefined variable 'x'", "");
        d.warning("a.md", 1, 1, "w", "h");
        d.add(Diagnostic.warning("a.md", 1, 1, "w", "h"));
        assertEquals(List.of("a.md:1:1: warning: w (h)", "templates/page.ftlh:3:7: error: undefined variable 'x'"), formatted(d));
        assertEquals(1, d.errorCount());
        assertEquals(1, d.warningCount());
    }

    @Test
    void sameMessageWithDifferentHintsIsNotADuplicate() {
        Diagnostics d = new Diagnostics();
        d.error("a.md", 1, 1, "m", "h1");
        d.error("a.md", 1, 1, "m", "h2");
        assertEquals(2, d.errorCount());
        assertEquals(2, d.sorted().size());
    }

    @Test
    void countsSeparateErrorsFromWarnings() {
        Diagnostics d = new Diagnostics();
        d.error("a", 1, 1, "e1", "");
        d.error("a", 2, 1, "e2", "");
        d.warning("a", 3, 1, "w1", "");
        assertEquals(2, d.errorCount());
        assertEquals(1, d.warningCount());
        assertTrue(d.hasErrors());
    }

    @Test
    void onlyWarningsIsNotHavingErrors() {
        Diagnostics d = new Diagnostics();
        d.warning("a", 1, 1, "w", "");
        assertFalse(d.hasErrors());
        assertEquals(1, d.warningCount());
    }

    @Test
    void addAllAddsEveryItem() {
        Diagnostics d = new Diagnostics();
        d.addAll(List.of(Diagnostic.error("a", 1, 1, "x", ""), Diagnostic.warning("b", 1, 1, "y", "")));
        assertEquals(1, d.errorCount());
        assertEquals(1, d.warningCount());
    }

    @Test
    void sortedIsImmutable() {
        Diagnostics d = new Diagnostics();
        d.error("a", 1, 1, "x", "");
        List<Diagnostic> list = d.sorted();
        assertThrows(UnsupportedOperationException.class, () -> list.add(Diagnostic.error("b", 1, 1, "y", "")));
    }

    @Test
    void sortedIsASnapshot() {
        Diagnostics d = new Diagnostics();
        d.error("a", 1, 1, "x", "");
        List<Diagnostic> before = d.sorted();
        d.error("b", 1, 1, "y", "");
        assertEquals(1, before.size());
        assertEquals(2, d.sorted().size());
    }

    @Test
    void concurrentAddsAreAllKept() throws Exception {
        Diagnostics d = new Diagnostics();
        int threads = 8;
        int perThread = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) d.error("f" + id + ".md", i + 1, 1, "m", "");
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) f.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, d.errorCount());
        List<Diagnostic> sorted = d.sorted();
        for (int i = 1; i < sorted.size(); i++) assertTrue(sorted.get(i - 1).compareTo(sorted.get(i)) < 0);
    }

    @Test
    void theCountOfUnlistedProblemsIsWorded() {
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 1; i <= Diagnostics.MAX_PER_FILE + 1; i++) many.add(Diagnostic.error("a.md", i, 1, "e" + i, ""));
        List<Diagnostic> one = Diagnostics.capPerFile(many.stream().sorted().toList());
        assertEquals("a.md: error: 1 more error in this file is not listed (the first 100 are; fix those first)", one.get(0).format());
        many.add(Diagnostic.warning("a.md", 500, 1, "w", ""));
        List<Diagnostic> two = Diagnostics.capPerFile(many.stream().sorted().toList());
        assertEquals("a.md: error: 1 more error and 1 more warning in this file are not listed (the first 100 are; fix those first)", two.get(0).format());
    }
}
