package dev.resurface.search;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.markdown.TocEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the search index: for each published page its URL, title, section title, description,
 * headings and plain text, in site-path order so the same site always gives the same bytes.
 * Short keys keep the file small; the theme's script knows them:
 * {@code {"v":1,"pages":[{"u":url,"t":title,"s":section,"d":description,"h":headings,"x":text}]}}.
 */
public final class SearchIndex {
    public static final int VERSION = 1;

    private SearchIndex() {}

    /**
     * @param texts    plain text of each page's body by site path (pages without text are indexed by
     *                 title, description and headings only)
     * @param maxWords words of text kept per page; 0 keeps all
     * @param exclude  site paths of pages left out (e.g. the search page itself)
     */
    public static byte[] build(Site site, Map<String, String> texts, int maxWords, Set<String> exclude) {
        JsonArray docs = new JsonArray();
        List<Page> pages = site.pages().stream()
                .filter(p -> !p.fm().draft() && !exclude.contains(p.path()))
                .sorted(Comparator.comparing(Page::path))
                .toList();
        for (Page p : pages) {
            JsonObject d = new JsonObject();
            d.addProperty("u", site.url(p.path()));
            d.addProperty("t", p.title());
            d.addProperty("s", sectionTitle(site, p));
            d.addProperty("d", p.fm().description().orElse(p.summary()));
            d.addProperty("h", String.join(" · ", headings(p)));
            d.addProperty("x", limit(texts.getOrDefault(p.path(), ""), maxWords));
            docs.add(d);
        }
        JsonObject root = new JsonObject();
        root.addProperty("v", VERSION);
        root.add("pages", docs);
        // HTML-safe escaping stays on: the index may also be inlined in a page one day.
        return new GsonBuilder().disableJdkUnsafe().create().toJson(root).getBytes(StandardCharsets.UTF_8);
    }

    private static String sectionTitle(Site site, Page p) {
        if (p.kind() == PageKind.HOME) return "";
        String section = Section.containing(p);
        if (section.isEmpty()) return "";
        return site.section(section).map(s -> s.page().title()).orElse("");
    }

    private static List<String> headings(Page p) {
        List<String> out = new ArrayList<>();
        collect(p.toc(), out);
        return out;
    }

    private static void collect(List<TocEntry> entries, List<String> out) {
        for (var e : entries) {
            out.add(e.title());
            collect(e.children(), out);
        }
    }

    /** The first {@code maxWords} words of a text, whitespace squashed. */
    static String limit(String text, int maxWords) {
        // citation marks leave a space before punctuation: "untouched ." reads better as "untouched."
        String squashed = text.strip().replaceAll("\\s+", " ").replaceAll(" ([.,;:!?)])", "$1");
        if (maxWords <= 0 || squashed.isEmpty()) return squashed;
        int words = 0;
        for (int i = 0; i < squashed.length(); i++) {
            if (squashed.charAt(i) == ' ' && ++words == maxWords) return squashed.substring(0, i);
        }
        return squashed;
    }
}
