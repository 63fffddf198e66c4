package dev.resurface.build;

import dev.resurface.cache.PageStore;
import dev.resurface.cards.CardPainter;
import dev.resurface.cards.CardSpec;
import dev.resurface.cards.PictureStore;
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
 * {@code favicon.svg}. Returns the number of files written.
 */
final class PictureStage {
    static final String ICON = "favicon.svg";

    private PictureStage() {}

    static int write(OutputSink out, List<CardSpec> cards, List<Assets.Asset> assets, Set<String> statics, Run run) {
        PictureStore store = run.cache.pictures();
        List<Boolean> done = Parallel.map(run.pool, cards, c -> {
            byte[] png = store.get(c.hash()).orElseGet(() -> {
                byte[] drawn = CardPainter.png(c);
                store.put(c.hash(), drawn);
                return drawn;
            });
            return put(out, c.file(), png, run.diags);
        });
        int written = (int) done.stream().filter(b -> b).count();
        Optional<Assets.Asset> svg = assets.stream().filter(a -> a.name().equals(ICON)).findFirst();
        if (svg.isPresent()) written += icons(out, svg.get(), statics, store, run);
        return written;
    }

    /** favicon.ico and apple-touch-icon.png, unless the site has its own file of that name in content/. */
    private static int icons(OutputSink out, Assets.Asset svg, Set<String> statics, PictureStore store, Run run) {
        String where = svg.origin();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(svg.file());
        } catch (IOException e) {
            run.diags.error(where, 0, 0, "cannot read it to make the site's icons: " + IoMessages.reason(e), "check the file's permissions");
            return 0;
        }
        String key = IconMaker.VERSION + ":" + PageStore.hash(bytes);
        Optional<byte[]> ico = store.get(key + ":ico");
        Optional<byte[]> apple = store.get(key + ":apple");
        if (ico.isEmpty() || apple.isEmpty()) {
            Optional<IconMaker.Icons> made = IconMaker.of(bytes);
            if (made.isEmpty()) {
                run.diags.error(where, 1, 1, "cannot be drawn as the site's icon (favicon.ico and apple-touch-icon.png are made from it)",
                        "make it a well-formed SVG file with a viewBox, e.g. <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">…</svg>");
                return 0;
            }
            ico = Optional.of(made.get().ico());
            apple = Optional.of(made.get().appleTouch());
            store.put(key + ":ico", ico.get());
            store.put(key + ":apple", apple.get());
        }
        int n = 0;
        if (!statics.contains(IconMaker.ICO) && put(out, IconMaker.ICO, ico.get(), run.diags)) n++;
        if (!statics.contains(IconMaker.APPLE_TOUCH) && put(out, IconMaker.APPLE_TOUCH, apple.get(), run.diags)) n++;
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
