package dev.resurface.build;

import dev.resurface.cache.PageStore;
import dev.resurface.cards.CardPainter;
import dev.resurface.cards.CardSpec;
import dev.resurface.cards.PictureStore;
import dev.resurface.config.Meta;
import dev.resurface.config.SiteConfig;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.IoMessages;
import dev.resurface.icons.IconMaker;
import dev.resurface.output.Assets;
import dev.resurface.output.OutputSink;
import dev.resurface.util.Parallel;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pictures the build draws: each page's social preview card (once per distinct card, taken from
 * the {@link PictureStore} when an earlier build drew it) and the icons made from the theme's
 * {@code favicon.svg}. A build that writes with worker threads starts them early on its
 * {@link PictureThread} ({@link #start}, {@link #startCards}); {@link #write} writes them.
 */
final class PictureStage {
    static final String ICON = "favicon.svg";
    private static final String ICONS = "icons";
    private static final String BACKDROP = "backdrop";

    private PictureStage() {}

    /**
     * After the link stage, on the picture thread while the pages are rendered: what all the site's cards
     * share (loading the font and Java2D on the way), then the icons.
     */
    static void start(SiteConfig config, List<Assets.Asset> assets, Run run) {
        if (!early(run)) return;
        Meta.SocialCards cards = config.meta().cards();
        if (cards.enabled()) run.pictures.submit(BACKDROP, () -> CardPainter.prepare(config.title(), cards));
        PictureStore store = run.cache.pictures();
        svg(assets).ifPresent(svg -> run.pictures.submit(ICONS, () -> icons(svg, store)));
    }

    /** Once the site is assembled: its cards, drawn on the picture thread while the pages are rendered. */
    static void startCards(List<CardSpec> cards, Run run) {
        if (!early(run)) return;
        PictureStore store = run.cache.pictures();
        for (CardSpec c : cards) run.pictures.submit(c.file(), () -> card(c, store));
    }

    /** Only a build that writes draws pictures, and only one with worker threads draws them on another. */
    private static boolean early(Run run) {
        return run.pool != null && run.opts.write();
    }

    static int write(OutputSink out, List<CardSpec> cards, List<Assets.Asset> assets, Set<String> statics, Run run) {
        PictureStore store = run.cache.pictures();
        List<Boolean> done = Parallel.map(run.pool, cards, c -> {
            byte[] png = run.pictures.<byte[]>get(c.file()).orElseGet(() -> card(c, store));
            return put(out, c.file(), png, run.diags);
        });
        int written = (int) done.stream().filter(b -> b).count();
        Optional<Assets.Asset> svg = svg(assets);
        if (svg.isPresent()) {
            Icons icons = run.pictures.<Icons>get(ICONS).orElseGet(() -> icons(svg.get(), store));
            written += write(out, svg.get(), icons, statics, run.diags);
        }
        return written;
    }

    private static byte[] card(CardSpec c, PictureStore store) {
        return store.get(c.hash()).orElseGet(() -> {
            byte[] drawn = CardPainter.png(c);
            store.put(c.hash(), drawn);
            return drawn;
        });
    }

    private static Optional<Assets.Asset> svg(List<Assets.Asset> assets) {
        return assets.stream().filter(a -> a.name().equals(ICON)).findFirst();
    }

    /** The icons made from favicon.svg: drawn (empty when it cannot be), or the reason it could not be read. */
    private record Icons(Optional<IconMaker.Icons> made, IOException unreadable) {}

    private static Icons icons(Assets.Asset svg, PictureStore store) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(svg.file());
        } catch (IOException e) {
            return new Icons(Optional.empty(), e);
        }
        String key = IconMaker.VERSION + ":" + PageStore.hash(bytes);
        Optional<byte[]> ico = store.get(key + ":ico");
        Optional<byte[]> apple = store.get(key + ":apple");
        if (ico.isPresent() && apple.isPresent()) return new Icons(Optional.of(new IconMaker.Icons(ico.get(), apple.get())), null);
        Optional<IconMaker.Icons> made = IconMaker.of(bytes);
        made.ifPresent(m -> {
            store.put(key + ":ico", m.ico());
            store.put(key + ":apple", m.appleTouch());
        });
        return new Icons(made, null);
    }

    /** favicon.ico and apple-touch-icon.png, unless the site has its own file of that name in content/. */
    private static int write(OutputSink out, Assets.Asset svg, Icons icons, Set<String> statics, Diagnostics diags) {
        String where = svg.origin();
        if (icons.unreadable() != null) {
            diags.error(where, 0, 0, "cannot read it to make the site's icons: " + IoMessages.reason(icons.unreadable()), "check the file's permissions");
            return 0;
        }
        if (icons.made().isEmpty()) {
            diags.error(where, 1, 1, "cannot be drawn as the site's icon (favicon.ico and apple-touch-icon.png are made from it)",
                    "make it a well-formed SVG file with a viewBox, e.g. <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">…</svg>");
            return 0;
        }
        IconMaker.Icons made = icons.made().get();
        int n = 0;
        if (!statics.contains(IconMaker.ICO) && put(out, IconMaker.ICO, made.ico(), diags)) n++;
        if (!statics.contains(IconMaker.APPLE_TOUCH) && put(out, IconMaker.APPLE_TOUCH, made.appleTouch(), diags)) n++;
        return n;
    }

    private static boolean put(OutputSink out, String file, byte[] bytes, Diagnostics diags) {
        try {
            out.write(file, bytes);
            return true;
        } catch (IOException e) {
            diags.error("--output", 0, 0, "cannot write " + file + ": " + IoMessages.reason(e), WriteStage.OUTPUT_HINT);
            return false;
        }
    }
}
