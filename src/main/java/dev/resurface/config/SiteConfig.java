package dev.resurface.config;

import dev.resurface.images.ImageSettings;
import dev.resurface.util.Frozen;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code site.yml} says, validated.
 *
 * @param baseUrl  absolute URL ending in '/', e.g. {@code https://example.org/guide/}
 * @param basePath the path part of baseUrl ('/' or '/guide/'), prefixed to every internal URL
 * @param params   free-form values for templates ({@code site.params})
 * @param imprint  the publisher and the feedback route
 * @param images   resized copies of the JPEG and PNG images in content/
 * @param meta     social preview cards and tag pages
 * @param theme    the built-in theme site.yml names ({@code theme: health}); empty: chosen by the site's folder (see dev.resurface.theme.Theme#forSite)
 */
public record SiteConfig(String title, String baseUrl, String basePath, String language, String description,
                         Map<String, List<MenuEntry>> menus, Map<String, Object> params, Schema schema,
                         Options options, TrustConfig trust, Search search, Feed feed, Imprint imprint,
                         ImageSettings images, Meta meta, Optional<String> theme) {

    /**
     * The full-text search index: off unless {@code site.yml} has a {@code search} section.
     *
     * @param index    site path of the JSON index, e.g. {@code /search-index.json}
     * @param maxWords words of each page's text kept in the index (0: all), to bound its size on big sites
     * @param exclude  site paths of pages not to index, e.g. the search page itself
     * @param synonyms the data file of words readers use for the same thing ({@link Synonyms#NONE}: none)
     * @param boost    pages ranked higher or lower; the first that matches a page counts
     */
    public record Search(boolean enabled, String index, int maxWords, Set<String> exclude, Synonyms synonyms, List<Boost> boost) {
        public static final Search OFF = new Search(false, "/search-index.json", 0, Set.of(), Synonyms.NONE, List.of());

        public Search {
            exclude = Set.copyOf(exclude);
            boost = List.copyOf(boost);
        }

        /** {@code synonyms: name}: a data file under {@code content/_data}, named at this place in site.yml. */
        public record Synonyms(String data, int line, int col) {
            public static final Synonyms NONE = new Synonyms("", 0, 0);
        }

        /**
         * One {@code boost} item: pages matching {@code when} (written like a schema rule's {@code when})
         * have their search score multiplied by {@code by} (below 1 ranks them lower).
         */
        public record Boost(Map<String, Object> when, double by, int line, int col) {
            public Boost {
                when = Frozen.map(when);
            }
        }
    }

    /**
     * The Atom feed ({@code feed} in {@code site.yml}; its length is {@code options.feedLimit}).
     *
     * @param content each entry carries the page's full HTML as well as its summary
     * @param exclude pages left out of the feed
     */
    public record Feed(boolean content, List<Exclusion> exclude) {
        public static final Feed DEFAULT = new Feed(false, List.of());

        public Feed {
            exclude = List.copyOf(exclude);
        }

        /**
         * One {@code exclude} item: a site path ({@code /disclaimer/}) or a condition written like a schema
         * rule's {@code when} ({@code {type: reference}}); exactly one of the two is set.
         */
        public record Exclusion(String path, Map<String, Object> when, int line, int col) {
            public Exclusion {
                when = Frozen.map(when);
            }
        }
    }

    /** Engine options, each with a default. */
    public record Options(int wordsPerMinute, int feedLimit, int summaryWords, List<Integer> tocLevels) {
        public static final Options DEFAULT = new Options(200, 20, 40, List.of(2, 3));

        public Options {
            tocLevels = List.copyOf(tocLevels);
        }
    }

    public SiteConfig {
        menus = Frozen.map(menus);
        params = Frozen.map(params);
    }

    /** A site path ({@code /types/co2/}) as an href, with the base path of baseUrl in front. */
    public String url(String sitePath) {
        return basePath + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, SiteConfigLoader.basePathOf(url), language, description, menus, params, schema, options, trust, search, feed, imprint, images, meta, theme);
    }
}
