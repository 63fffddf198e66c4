package dev.resurface.build;

import dev.resurface.content.ParsedPage;
import java.util.List;
import java.util.Set;

/**
 * What the parse stage gives: the published pages' parses, and the content paths of the files that
 * could not be parsed and of the drafts left out (links to them are reported as such).
 *
 * @param parser       the stage itself, which a cache's misses and serve's quick rebuild call again
 * @param parseContext the fingerprint of what a parse reads besides its file ("" without a cache)
 * @param stored       this build's use of the persistent cache, or null
 */
record Parsed(ParseStage parser, List<ParsedPage> published, Set<String> broken, Set<String> drafts, String parseContext, StoredPages stored) {}
