package dev.resurface.render;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.Page;
import dev.resurface.content.PageOrder;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.content.Tag;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What templates and shortcodes see as {@code site}. Templates see every key. Shortcodes render with one
 * page's Markdown, before the site's pages exist (and a page's rendered Markdown is cached by what it
 * reads), so they see only the keys that come from site.yml, the data files and the engine
 * ({@link #SHORTCODE_KEYS}); asking for another one there is an error that says why.
 */
public final class SiteModel implements TemplateHashModelEx {
    /** Every key, in the order docs/theme.md documents them. */
    public static final List<String> KEYS = List.of("title", "description", "language", "baseUrl", "basePath", "params",
            "menus", "pages", "allPages", "sections", "tags", "data", "assets", "home", "feedUrl", "sitemapUrl",
            "generator", "page", "url", "sources", "glossary", "glossaryByLetter", "sourcesUrl", "glossaryUrl", "searchIndexUrl",
            "publisher", "contact", "icons");

    /** The keys known before any page is rendered: what shortcodes see (in {@link #KEYS} order). */
    public static final List<String> SHORTCODE_KEYS = List.of("title", "description", "language", "baseUrl", "basePath", "params",
            "data", "feedUrl", "sitemapUrl", "generator", "url", "publisher", "contact");

    /** A tag in site-wide lists. */
    public record TagModel(String name, String slug, String url, int count, List<Page> pages) {
        static TagModel of(Tag t, Site site) {
            return new TagModel(t.name(), t.slug(), site.url(t.path()), t.pages().size(), t.pages());
        }
    }

    /** The icons made from the theme's favicon.svg: the hrefs of favicon.ico and apple-touch-icon.png. */
    public record Icons(String ico, String appleTouch) {}

    private final ModelWrapper w;
    private final SiteConfig config;
    private final Map<String, Object> data;
    private final String generator;
    /** Null for shortcodes: the pages do not exist yet. */
    private final Site site;

    /** The whole {@code site} of templates: {@code wrapper} knows the site. */
    public SiteModel(ModelWrapper wrapper, String generator) {
        this(wrapper, wrapper.site().config(), wrapper.site().data(), generator, wrapper.site());
    }

    private SiteModel(ModelWrapper wrapper, SiteConfig config, Map<String, Object> data, String generator, Site site) {
        this.w = wrapper;
        this.config = config;
        this.data = data;
        this.generator = generator;
        this.site = site;
    }

    /**
     * The {@code site} of shortcodes: {@link #SHORTCODE_KEYS}, from the configuration and data alone.
     *
     * @param data the data files as shortcodes see them (see {@link FailedData#in})
     */
    public static SiteModel forShortcodes(SiteConfig config, Map<String, Object> data, String generator) {
        return new SiteModel(new ModelWrapper(TemplateEngine.VERSION, null), config, data, generator, null);
    }

    /** The data files this model shows as {@code site.data} (a shortcode also sees them as {@code data}). */
    Map<String, Object> data() { return data; }

    /** How this model wraps values (shortcodes render with it, so their {@code data} looks as in templates). */
    ModelWrapper wrapper() { return w; }

    private List<String> visibleKeys() { return site != null ? KEYS : SHORTCODE_KEYS; }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        switch (key) {
            case "title": return w.wrap(config.title());
            case "description": return w.wrap(config.description());
            case "language": return w.wrap(config.language());
            case "baseUrl": return w.wrap(config.baseUrl());
            case "basePath": return w.wrap(config.basePath());
            case "params": return w.wrap(config.params());
            case "data": return w.wrap(data);
            case "feedUrl": return w.wrap(config.url(Outputs.FEED));
            case "sitemapUrl": return w.wrap(config.url(Outputs.SITEMAP));
            case "generator": return w.wrap(generator);
            case "publisher": return w.wrap(config.imprint().publisher());
            case "contact": return w.wrap(config.imprint().contact());
            case "url": return (TemplateMethodModelEx) args -> {
                if (args.size() != 1) throw new TemplateModelException("site.url needs one argument: a site path such as \"/tags/\"");
                return w.wrap(config.url(String.valueOf(args.get(0))));
            };
            default:
                if (!KEYS.contains(key)) return null;
                if (site == null) {
                    throw new TemplateModelException("site." + key + " is not available in a shortcode, which renders before the site's pages exist "
                            + "(docs/theme.md lists what shortcodes see)");
                }
                return siteWide(key);
        }
    }

    /** The keys that need the whole site. */
    private TemplateModel siteWide(String key) throws TemplateModelException {
        return switch (key) {
            case "menus" -> w.wrap(site.menus());
            case "pages" -> w.wrap(site.regularPages());
            case "allPages" -> w.wrap(site.pages());
            case "sections" -> w.wrap(topSections(site));
            case "tags" -> w.wrap(tags(site));
            case "assets" -> w.wrap(site.assets());
            case "home" -> w.wrap(site.section("").map(Section::page));
            case "sources" -> w.wrap(site.reference().sources());
            case "glossary" -> w.wrap(site.reference().glossary().terms());
            case "glossaryByLetter" -> w.wrap(site.reference().glossary().byLetter());
            case "sourcesUrl" -> w.wrap(site.reference().sources().isEmpty() ? Optional.empty()
                    : Optional.of(site.url(config.trust().citations().page())));
            case "glossaryUrl" -> w.wrap(site.reference().glossary().isEmpty() ? Optional.empty()
                    : Optional.of(site.url(config.trust().glossary().page())));
            case "icons" -> w.wrap(site.assets().containsKey("favicon.svg")
                    ? Optional.of(new Icons(site.url("/favicon.ico"), site.url("/apple-touch-icon.png"))) : Optional.empty());
            case "searchIndexUrl" -> w.wrap(config.search().enabled()
                    ? Optional.of(site.url(config.search().index())) : Optional.empty());
            case "page" -> (TemplateMethodModelEx) args -> {
                if (args.size() != 1) throw new TemplateModelException("site.page needs one argument: a path under content/, e.g. site.page(\"types/co2.md\")");
                String p = String.valueOf(args.get(0));
                return w.wrap(site.byContentPath(p).orElseThrow(() ->
                        new TemplateModelException("site.page(\"" + p + "\"): no page content/" + p)));
            };
            default -> null;
        };
    }

    private static List<Page> topSections(Site site) {
        List<Page> out = new ArrayList<>();
        site.section("").ifPresent(root -> root.subsections().forEach(k -> out.add(site.sections().get(k).page())));
        out.sort(PageOrder.READING);
        return out;
    }

    private static List<TagModel> tags(Site site) {
        List<TagModel> out = new ArrayList<>();
        for (Tag t : site.tags().values()) out.add(TagModel.of(t, site));
        return out;
    }

    @Override
    public boolean isEmpty() { return false; }

    @Override
    public int size() { return visibleKeys().size(); }

    @Override
    public TemplateCollectionModel keys() { return new SimpleCollection(visibleKeys(), w); }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<Object> vals = new ArrayList<>();
        for (String k : visibleKeys()) vals.add(get(k));
        return new SimpleCollection(vals, w);
    }
}
