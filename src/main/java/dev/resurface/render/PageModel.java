package dev.resurface.render;

import dev.resurface.cards.CardSpec;
import dev.resurface.config.Meta;
import dev.resurface.config.SchemaRule;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.PageOrder;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.content.Tag;
import dev.resurface.jsonld.StructuredData;
import dev.resurface.links.Urls;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What templates see as {@code page}. Everything is computed from the immutable {@link Page} and
 * {@link Site} on access, so models are cheap and safe to share between threads.
 */
public final class PageModel implements TemplateHashModelEx {
    /** The keys, in the order docs/theme.md documents them. */
    public static final List<String> KEYS = List.of("title", "description", "url", "permalink", "path", "kind", "section",
            "sectionPage", "content", "toc", "summary", "date", "updated", "lastmod", "tags", "breadcrumbs", "prev", "next",
            "params", "words", "readingTime", "draft", "weight", "aliases", "layout", "source", "pages", "subsections",
            "isHome", "citations", "lastReviewed", "nextReview", "reviewer", "readability", "jsonLd", "noindex", "card");

    /** A link in the breadcrumb trail; the last one is the page itself. */
    public record Crumb(String title, String url, boolean current) {}

    /** The page's social preview picture: absolute URL, size in pixels, text alternative. */
    public record CardRef(String url, int width, int height, String alt) {}

    /** A tag as shown on a page. */
    public record TagRef(String name, String slug, String url) {}

    private final Page page;
    private final ModelWrapper w;
    private final String kind;
    private final List<Page> listed;

    PageModel(Page page, ModelWrapper wrapper) {
        this(page, wrapper, page.kind().label(), null);
    }

    /** A generated page (tag list, 404) with its own kind and list of pages. */
    PageModel(Page page, ModelWrapper wrapper, String kind, List<Page> listed) {
        this.page = page;
        this.w = wrapper;
        this.kind = kind;
        this.listed = listed;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Site site = w.site();
        w.read(page, key);
        return switch (key) {
            case "title" -> w.wrap(page.title());
            case "description" -> w.wrap(page.fm().description().orElse(page.summary()));
            case "url" -> w.wrap(site.url(page.path()));
            case "permalink" -> w.wrap(site.permalink(page.path()));
            case "path" -> w.wrap(page.path());
            case "kind" -> w.wrap(kind);
            case "section" -> w.wrap(page.section());
            case "sectionPage" -> w.wrap(site.section(Section.containing(page))
                    .map(Section::page).filter(p -> p != page));
            case "content" -> HTMLOutputFormat.INSTANCE.fromMarkup(page.html());
            case "toc" -> w.wrap(page.toc());
            case "summary" -> w.wrap(page.summary());
            case "date" -> w.wrap(page.fm().date());
            case "updated" -> w.wrap(page.fm().updated());
            case "lastmod" -> w.wrap(page.fm().updated().or(() -> page.fm().date()));
            case "tags" -> w.wrap(tags(site));
            case "breadcrumbs" -> w.wrap(breadcrumbs(site));
            case "prev" -> w.wrap(page.kind() == PageKind.PAGE ? site.prev(page) : Optional.empty());
            case "next" -> w.wrap(page.kind() == PageKind.PAGE ? site.next(page) : Optional.empty());
            case "params" -> w.wrap(params(site));
            case "words" -> w.wrap(page.words());
            case "readingTime" -> w.wrap(page.readingMinutes());
            case "draft" -> w.wrap(page.fm().draft());
            case "weight" -> w.wrap(page.fm().weight());
            case "aliases" -> w.wrap(page.fm().aliases());
            case "layout" -> w.wrap(page.fm().layout());
            case "source" -> w.wrap(page.source());
            case "pages" -> w.wrap(listed != null ? listed : site.section(page.section())
                    .filter(s -> page.kind() != PageKind.PAGE).map(Section::pages).orElse(List.of()));
            case "subsections" -> w.wrap(page.kind() == PageKind.PAGE ? List.of() : site.section(page.section())
                    .map(s -> s.subsections().stream().map(k -> site.sections().get(k).page()).sorted(PageOrder.READING).toList())
                    .orElse(List.of()));
            case "isHome" -> w.wrap(page.kind() == PageKind.HOME);
            case "citations" -> w.wrap(page.trust().citations());
            case "lastReviewed" -> w.wrap(page.trust().lastReviewed());
            case "nextReview" -> w.wrap(page.trust().nextReview());
            case "reviewer" -> w.wrap(page.trust().reviewer());
            case "readability" -> w.wrap(page.trust().readability());
            case "jsonLd" -> HTMLOutputFormat.INSTANCE.fromMarkup(jsonLd(site));
            case "noindex" -> w.wrap(noindex(site));
            case "card" -> w.wrap(card().map(c -> new CardRef(site.permalink("/" + c.file()), CardSpec.WIDTH, CardSpec.HEIGHT, c.alt())));
            default -> null;
        };
    }

    /** Front matter params; fields the schema types as {@code page} become the pages they name. */
    private Map<String, Object> params(Site site) {
        Map<String, Object> params = page.fm().params();
        if (page.fm().pageRefs().isEmpty()) return params;
        Map<String, Object> out = new LinkedHashMap<>(params);
        String dir = page.contentPath().contains("/") ? page.contentPath().substring(0, page.contentPath().lastIndexOf('/')) : "";
        for (String field : page.fm().pageRefs().stream().map(r -> r.field()).distinct().toList()) {
            Object v = params.get(field);
            if (v instanceof List<?> list) {
                List<Object> pages = new ArrayList<>();
                for (Object item : list) resolve(site, dir, String.valueOf(item)).ifPresent(pages::add);
                out.put(field, pages);
            } else if (v != null) {
                out.put(field, resolve(site, dir, String.valueOf(v)).orElse(null));
            }
        }
        return out;
    }

    private static Optional<Page> resolve(Site site, String dir, String written) {
        String w = written.startsWith("/") ? written.substring(1) : written;
        return Urls.resolve(written.startsWith("/") ? "" : dir, w).flatMap(site::byContentPath);
    }

    private List<TagRef> tags(Site site) {
        List<TagRef> out = new ArrayList<>();
        for (String name : page.fm().tags()) {
            Tag t = site.tags().get(Tags.slug(name));
            if (t != null) out.add(new TagRef(t.name(), t.slug(), site.url(t.path())));
        }
        return out;
    }

    /**
     * Search engines are asked not to index the 404 page (it is no page of the site's) and, unless
     * {@code tags.singlePage} says otherwise, a tag page that lists a single page.
     */
    private boolean noindex(Site site) {
        if (kind.equals("404")) return true;
        return kind.equals("tag") && listed != null && listed.size() == 1 && site.config().meta().tags().singlePage() == Meta.SinglePage.NOINDEX;
    }

    /** What this page's social preview card shows (empty when the site has cards off). */
    Optional<CardSpec> card() {
        Site site = w.site();
        var colours = site.config().meta().cards();
        if (!colours.enabled()) return Optional.empty();
        String section = "";
        if (kind.equals("tag")) section = "Topic";
        else if (kind.equals("page") || kind.equals("section")) {
            List<Crumb> crumbs = breadcrumbs(site); // home … section … this page: the section is the last but one, when not home
            if (crumbs.size() >= 3) section = crumbs.get(crumbs.size() - 2).title();
        }
        return Optional.of(new CardSpec(page.title(), section, site.config().title(), colours));
    }

    private boolean matches(Map<String, Object> when) {
        return FrontMatterParser.matches(new SchemaRule(when, List.of(), 0, 0), page.kind().label(), page.section(), Map.of(), page.fm().params());
    }

    /** The page's JSON-LD (a JSON text that cannot close its script element: see StructuredData). */
    private String jsonLd(Site site) {
        var sd = site.config().trust().structuredData();
        boolean content = kind.equals("page") && !page.source().isEmpty();
        boolean procedure = !sd.procedure().isEmpty() && content && matches(sd.procedure());
        boolean medical = content && (sd.medical().isEmpty() || sd.medical().stream().anyMatch(this::matches));
        String type = kind.equals("404") ? "" : StructuredData.pageType(site.config(), !kind.equals("page"), medical);
        List<StructuredData.Crumb> crumbs = new ArrayList<>();
        for (Crumb c : breadcrumbs(site)) {
            String path = c.url().substring(site.config().basePath().length() - 1);
            crumbs.add(new StructuredData.Crumb(c.title(), site.permalink(path)));
        }
        return StructuredData.of(page, site.config(), site.permalink(page.path()), type, procedure, crumbs);
    }

    private List<Crumb> breadcrumbs(Site site) {
        List<Crumb> out = new ArrayList<>();
        site.section("").ifPresent(home -> out.add(new Crumb(home.page().title(), site.url("/"), page.path().equals("/"))));
        if (page.path().equals("/")) return out;
        String key = Section.containing(page);
        List<Crumb> middle = new ArrayList<>();
        while (!key.isEmpty()) {
            site.section(key).ifPresent(s -> middle.add(0, new Crumb(s.page().title(), site.url(s.page().path()), false)));
            key = Section.parentOf(key);
        }
        out.addAll(middle);
        out.add(new Crumb(page.title(), site.url(page.path()), true));
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
