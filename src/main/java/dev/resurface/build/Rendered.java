package dev.resurface.build;

import dev.resurface.content.Page;
import java.util.List;
import java.util.Map;

/**
 * What the Markdown stage gives: each published page finished (HTML, table of contents, summary,
 * trust figures), and each page's searchable text when search is on.
 *
 * @param stage the stage itself, which serve's quick rebuild calls again for an edited page
 */
record Rendered(List<Page> pages, Map<String, String> searchTexts, MarkdownStage stage) {}
