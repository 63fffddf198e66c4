package dev.resurface.render;

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

/** What templates see as {@code site}. */
public final class SiteModel implements TemplateHashModelEx {
    public static final List<String> KEYS = List.of("title", "description", "language", "baseUrl", "basePath", "params",
            "menus", "pages", "allPages", "sections", "tags", "data", "assets", "home", "feedUrl", "sitemapUrl",
            "generator", "page", "url", "sources", "glossary", "glossaryByLetter", "sourcesUrl", "glossaryUrl", "searchIndexUrl",
            "publisher", "contact");

    /** A tag in site-wide lists. */
    public record TagModel(String name, String slug, String url, int count, List<Page> pages) {}

    private final ModelWrapper w;
    private final String generator;

    public SiteModel(ModelWrapper wrapper, String generator) {
        this.w = wrapper;
        this.generator = generator;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Site site = w.site();
        return switch (key) {
            case "title" -> w.wrap(site.config().title());
            case "description" -> w.wrap(site.config().description());
            case "language" -> w.wrap(site.config().language());
            case "baseUrl" -> w.wrap(site.config().baseUrl());
            case "basePath" -> w.wrap(site.config().basePath());
            case "params" -> w.wrap(site.config().params());
            case "menus" -> w.wrap(site.menus());
            case "pages" -> w.wrap(site.regularPages());
            case "allPages" -> w.wrap(site.pages());
            case "sections" -> w.wrap(topSections(site));
            case "tags" -> w.wrap(tags(site));
            case "data" -> w.wrap(site.data());
            case "assets" -> w.wrap(site.assets());
            case "home" -> w.wrap(site.section("").map(Section::page));
            case "feedUrl" -> w.wrap(site.url(Outputs.FEED));
            case "sitemapUrl" -> w.wrap(site.url(Outputs.SITEMAP));
            case "generator" -> w.wrap(generator);
            case "sources" -> w.wrap(site.reference().sources());
            case "glossary" -> w.wrap(site.reference().glossary().terms());
            case "glossaryByLetter" -> w.wrap(site.reference().glossary().byLetter());
            case "sourcesUrl" -> w.wrap(site.reference().sources().isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(site.url(site.config().trust().citations().page())));
            case "glossaryUrl" -> w.wrap(site.reference().glossary().isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(site.url(site.config().trust().glossary().page())));
            case "searchIndexUrl" -> w.wrap(site.config().search().enabled()
                    ? java.util.Optional.of(site.url(site.config().search().index())) : java.util.Optional.empty());
            case "publisher" -> w.wrap(site.config().imprint().publisher());
            case "contact" -> w.wrap(site.config().imprint().contact());
            case "page" -> (TemplateMethodModelEx) args -> {
                if (args.size() != 1) throw new TemplateModelException("site.page needs one argument: a path under content/, e.g. site.page(\"types/co2.md\")");
                String p = String.valueOf(args.get(0));
                return w.wrap(site.byContentPath(p).orElseThrow(() ->
                        new TemplateModelException("site.page(\"" + p + "\"): no page content/" + p)));
            };
            case "url" -> (TemplateMethodModelEx) args -> {
                if (args.size() != 1) throw new TemplateModelException("site.url needs one argument: a site path such as \"/tags/\"");
                return w.wrap(site.url(String.valueOf(args.get(0))));
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
        for (Tag t : site.tags().values()) out.add(new TagModel(t.name(), t.slug(), site.url(t.path()), t.pages().size(), t.pages()));
        return out;
    }

    @Override
    public boolean isEmpty() { return false; }

    @Override
    public int size() { return KEYS.size(); }

    @Override
    public TemplateCollectionModel keys() { return new SimpleCollection(KEYS, w); }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<Object> vals = new ArrayList<>();
        for (String k : KEYS) vals.add(get(k));
        return new SimpleCollection(vals, w);
    }
}
