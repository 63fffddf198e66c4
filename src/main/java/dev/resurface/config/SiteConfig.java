package dev.resurface.config;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code site.yml} says, validated.
 *
 * @param baseUrl  absolute URL ending in '/', e.g. {@code https://example.org/guide/}
 * @param basePath the path part of baseUrl ('/' or '/guide/'), prefixed to every internal URL
 * @param params   free-form values for templates ({@code site.params})
 */
public record SiteConfig(String title, String baseUrl, String basePath, String language, String description,
                         Map<String, List<MenuEntry>> menus, Map<String, Object> params, Schema schema,
                         Options options, TrustConfig trust) {

    /** Engine options, each with a default. */
    public record Options(int wordsPerMinute, int feedLimit, int summaryWords, List<Integer> tocLevels) {
        public static final Options DEFAULT = new Options(200, 20, 40, List.of(2, 3));

        public Options {
            tocLevels = List.copyOf(tocLevels);
        }
    }

    public SiteConfig {
        menus = dev.resurface.util.Frozen.map(menus);
        params = dev.resurface.util.Frozen.map(params);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, SiteConfigLoader.basePathOf(url), language, description, menus, params, schema, options, trust);
    }
}
