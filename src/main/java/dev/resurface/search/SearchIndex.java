package dev.resurface.search;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.resurface.cite.Source;
import dev.resurface.config.SchemaRule;
import dev.resurface.config.SiteConfig;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.glossary.Term;
import dev.resurface.util.Parallel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

/**
 * Builds the search index: every published page (site-path order, so the same site always gives the
 * same bytes) and its passages, one per heading, so results can link to the heading that matched.
 * Short keys keep the file small; the theme's script knows them:
 * <pre>
 * {"v": 2,
 *  "stop": [stop words],
 *  "syn": {"g": [[word, …], …], "o": {word: [also finds, …]}},
 *  "pages": [{"u": url, "t": title, "s": section title, "d": description, "b": rank factor (when not 1)}],
 *  "docs": [[page number, anchor, heading, text], …]}
 * </pre>
 * Each page's first passage is its text before the first heading (anchor ""), even when empty, so a
 * match on the title or description links to the top of the page. The glossary and sources pages get
 * one passage per term or source, linked to its entry.
 */
public final class SearchIndex {
    public static final int VERSION = 2;

    private SearchIndex() {}

    /** {@link #build(Site, Map, SiteConfig.Search, Synonyms, ExecutorService)} on the calling thread. */
    public static byte[] build(Site site, Map<String, String> texts, SiteConfig.Search search, Synonyms synonyms) {
        return build(site, texts, search, synonyms, null);
    }

    /**
     * @param texts    each page's passages by site path ({@link SearchText#encode}; pages without text are
     *                 indexed by title, description and headings only)
     * @param search   the {@code search} section of site.yml: words kept per page, pages left out, boosts
     * @param synonyms the synonyms file, read
     * @param pool     the threads that write the pages' entries (null: this one); the bytes are the same either way
     */
    public static byte[] build(Site site, Map<String, String> texts, SiteConfig.Search search, Synonyms synonyms, ExecutorService pool) {
        // HTML-safe escaping stays on: the index may also be inlined in a page one day.
        Gson gson = new GsonBuilder().disableJdkUnsafe().create();
        List<Page> indexed = site.pages().stream()
                .filter(p -> !p.fm().draft() && !search.exclude().contains(p.path()))
                .sorted(Comparator.comparing(Page::path))
                .toList();
        List<Integer> numbers = IntStream.range(0, indexed.size()).boxed().toList();
        // each page's entry and passages as JSON text, in parallel (at 3,000 long pages this was a serial
        // second at the end of the build); joined below exactly as Gson writes the whole tree
        List<String[]> entries = Parallel.map(pool, numbers, number -> entry(site, indexed.get(number), number, texts, search, gson));
        JsonObject root = new JsonObject();
        root.addProperty("v", VERSION);
        JsonArray stop = new JsonArray();
        StopWords.WORDS.forEach(stop::add);
        root.add("stop", stop);
        root.add("syn", synonyms(synonyms));
        String head = gson.toJson(root);
        StringBuilder out = new StringBuilder(head.length() + entries.stream().mapToInt(e -> e[0].length() + e[1].length() + 2).sum() + 32);
        out.append(head, 0, head.length() - 1).append(",\"pages\":[");
        for (int i = 0; i < entries.size(); i++) out.append(i == 0 ? "" : ",").append(entries.get(i)[0]);
        out.append("],\"docs\":[");
        for (int i = 0; i < entries.size(); i++) out.append(i == 0 ? "" : ",").append(entries.get(i)[1]);
        return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A page's entry in "pages" and its passages in "docs" (comma-separated), as JSON. */
    private static String[] entry(Site site, Page p, int number, Map<String, String> texts, SiteConfig.Search search, Gson gson) {
        JsonObject d = new JsonObject();
        d.addProperty("u", site.url(p.path()));
        d.addProperty("t", p.title());
        d.addProperty("s", sectionTitle(site, p));
        d.addProperty("d", p.fm().description().orElse(p.summary()));
        double boost = boost(p, search.boost());
        if (boost != 1) d.addProperty("b", boost);
        StringBuilder docs = new StringBuilder();
        for (Passage passage : passages(site, p, texts.getOrDefault(p.path(), ""), search.maxWords())) {
            JsonArray doc = new JsonArray();
            doc.add(number);
            doc.add(passage.anchor());
            doc.add(passage.heading());
            doc.add(passage.text());
            if (!docs.isEmpty()) docs.append(',');
            docs.append(gson.toJson(doc));
        }
        return new String[] {gson.toJson(d), docs.toString()};
    }

    /** The page's rank factor: the first {@code search.boost} item whose condition it meets, else 1. */
    static double boost(Page p, List<SiteConfig.Search.Boost> boosts) {
        for (SiteConfig.Search.Boost b : boosts) {
            if (FrontMatterParser.matches(new SchemaRule(b.when(), List.of(), 0, b.line()), p.kind().label(), p.section(), Map.of(), p.fm().params())) {
                return b.by();
            }
        }
        return 1;
    }

    /** The intro first (empty if the page starts with a heading), the glossary's terms or the sources last. */
    static List<Passage> passages(Site site, Page p, String kept, int maxWords) {
        List<Passage> out = new ArrayList<>(SearchText.decode(kept));
        if (out.isEmpty() || !out.get(0).anchor().isEmpty()) out.add(0, new Passage("", "", ""));
        var trust = site.config().trust();
        if (p.path().equals(trust.glossary().page())) {
            for (Term t : site.reference().glossary().terms()) {
                StringBuilder text = new StringBuilder();
                SearchText.sentence(text, SearchText.tidy(t.definition()));
                if (!t.aliases().isEmpty()) SearchText.sentence(text, "Also: " + String.join(", ", t.aliases()));
                out.add(new Passage(t.id(), t.term(), text.toString()));
            }
        }
        if (p.path().equals(trust.citations().page())) {
            for (Source s : site.reference().bibliography().sources().values()) out.add(new Passage(s.id(), SearchText.tidy(s.label()), ""));
        }
        return limit(out, maxWords);
    }

    /** The passages holding the page's first {@code maxWords} words (0: all). */
    static List<Passage> limit(List<Passage> passages, int maxWords) {
        if (maxWords <= 0) return passages;
        List<Passage> out = new ArrayList<>();
        int left = maxWords;
        for (Passage p : passages) {
            if (left <= 0 && !out.isEmpty()) break;
            String text = words(p.text(), left);
            left -= text.isEmpty() ? 0 : text.split(" ").length;
            out.add(new Passage(p.anchor(), p.heading(), text));
        }
        return out;
    }

    /** The first {@code max} words of a text (whitespace squashed). */
    static String words(String text, int max) {
        String squashed = text.strip().replaceAll("\\s+", " ");
        if (max <= 0) return "";
        int words = 0;
        for (int i = 0; i < squashed.length(); i++) {
            if (squashed.charAt(i) == ' ' && ++words == max) return squashed.substring(0, i);
        }
        return squashed;
    }

    private static JsonObject synonyms(Synonyms synonyms) {
        JsonObject syn = new JsonObject();
        JsonArray groups = new JsonArray();
        for (List<String> g : synonyms.groups()) {
            JsonArray group = new JsonArray();
            g.forEach(group::add);
            groups.add(group);
        }
        syn.add("g", groups);
        JsonObject oneWay = new JsonObject();
        synonyms.oneWay().forEach((from, to) -> {
            JsonArray list = new JsonArray();
            to.forEach(list::add);
            oneWay.add(from, list);
        });
        syn.add("o", oneWay);
        return syn;
    }

    private static String sectionTitle(Site site, Page p) {
        if (p.kind() == PageKind.HOME) return "";
        String section = Section.containing(p);
        if (section.isEmpty()) return "";
        return site.section(section).map(s -> s.page().title()).orElse("");
    }
}
