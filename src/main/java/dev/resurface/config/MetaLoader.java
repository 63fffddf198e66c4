package dev.resurface.config;

import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the {@code socialCards} and {@code tags} sections of {@code site.yml} (see {@link Meta}). */
final class MetaLoader {
    static final List<String> CARD_KEYS = List.of("enabled", "background", "text", "accent");
    static final List<String> TAG_KEYS = List.of("data", "singlePage");

    private MetaLoader() {}

    static Meta load(MapReader root) {
        Meta.SocialCards d = Meta.SocialCards.DEFAULT;
        // a socialCards section turns cards on ('socialCards: {}' for the default colours)
        Meta.SocialCards cards = root.node("socialCards") instanceof YNode.Scalar sc && sc.isNull() ? new Meta.SocialCards(true, d.background(), d.text(), d.accent())
                : section(root, "socialCards", CARD_KEYS).map(r -> new Meta.SocialCards(
                r.bool("enabled").orElse(true), colour(r, "background", d.background()),
                colour(r, "text", d.text()), colour(r, "accent", d.accent()))).orElse(d);
        Meta.TagPages t = Meta.TagPages.DEFAULT;
        Meta.TagPages tags = section(root, "tags", TAG_KEYS).map(r -> new Meta.TagPages(
                dataName(r, t.data()), singlePage(r, t.singlePage()))).orElse(t);
        return new Meta(cards, tags);
    }

    private static Optional<MapReader> section(MapReader root, String key, List<String> keys) {
        YNode n = root.node(key);
        if (n == null || n instanceof YNode.Scalar sc && sc.isNull()) return Optional.empty();
        if (!(n instanceof YNode.Mapping m)) {
            root.error(n, "'" + key + "' must be a map of 'key: value' lines, found " + YNode.describe(n), "known keys: " + String.join(", ", keys));
            return Optional.empty();
        }
        MapReader r = root.at(m);
        r.rejectUnknown(keys, key);
        return Optional.of(r);
    }

    private static String colour(MapReader r, String key, String fallback) {
        if (r.node(key) instanceof YNode.Scalar sc && sc.isNull()) {
            r.error(sc, "'" + key + "' is empty", "quote the colour, as in " + key + ": \"" + fallback + "\": an unquoted # starts a comment in YAML");
            return fallback;
        }
        String v = r.string(key).orElse(fallback).strip();
        if (v.matches("#[0-9A-Fa-f]{6}")) return v.toLowerCase(Locale.ROOT);
        r.error(r.node(key), "'" + key + "' must be a colour written as #rrggbb, found '" + v + "'", "e.g. " + key + ": \"" + fallback + "\" (quote it: # starts a comment in YAML)");
        return fallback;
    }

    private static String dataName(MapReader r, String fallback) {
        String v = r.string("data").orElse(fallback);
        if (v.matches("[A-Za-z0-9_-]+")) return v;
        r.error(r.node("data"), "'data' must name a data file under content/_data without its extension, found '" + v + "'", "e.g. 'tags'");
        return fallback;
    }

    private static Meta.SinglePage singlePage(MapReader r, Meta.SinglePage fallback) {
        Optional<String> v = r.string("singlePage");
        if (v.isEmpty()) return fallback;
        for (Meta.SinglePage s : Meta.SinglePage.values()) if (s.word().equals(v.get().strip())) return s;
        r.error(r.node("singlePage"), "'singlePage' must be one of " + String.join(", ", Arrays.stream(Meta.SinglePage.values()).map(Meta.SinglePage::word).toList())
                + ", found '" + v.get() + "'", "noindex keeps a one-page tag out of search engines; omit does not make its page");
        return fallback;
    }
}
