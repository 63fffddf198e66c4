package dev.resurface.lint;

import dev.resurface.content.ParsedPage;
import dev.resurface.content.Pos;
import dev.resurface.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two published pages with the same title (ignoring case and spacing) are a warning on the second:
 * search results, browser tabs and bookmarks could not tell them apart.
 */
public final class DuplicateTitles {
    private DuplicateTitles() {}

    /** @param pages in a stable order (the first of two is the one named, the second is warned) */
    public static List<Diagnostic> check(List<ParsedPage> pages) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, ParsedPage> first = new HashMap<>();
        for (ParsedPage p : pages) {
            String key = p.fm().title().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (key.isEmpty()) continue;
            ParsedPage earlier = first.putIfAbsent(key, p);
            if (earlier == null) continue;
            Pos at = p.fm().posOf("title");
            Pos there = earlier.fm().posOf("title");
            out.add(Diagnostic.warning(p.src().path(), at.line(), at.col(),
                    "another page has the same title '" + earlier.fm().title().strip() + "': " + earlier.src().path() + ":" + there.line(),
                    "search results and browser tabs cannot tell them apart; give each page its own title"));
        }
        return out;
    }
}
