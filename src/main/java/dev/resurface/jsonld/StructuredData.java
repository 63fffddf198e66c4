package dev.resurface.jsonld;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.resurface.cite.CitedSource;
import dev.resurface.cite.Person;
import dev.resurface.cite.Source;
import dev.resurface.config.Imprint;
import dev.resurface.config.SiteConfig;
import dev.resurface.config.TrustConfig;
import dev.resurface.content.Page;
import java.util.List;

/**
 * A page's JSON-LD: the {@code WebSite} and the page with its review date and reviewer (only when front
 * matter names a reviewer), publisher and author (the publishing organisation), citations, audience,
 * breadcrumb and, on pages the config marks as procedures, one {@code MedicalProcedure} node (with an
 * {@code @id}) that the page is about. The page's type is the caller's: {@code MedicalWebPage} only for
 * medical content, {@code CollectionPage} for lists, {@code WebPage} otherwise; the 404 page has none. Gson
 * escapes {@code <}, {@code >} and {@code &} as {@code \u003c}…, so no value can end the
 * {@code <script>} element it is placed in.
 */
public final class StructuredData {
    private static final Gson GSON = new Gson();

    private StructuredData() {}

    /** A breadcrumb step with an absolute URL. */
    public record Crumb(String name, String url) {}

    /**
     * @param type      the page's schema.org type ({@link #pageType}); empty for a page that is no page of the
     *                  site's (404): only the {@code WebSite} is described
     * @param procedure whether the page is about a medical procedure (it matches the config's {@code procedure})
     * @param crumbs    the breadcrumb trail, home first, with absolute URLs
     */
    public static String of(Page page, SiteConfig config, String permalink, String type, boolean procedure, List<Crumb> crumbs) {
        TrustConfig.StructuredData sd = config.trust().structuredData();
        JsonObject site = new JsonObject();
        site.addProperty("@type", "WebSite");
        site.addProperty("@id", config.baseUrl() + "#website");
        site.addProperty("url", config.baseUrl());
        site.addProperty("name", config.title());
        if (!config.description().isEmpty()) site.addProperty("description", config.description());
        site.addProperty("inLanguage", config.language());
        JsonObject publisher = config.imprint().publisher().map(p -> publisher(p, config)).orElse(null);
        if (publisher != null) site.add("publisher", ref(publisher));

        JsonObject root = new JsonObject();
        root.addProperty("@context", "https://schema.org");
        JsonArray graph = new JsonArray();
        graph.add(site);
        if (type.isEmpty()) {
            if (publisher != null) graph.add(publisher);
            root.add("@graph", graph);
            return GSON.toJson(root);
        }
        JsonObject web = new JsonObject();
        web.addProperty("@type", type);
        web.addProperty("@id", permalink + "#webpage");
        web.addProperty("url", permalink);
        web.addProperty("name", page.title());
        String description = page.fm().description().orElse(page.summary());
        if (!description.isEmpty()) web.addProperty("description", description);
        web.addProperty("inLanguage", config.language());
        JsonObject partOf = new JsonObject();
        partOf.addProperty("@id", config.baseUrl() + "#website");
        web.add("isPartOf", partOf);
        page.fm().date().ifPresent(d -> web.addProperty("datePublished", d.toString()));
        page.fm().updated().ifPresent(d -> web.addProperty("dateModified", d.toString()));
        if (publisher != null) {
            web.add("publisher", ref(publisher));
            web.add("author", ref(publisher)); // the organisation writes the pages: no person is named as author
        }
        // lastReviewed and reviewedBy claim a review: only a named reviewer makes one (checking the sources is not)
        page.trust().reviewer().ifPresent(p -> {
            page.trust().lastReviewed().ifPresent(d -> web.addProperty("lastReviewed", d.toString()));
            web.add("reviewedBy", person(p));
        });
        if (!sd.audience().isEmpty()) web.addProperty("audience", "https://schema.org/" + sd.audience());
        if (!page.trust().citations().isEmpty()) {
            JsonArray cites = new JsonArray();
            for (CitedSource c : page.trust().citations()) cites.add(work(c.source()));
            web.add("citation", cites);
        }
        JsonObject proc = null;
        if (procedure) { // one node, referred to twice: the page is about it and it is the page's main entity
            proc = new JsonObject();
            proc.addProperty("@type", "MedicalProcedure");
            proc.addProperty("@id", permalink + "#procedure");
            proc.addProperty("name", page.title());
            if (!description.isEmpty()) proc.addProperty("description", description);
            proc.addProperty("url", permalink);
            web.add("about", ref(proc));
            web.add("mainEntity", ref(proc));
        }
        if (crumbs.size() > 1) {
            JsonObject list = new JsonObject();
            list.addProperty("@type", "BreadcrumbList");
            JsonArray items = new JsonArray();
            for (int i = 0; i < crumbs.size(); i++) {
                JsonObject item = new JsonObject();
                item.addProperty("@type", "ListItem");
                item.addProperty("position", i + 1);
                item.addProperty("name", crumbs.get(i).name());
                item.addProperty("item", crumbs.get(i).url());
                items.add(item);
            }
            list.add("itemListElement", items);
            web.add("breadcrumb", list);
        }
        graph.add(web);
        if (proc != null) graph.add(proc);
        if (publisher != null) graph.add(publisher);
        root.add("@graph", graph);
        return GSON.toJson(root);
    }

    /**
     * The page's type: {@code pageType} (e.g. {@code MedicalWebPage}) only for content pages that are
     * medical content ({@code structuredData.medical}, or every content page when it is not set),
     * {@code CollectionPage} for pages that list others, plain {@code WebPage} for the rest (about,
     * sources, glossary, search…).
     *
     * @param listing the page is a section, home, tag or tag-index page
     * @param medical the page is written content that matches the config's medical conditions
     */
    public static String pageType(SiteConfig config, boolean listing, boolean medical) {
        if (listing) return "CollectionPage";
        return medical ? config.trust().structuredData().pageType() : "WebPage";
    }

    /** The publishing organisation, with the feedback route when there is one; no person is named. */
    private static JsonObject publisher(Imprint.Publisher p, SiteConfig config) {
        JsonObject o = new JsonObject();
        o.addProperty("@type", "Organization");
        o.addProperty("@id", config.baseUrl() + "#publisher");
        o.addProperty("name", p.name());
        o.addProperty("url", p.url().isEmpty() ? config.baseUrl() : p.url());
        config.imprint().contact().ifPresent(c -> {
            JsonObject point = new JsonObject();
            point.addProperty("@type", "ContactPoint");
            point.addProperty("contactType", "reader feedback");
            if (!c.email().isEmpty()) point.addProperty("email", c.email());
            if (!c.url().isEmpty()) point.addProperty("url", c.url());
            o.add("contactPoint", point);
        });
        return o;
    }

    private static JsonObject ref(JsonObject node) {
        JsonObject o = new JsonObject();
        o.add("@id", node.get("@id"));
        return o;
    }

    private static JsonObject person(Person p) {
        JsonObject o = new JsonObject();
        o.addProperty("@type", "Person");
        o.addProperty("name", p.name());
        if (!p.credentials().isEmpty()) o.addProperty("description", p.credentials());
        if (!p.url().isEmpty()) o.addProperty("url", p.url());
        return o;
    }

    private static JsonObject work(Source s) {
        JsonObject o = new JsonObject();
        o.addProperty("@type", "CreativeWork");
        o.addProperty("name", s.title());
        if (!s.href().isEmpty()) o.addProperty("url", s.href());
        if (!s.publisher().isEmpty()) {
            JsonObject org = new JsonObject();
            org.addProperty("@type", "Organization");
            org.addProperty("name", s.publisher());
            o.add("publisher", org);
        }
        s.year().ifPresent(y -> o.addProperty("datePublished", String.valueOf(y)));
        return o;
    }
}
