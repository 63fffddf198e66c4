package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.content.ContentScanner;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.diag.Diagnostics;
import dev.resurface.output.Trash;
import dev.resurface.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build lets each page's syntax tree go once the page is rendered (most of a large build's memory),
 * and writes the same site as one that keeps every tree; serve's cache, which renders again from the
 * parses it keeps, keeps them.
 */
@Tag("slow") // builds fixture sites
class SyntaxTreeReleaseTest {
    @TempDir
    Path tmp;

    /** No cache, recording every parse; {@code keep} as serve's cache answers. */
    private static final class Recording implements PageCache {
        final List<ParsedPage> parsed = new CopyOnWriteArrayList<>();
        final boolean keep;

        Recording(boolean keep) {
            this.keep = keep;
        }

        @Override
        public boolean remembers() {
            return false;
        }

        @Override
        public Optional<ParsedPage> parse(ContentScanner.Entry file, ParseStage stage, Fingerprint fp, Diagnostics diags) {
            Optional<ParsedPage> p = PageCache.NONE.parse(file, stage, fp, diags);
            p.ifPresent(parsed::add);
            return p;
        }

        @Override
        public Page render(ParsedPage page, MarkdownStage stage, ParseStage parser, Fingerprint fp, Diagnostics diags, Map<String, String> searchTexts) {
            return PageCache.NONE.render(page, stage, parser, fp, diags, searchTexts);
        }

        @Override
        public boolean keepsSyntaxTrees() {
            return keep;
        }
    }

    private BuildResult build(Path site, Path out, PageCache cache) throws Exception {
        BuildOptions opts = BuildOptions.defaults(site).withOutput(out).withThreads(2).withToday(LocalDate.of(2026, 6, 1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Trash trash = new Trash();
        try {
            return Pipeline.run(new Run(opts, "resurface test", s -> {}, null, cache, pool, trash, System.nanoTime()));
        } finally {
            pool.shutdownNow();
            trash.awaitIdle(); // the replaced output is gone before the temporary folder is cleared
        }
    }

    @Test
    void eachPagesTreeIsLetGoOnceRenderedAndTheSiteIsTheSameAsWithEveryTreeKept() throws Exception {
        // the trust fixture: citations, glossary terms, shortcodes, images and warnings, all read from the tree
        Path site = Fixtures.site("trust", tmp.resolve("site"));
        Recording released = new Recording(false);
        Recording kept = new Recording(true);
        BuildResult a = build(site, tmp.resolve("released"), released);
        BuildResult b = build(site, tmp.resolve("kept"), kept);
        assertTrue(a.ok(), a.diagnostics().toString());
        assertEquals(b.diagnostics(), a.diagnostics());
        assertEquals(Fixtures.siteSnapshot(tmp.resolve("kept")), Fixtures.siteSnapshot(tmp.resolve("released")));

        assertFalse(released.parsed.isEmpty());
        for (ParsedPage p : released.parsed) {
            if (p.fm().draft()) continue; // never rendered
            assertTrue(p.md().released(), p.path());
            assertThrows(IllegalStateException.class, () -> p.md().document(), p.path());
            assertFalse(p.md().anchors().isEmpty() && p.md().toc().isEmpty() && p.md().words() == 0, p.path()); // the outline stays
        }
        for (ParsedPage p : kept.parsed) {
            assertFalse(p.md().released(), p.path());
            assertNotNull(p.md().document(), p.path());
        }
    }

    @Test
    void servesCacheKeepsTheTreesItRendersAgainFrom() throws Exception {
        Path site = Fixtures.site("trust", tmp.resolve("site"));
        BuildCache cache = new BuildCache();
        assertTrue(cache.keepsSyntaxTrees());
        BuildResult r = build(site, tmp.resolve("out"), cache);
        assertTrue(r.ok(), r.diagnostics().toString());
        ParsedPage p = cache.renderedParse("treatments/laser-a.md").orElseThrow();
        assertFalse(p.md().released());
        assertNotNull(p.md().document());
    }
}
