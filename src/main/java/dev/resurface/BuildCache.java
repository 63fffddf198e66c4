package dev.resurface;

import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one build can lend the next in the same process (serve): each Markdown file's parse, and each
 * page's rendered Markdown, with the problems found on the way. A parse is reused while the file
 * (size, modification time, file identity) and everything parsing reads (site.yml and the data
 * files) are unchanged; a rendered page while its parse is reused and nothing a page's links, lint or
 * shortcodes can see has changed (every page's path, title, draft state and anchors, the static
 * files, the templates, the options). Anything else is recomputed, so a build with a cache gives
 * exactly what a build without one would (a test edits a site at random and compares).
 */
public final class BuildCache {
    record Parsed(long size, long modified, Object fileKey, String context, Optional<ParsedPage> page, List<Diagnostic> problems) {}

    record Rendered(ParsedPage source, String context, Page page, List<Diagnostic> problems, String searchText) {}

    final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    final AtomicInteger parseHits = new AtomicInteger();
    final AtomicInteger renderHits = new AtomicInteger();

    /** Pages whose parse, and whose rendered Markdown, the last build reused. */
    public record Reuse(int parsed, int rendered) {}

    public Reuse lastReuse() {
        return new Reuse(parseHits.get(), renderHits.get());
    }

    void startBuild() {
        parseHits.set(0);
        renderHits.set(0);
    }
}
