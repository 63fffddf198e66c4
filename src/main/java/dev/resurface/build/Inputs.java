package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.snippet.Snippets;
import dev.resurface.theme.Theme;
import java.util.Map;

/**
 * What the load stage read: site.yml, the list of content files, the data files (as a whole and the
 * reference data the trust features read entry by entry), the snippets, and the theme whose files
 * fill in what the site's templates/ lacks.
 */
record Inputs(SiteConfig config, ContentScanner.Result scan, Map<String, Object> data, ReferenceData refs, Snippets snippets, Theme theme) {}
