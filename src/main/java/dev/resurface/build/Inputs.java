package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.snippet.Snippets;
import java.util.Map;

/**
 * What the load stage read: site.yml, the list of content files, the data files (as a whole and the
 * reference data the trust features read entry by entry) and the snippets.
 */
record Inputs(SiteConfig config, ContentScanner.Result scan, Map<String, Object> data, ReferenceData refs, Snippets snippets) {}
