package dev.resurface.build;

import dev.resurface.content.ParsedPage;
import java.util.List;
import java.util.Set;

/**
 * What the parse stage gives: the published pages' parses, and the content paths of the files that
 * could not be parsed and of the drafts left out (links to them are reported as such).
 *
 * @param parser the stage itself, which a cache's misses and serve's quick rebuild call again
 */
record Parsed(ParseStage parser, List<ParsedPage> published, Set<String> broken, Set<String> drafts) {}
