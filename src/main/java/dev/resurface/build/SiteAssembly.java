package dev.resurface.build;

import dev.resurface.cite.CitedSource;
import dev.resurface.cite.Source;
import dev.resurface.config.SiteConfig;
import dev.resurface.config.TrustConfig;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.PageOrder;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Reference;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.content.Tag;
import dev.resurface.content.TagNames;
import dev.resurface.output.Assets;
import dev.resurface.render.Outputs;
import dev.resurface.render.Tags;
import dev.resurface.util.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The immutable {@link Site} from the finished pages: sections (with pages made up for folders
 * without an {@code _index.md}), tags, the sources and glossary pages, menus and assets.
 */
final class SiteAssembly {
    private SiteAssembly() {}

    /** The site: the finished pages with the made-up ones added, grouped into sections and tags. */
    static Site assemble(Inputs in, Linked linked, List<Page> pages, List<Page> synthetic, Map<String, TagIndex> tagIndex) {
        List<Page> all = new ArrayList<>(pages);
        all.addAll(synthetic);
        all.addAll(linked.generated());
        all.sort(Comparator.comparing(Page::path).thenComparing(Page::source));
        SiteConfig config = in.config();
        return new Site(config, all, sections(all, linked.sectionPaths()), tagModels(tagIndex, all), in.data(),
                Assets.urls(linked.assets(), config.basePath()), linked.menus(), reference(all, in.refs()));
    }

    /** Section pages for folders without an {@code _index.md}, titled from the folder name. */
    static List<Page> syntheticSections(Map<String, String> sections, List<ParsedPage> pages, SiteConfig config) {
        Set<String> have = new HashSet<>();
        for (ParsedPage p : pages) if (p.kind() != PageKind.PAGE) have.add(p.section());
        List<Page> out = new ArrayList<>();
        for (Map.Entry<String, String> s : sections.entrySet()) {
            if (have.contains(s.getKey())) continue;
            String key = s.getKey();
            String title = key.isEmpty() ? config.title() : Names.humanize(key.substring(key.lastIndexOf('/') + 1), key.substring(key.lastIndexOf('/') + 1));
            FrontMatter fm = FrontMatter.of(title, Optional.empty());
            out.add(Page.madeUp(key.isEmpty() ? PageKind.HOME : PageKind.SECTION, key.isEmpty() ? "_index.md" : key + "/_index.md",
                    key, s.getValue(), fm, ""));
        }
        return out;
    }

    private static Map<String, Section> sections(List<Page> pages, Map<String, String> folders) {
        Map<String, Page> own = new HashMap<>();
        Map<String, List<Page>> members = new HashMap<>();
        for (Page p : pages) {
            if (p.kind() == PageKind.PAGE) members.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p);
            else own.putIfAbsent(p.section(), p);
        }
        Map<String, List<String>> children = new TreeMap<>();
        for (String key : folders.keySet()) if (!key.isEmpty()) children.computeIfAbsent(Section.parentOf(key), k -> new ArrayList<>()).add(key);
        Map<String, Section> out = new TreeMap<>();
        for (String key : folders.keySet()) {
            List<Page> list = PageOrder.inReadingOrder(members.getOrDefault(key, List.of()));
            out.put(key, new Section(key, own.get(key), list, children.getOrDefault(key, List.of())));
        }
        return out;
    }

    /** A tag's display name (from the tags data file, else as first written), description and the site paths of its pages. */
    record TagIndex(String name, String description, List<String> paths) {}

    static Map<String, TagIndex> tagIndex(Map<String, List<ParsedPage>> tagged, TagNames names) {
        Map<String, TagIndex> out = new TreeMap<>();
        tagged.forEach((slug, list) -> {
            String written = list.get(0).fm().tags().stream().filter(t -> Tags.slug(t).equals(slug)).findFirst().orElse(slug);
            Optional<TagNames.Entry> entry = names.forSlug(slug, Tags::slug);
            out.put(slug, new TagIndex(entry.map(TagNames.Entry::name).orElse(written), entry.map(TagNames.Entry::description).orElse(""),
                    list.stream().map(ParsedPage::path).toList()));
        });
        return out;
    }

    static Map<String, Tag> tagModels(Map<String, TagIndex> tags, List<Page> pages) {
        Map<String, Page> byPath = new HashMap<>();
        for (Page p : pages) byPath.put(p.path(), p);
        // One sort for every tag, not one per tag: NEWEST_FIRST ends with the path, a total order, so
        // a tag's pages taken in this order are what sorting them alone gives.
        List<Page> newest = PageOrder.newestFirst(byPath.values());
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < newest.size(); i++) rank.put(newest.get(i).path(), i);
        Map<String, Tag> out = new TreeMap<>();
        tags.forEach((slug, t) -> {
            int[] ranks = new int[t.paths().size()];
            for (int i = 0; i < ranks.length; i++) ranks[i] = rank.get(t.paths().get(i));
            Arrays.sort(ranks);
            List<Page> ps = new ArrayList<>(ranks.length);
            for (int r : ranks) ps.add(newest.get(r));
            out.put(slug, new Tag(t.name(), slug, Outputs.tagPath(slug), ps, t.description()));
        });
        return out;
    }

    /**
     * The sources page and glossary page, made up by the engine when the site has the data but no
     * content page at that path (a content page there is used instead, with the same layout).
     */
    static List<Page> referencePages(List<ParsedPage> pages, ReferenceData refs, TrustConfig trust) {
        Set<String> taken = new HashSet<>();
        for (ParsedPage p : pages) taken.add(p.path());
        List<Page> out = new ArrayList<>();
        // a data file that failed to load still has its page: links to it are not reported as broken as well
        if ((!refs.bibliography().sources().isEmpty() || refs.failed().containsKey(trust.citations().data())) && !taken.contains(trust.citations().page())) {
            out.add(generatedPage(trust.citations().page(), "Sources", "Every source this site cites, with the pages that cite it."));
        }
        if ((!refs.glossary().isEmpty() || refs.failed().containsKey(trust.glossary().data())) && !taken.contains(trust.glossary().page())) {
            out.add(generatedPage(trust.glossary().page(), "Glossary", "Plain-language explanations of the terms this site uses, A to Z."));
        }
        return out;
    }

    private static Page generatedPage(String path, String title, String description) {
        FrontMatter fm = FrontMatter.of(title, Optional.of(description));
        return Page.madeUp(PageKind.PAGE, "", "", path, fm, description);
    }

    /** Each source with the pages citing it, in bibliography order; the glossary as loaded. */
    private static Reference reference(List<Page> pages, ReferenceData refs) {
        Map<String, List<Page>> citing = new HashMap<>();
        for (Page p : pages) for (CitedSource c : p.trust().citations()) citing.computeIfAbsent(c.source().id(), k -> new ArrayList<>()).add(p);
        List<Reference.Entry> entries = new ArrayList<>();
        for (Source s : refs.bibliography().sources().values()) {
            List<Page> by = new ArrayList<>(citing.getOrDefault(s.id(), List.of()));
            by.sort(Comparator.comparing(Page::title).thenComparing(Page::path));
            entries.add(new Reference.Entry(s, by));
        }
        return new Reference(refs.bibliography(), entries, refs.glossary());
    }

}
