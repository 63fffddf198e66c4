package dev.resurface.build;

import dev.resurface.cards.PictureStore;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.diag.Diagnostics;
import dev.resurface.images.ImageCache;
import dev.resurface.render.SiteRenderer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the stages ask before parsing a file or rendering a page: a cache answers from what an earlier
 * build computed while the {@link Fingerprint} says nothing it read has changed, and computes (and
 * keeps) it otherwise. Three kinds: {@link #NONE}, serve's in memory ({@link BuildCache}) and
 * build --cache's on disk ({@link StoredPages}). Either way the output is what a build without a
 * cache gives, byte for byte.
 */
interface PageCache {
    /** Whether this cache keeps anything for a later build: only then are fingerprints computed and outputs' reads recorded. */
    boolean remembers();

    /** A build starts using this cache. */
    default void begin() {}

    /** One file's parse; its problems go to {@code diags}. */
    Optional<ParsedPage> parse(ContentScanner.Entry file, ParseStage stage, Fingerprint fp, Diagnostics diags);

    /** One page through the Markdown stage; its problems go to {@code diags}, its search text (when search is on) to {@code searchTexts}. */
    Page render(ParsedPage page, MarkdownStage stage, ParseStage parser, Fingerprint fp, Diagnostics diags, Map<String, String> searchTexts);

    /** For --verbose after the Markdown stage: how much was reused. */
    default Optional<String> summary() {
        return Optional.empty();
    }

    /** Which outputs the last output folder's files can stand in for (build --cache), or null for none. */
    default SiteRenderer.Reuse outputReuse(String outputContext, Path output) {
        return null;
    }

    /** Before the output folder is swapped in: keeps the pages' entries; a failure is a notice, not a failed build. */
    default void savePages(Set<String> published, Diagnostics notices) {}

    /** After the swap: what each output read, for the next build; {@code kept} are the outputs linked from the last output folder. */
    default void saveOutputs(String outputContext, Map<String, Set<String>> reads, Path output, Set<String> kept, Diagnostics notices) {}

    /** Where drawn pictures (social cards, icons) are kept for later builds; none by default. */
    default PictureStore pictures() {
        return PictureStore.none();
    }

    /** Where resized copies of content images are kept for later builds; none by default. */
    default ImageCache resized() {
        return ImageCache.NONE;
    }

    /** Whether this cache keeps the stages of a build for serve's quick rebuild (and so its syntax trees). */
    default boolean quickRebuilds() {
        return false;
    }

    /**
     * Whether this cache renders a page again from a parse it kept (serve's), so its syntax tree must outlive
     * the Markdown stage; otherwise each page's tree is let go as soon as the page is rendered.
     */
    default boolean keepsSyntaxTrees() {
        return quickRebuilds();
    }

    /** After a successful in-memory build (serve): what its next quick rebuild starts from. */
    default void keepForQuickRebuild(Supplier<LastBuild> state) {}

    /** No cache: every file is parsed and every page rendered. */
    PageCache NONE = new PageCache() {
        @Override
        public boolean remembers() {
            return false;
        }

        @Override
        public Optional<ParsedPage> parse(ContentScanner.Entry file, ParseStage stage, Fingerprint fp, Diagnostics diags) {
            return stage.parse(file, diags);
        }

        @Override
        public Page render(ParsedPage page, MarkdownStage stage, ParseStage parser, Fingerprint fp, Diagnostics diags, Map<String, String> searchTexts) {
            return stage.render(page, diags, searchTexts);
        }
    };
}
