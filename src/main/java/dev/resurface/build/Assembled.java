package dev.resurface.build;

import dev.resurface.content.Site;
import dev.resurface.output.Assets;
import dev.resurface.render.TemplateEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site as the write stage needs it: no syntax tree is reachable from here, so a build without a
 * cache can let them go before templates render (large sites).
 *
 * @param statics     content path → file of every static file, copied as it is
 * @param searchTexts site path → searchable text, when search is on
 * @param kept        what serve's cache or build --cache keeps of this run, or null without one
 */
record Assembled(Site site, TemplateEngine templates, List<Assets.Asset> assets, Map<String, Path> statics,
                 Map<String, String> searchTexts, Kept kept) {

    /**
     * What a cache keeps of a run besides pages: the stages (for serve's quick rebuild), the
     * fingerprints they ran in, and the published pages.
     *
     * @param templateContext the fingerprint of what templates see besides pages' body facets (build --cache)
     */
    record Kept(ParseStage parser, String parseContext, MarkdownStage markdown, String renderContext, String templatesContext,
                String templateContext, StoredPages stored, Set<String> publishedPaths, int publishedCount) {}
}
