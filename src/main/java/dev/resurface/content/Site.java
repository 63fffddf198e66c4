package dev.resurface.content;

import dev.resurface.config.SiteConfig;
import dev.resurface.util.Frozen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole site after parsing and rendering Markdown: built once, immutable, shared by every
 * template render. Relations (section, previous/next) are looked up here, so pages stay plain values.
 * A class rather than a record so that its lookup tables are built once and equality stays by identity.
 */
public final class Site {
    private final SiteConfig config;
    private final List<Page> pages;
    private final Map<String, Section> sections;
    private final Map<String, Tag> tags;
    private final Map<String, Object> data;
    private final Map<String, String> assets;
    private final Map<String, List<MenuItem>> menus;
    private final Map<String, Page> byPath;
    private final Map<String, Page> byContentPath;
    private final Map<String, Page> prev;
    private final Map<String, Page> next;
    private final List<Page> regularPages;
    private final Reference reference;

    /**
     * @param pages    every page (articles, section pages, home), ordered by source path
     * @param sections by key ("" is the root/home section), each with its pages in reading order
     * @param tags     by slug, sorted
     * @param data     {@code content/_data} files by name
     * @param assets   theme asset name (e.g. {@code style.css}) to its fingerprinted URL
     */
    public Site(SiteConfig config, List<Page> pages, Map<String, Section> sections, Map<String, Tag> tags,
                Map<String, Object> data, Map<String, String> assets, Map<String, List<MenuItem>> menus, Reference reference) {
        this.reference = reference;
        this.config = config;
        this.pages = List.copyOf(pages);
        this.sections = Frozen.map(sections);
        this.tags = Frozen.map(tags);
        this.data = Frozen.map(data);
        this.assets = Frozen.map(assets);
        this.menus = Frozen.map(menus);
        this.byPath = new HashMap<>();
        this.byContentPath = new HashMap<>();
        this.prev = new HashMap<>();
        this.next = new HashMap<>();
        for (Page p : this.pages) {
            byPath.put(p.path(), p);
            byContentPath.put(p.contentPath(), p);
        }
        for (Section sec : this.sections.values()) {
            List<Page> list = sec.pages();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) prev.put(list.get(i).path(), list.get(i - 1));
                if (i + 1 < list.size()) next.put(list.get(i).path(), list.get(i + 1));
            }
        }
        regularPages = List.copyOf(PageOrder.newestFirst(this.pages.stream().filter(p -> p.kind() == PageKind.PAGE).toList()));
    }

    /**
     * This site with some pages swapped for new versions of themselves (same path, kind and front
     * matter, so every list keeps its order): serve's quick rebuild after a body edit.
     */
    public Site replacing(Map<Page, Page> changed) {
        return new Site(this, new IdentityHashMap<>(changed)); // by identity: a record's hash would read every field
    }

    /** {@link #replacing}: the same site with pages swapped; every order stays, so the indexes are patched, not rebuilt. */
    private Site(Site base, Map<Page, Page> newer) {
        Function<List<Page>, List<Page>> swap = list -> {
            List<Page> out = new ArrayList<>(list);
            out.replaceAll(p -> newer.getOrDefault(p, p));
            return Collections.unmodifiableList(out);
        };
        this.config = base.config;
        this.pages = swap.apply(base.pages);
        Map<String, Section> secs = new LinkedHashMap<>();
        base.sections.forEach((k, s) -> secs.put(k, new Section(s.key(), s.page() == null ? null : newer.getOrDefault(s.page(), s.page()),
                swap.apply(s.pages()), s.subsections())));
        this.sections = Collections.unmodifiableMap(secs);
        Map<String, Tag> tgs = new LinkedHashMap<>();
        base.tags.forEach((k, t) -> tgs.put(k, new Tag(t.name(), t.slug(), t.path(), swap.apply(t.pages()), t.description())));
        this.tags = Collections.unmodifiableMap(tgs);
        this.data = base.data;
        this.assets = base.assets;
        this.menus = base.menus;
        this.byPath = new HashMap<>(base.byPath);
        this.byContentPath = new HashMap<>(base.byContentPath);
        this.prev = new HashMap<>(base.prev);
        this.next = new HashMap<>(base.next);
        newer.values().forEach(now -> {
            byPath.put(now.path(), now);
            byContentPath.put(now.contentPath(), now);
        });
        prev.replaceAll((k, v) -> newer.getOrDefault(v, v));
        next.replaceAll((k, v) -> newer.getOrDefault(v, v));
        this.regularPages = swap.apply(base.regularPages);
        List<Reference.Entry> entries = base.reference.sources().stream().map(e -> new Reference.Entry(e.source(), swap.apply(e.citedBy()))).toList();
        this.reference = new Reference(base.reference.bibliography(), entries, base.reference.glossary());
    }

    public SiteConfig config() { return config; }

    public List<Page> pages() { return pages; }

    public Map<String, Section> sections() { return sections; }

    public Map<String, Tag> tags() { return tags; }

    public Map<String, Object> data() { return data; }

    public Map<String, String> assets() { return assets; }

    public Map<String, List<MenuItem>> menus() { return menus; }

    /** Bibliography (with citing pages) and glossary. */
    public Reference reference() { return reference; }

    public Optional<Page> byPath(String path) { return Optional.ofNullable(byPath.get(path)); }

    public Optional<Page> byContentPath(String contentPath) { return Optional.ofNullable(byContentPath.get(contentPath)); }

    public Optional<Section> section(String key) { return Optional.ofNullable(sections.get(key)); }

    public Optional<Page> prev(Page p) { return Optional.ofNullable(prev.get(p.path())); }

    public Optional<Page> next(Page p) { return Optional.ofNullable(next.get(p.path())); }

    /** Regular pages (not section or home pages), newest first, then by title. */
    public List<Page> regularPages() { return regularPages; }

    /** A site path ({@code /types/co2/}) as an href, with the base path of baseUrl in front. */
    public String url(String sitePath) {
        return config.url(sitePath);
    }

    /** A site path as an absolute URL. */
    public String permalink(String sitePath) {
        return config.baseUrl() + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }
}
