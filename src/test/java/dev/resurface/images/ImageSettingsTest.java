package dev.resurface.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.config.SiteConfigLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The images: section of site.yml: defaults when absent, each setting read when present. */
class ImageSettingsTest {
    private static ImageSettings load(String yml) {
        SiteConfigLoader.Result r = SiteConfigLoader.load("title: T\nbaseUrl: https://example.org/\n" + yml, Optional.empty());
        assertEquals(List.of(), r.problems());
        return r.config().orElseThrow().images();
    }

    @Test
    void defaultsWhenAbsent() {
        assertEquals(ImageSettings.DEFAULT, load(""));
        assertEquals(ImageSettings.DEFAULT, load("images:\n"));
        assertEquals(List.of(480, 960, 1440), ImageSettings.DEFAULT.widths());
    }

    @Test
    void everySettingIsRead() {
        ImageSettings s = load("images:\n  widths: [1200, 400]\n  quality: 70\n  sizes: 100vw\n  maxMegabytes: 3\n  maxMegapixels: 24\n");
        assertEquals(new ImageSettings(List.of(400, 1200), 70, "100vw", 3, 24), s);
        assertEquals(List.of(), load("images: {widths: []}\n").widths(), "no widths: no copies");
    }
}
