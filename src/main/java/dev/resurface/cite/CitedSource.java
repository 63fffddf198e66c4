package dev.resurface.cite;

import java.util.List;

/**
 * A source as listed at the end of one page: its number there (order of first citation), the
 * anchor the citations link to, and the ids of the citations that point at it (for back links).
 */
public record CitedSource(int number, String anchor, Source source, List<String> refs) {
    public CitedSource {
        refs = List.copyOf(refs);
    }
}
