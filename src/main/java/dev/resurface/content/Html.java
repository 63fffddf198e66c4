package dev.resurface.content;

import java.util.function.Supplier;

/**
 * A page's rendered Markdown body: the text itself, or where to get it when it is first needed. A page
 * kept by {@code build --cache} reads its body from the cache only if an output showing it is rendered
 * again, so a build that changes one page does not hold every page's HTML in memory.
 */
public final class Html {
    private final Supplier<String> load;
    private volatile String text;

    private Html(String text, Supplier<String> load) {
        this.text = text;
        this.load = load;
    }

    public static Html of(String text) {
        return new Html(text, null);
    }

    /** The body {@code load} gives, asked for once, when first needed (from any thread). */
    public static Html lazy(Supplier<String> load) {
        return new Html(null, load);
    }

    public String text() {
        String t = text;
        if (t == null) {
            synchronized (this) {
                if (text == null) text = load.get();
                t = text;
            }
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Html h && text().equals(h.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
