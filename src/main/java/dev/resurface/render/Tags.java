package dev.resurface.render;

import java.text.Normalizer;
import java.util.Locale;

/** Tag names to URL slugs: "Non-ablative lasers" is {@code non-ablative-lasers}. */
public final class Tags {
    private Tags() {}

    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
        s = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "tag" : s;
    }
}
