package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.content.FrontMatter;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.PageOrder;
import dev.resurface.content.Tag;
import dev.resurface.content.Trust;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each tag lists its pages newest first (then title ignoring case, then path), whatever order they were tagged in. */
class TagOrderTest {

    private static Page page(String path, String title, LocalDate date) {
        FrontMatter fm = new FrontMatter(title, Optional.empty(), Optional.ofNullable(date), Optional.empty(), false, Optional.empty(),
                0, List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), FrontMatter.Review.NONE);
        return new Page("content" + path + ".md", path.substring(1) + ".md", PageKind.PAGE, "", path, fm, "", List.of(), "", 0, 1, Trust.NONE);
    }

    @Test
    void everyTagListsItsPagesNewestFirst() {
        String[] titles = {"Apple", "apple", "Banana", "banana", "cherry", "Éclair"};
        for (int seed = 0; seed < 20; seed++) {
            Random r = new Random(seed);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                LocalDate date = r.nextInt(5) == 0 ? null : LocalDate.of(2025, 1 + r.nextInt(2), 1 + r.nextInt(3)); // many ties
                pages.add(page("/p" + r.nextInt(1000) + "-" + i + "/", titles[r.nextInt(titles.length)], date));
            }
            Map<String, Page> byPath = new HashMap<>();
            for (Page p : pages) byPath.put(p.path(), p);
            Map<String, SiteAssembly.TagIndex> index = new TreeMap<>();
            for (int t = 0; t < 8; t++) {
                List<String> paths = new ArrayList<>();
                for (Page p : pages) if (r.nextInt(3) == 0) paths.add(p.path());
                Collections.shuffle(paths, r);
                index.put("t" + t, new SiteAssembly.TagIndex("T" + t, "", paths));
            }
            Map<String, Tag> tags = SiteAssembly.tagModels(index, pages);
            for (String slug : index.keySet()) {
                List<Page> expected = new ArrayList<>();
                for (String path : index.get(slug).paths()) expected.add(byPath.get(path));
                expected.sort(PageOrder.NEWEST_FIRST);
                assertEquals(expected, tags.get(slug).pages(), "seed " + seed + ", tag " + slug);
            }
        }
    }
}
