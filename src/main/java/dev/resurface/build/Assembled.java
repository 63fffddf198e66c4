package dev.resurface.build;

import dev.resurface.content.Site;
import dev.resurface.images.ResponsiveImage;
import dev.resurface.output.Assets;
import dev.resurface.render.TemplateEngine;
import dev.resurface.search.Synonyms;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site as the write stage needs it: no syntax tree is reachable from here (unless serve's quick
 * rebuild keeps the stages), so a build can let them go before templates render (large sites).
 *
 * @param statics        content path → file of every static file, copied as it is
 * @param images         the resized copies of content/'s images, written beside their originals
 * @param searchTexts    site path → searchable text, when search is on
 * @param synonyms       the search synonyms file, read
 * @param outputContext  {@link Fingerprint#outputContext}, or "" when the cache keeps nothing
 * @param publishedPaths the content paths of the published pages (a persistent cache forgets the rest)
 * @param stages         the stages, kept for serve's quick rebuild
 */
record Assembled(Site site, TemplateEngine templates, List<Assets.Asset> assets, Map<String, Path> statics,
                 List<ResponsiveImage.Output> images,
                 Map<String, String> searchTexts, Synonyms synonyms, Fingerprint fingerprint, String outputContext, Set<String> publishedPaths,
                 Optional<LastBuild.Stages> stages) {}
