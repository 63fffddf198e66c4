package dev.resurface.build;

import dev.resurface.content.ContentScanner;
import dev.resurface.content.Site;
import dev.resurface.diag.Diagnostic;
import dev.resurface.render.Facet;
import dev.resurface.render.TemplateEngine;
import dev.resurface.search.Synonyms;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a successful in-memory build leaves for the next quick rebuild, besides the parses and
 * pages the {@link BuildCache} keeps. Immutable; replaced, never changed.
 *
 * @param markdownFiles content path → Markdown file, of every Markdown file the build read
 * @param fingerprint   what the build's parses and pages were computed from
 * @param reads         output file → the page facets it read ({@link Facet})
 * @param templates     output file → the templates its render loaded (an output without an entry counts as loading
 *                      every template)
 * @param otherFiles    how many files besides pages the build wrote
 */
record LastBuild(BuildOptions opts, String generator, Map<String, ContentScanner.Entry> markdownFiles, Stages stages, Fingerprint fingerprint,
                 Site site, Map<String, Set<String>> reads, Map<String, Set<String>> templates, Map<String, String> searchTexts, Synonyms synonyms, List<Diagnostic> diagnostics, int otherFiles) {

    /**
     * The stages a build ran, which a quick rebuild runs again for the edited pages.
     *
     * @param published how many Markdown pages were published
     */
    record Stages(ParseStage parse, MarkdownStage markdown, TemplateEngine templates, int published) {}
}
