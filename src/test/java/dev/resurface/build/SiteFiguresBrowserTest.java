package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Browser;
import dev.resurface.testing.NeedsBrowser;
import dev.resurface.testing.RealSiteBrowser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The repository's figures and comparison tables as a phone shows them (390 px): every word in them
 * is at least 12 px (13 px outside the drawings), table captions are not cut off, nothing scrolls
 * sideways; the drawings change colour in dark mode and keep their light colours in print.
 */
@Tag("slow") // builds the site and drives Chromium
@NeedsBrowser
class SiteFiguresBrowserTest {
    static final List<String> PAGES = List.of("/types/", "/what-is-laser-resurfacing/", "/ablative-vs-non-ablative/", "/recovery/", "/types/compare/");
    @TempDir
    static Path tmp;
    static RealSiteBrowser site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = RealSiteBrowser.start(tmp, 390, 844);
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    private void open(String path, String colorScheme, String media) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
        site.load(path);
    }

    /** The smallest rendered text size in px among the elements a selector matches, with where it is. */
    private String smallest(String selector) {
        return (String) browser.executeScript("""
                let min = 1e9, where = 'none';
                for (const el of document.querySelectorAll(arguments[0])) {
                  if (!el.textContent.trim() || el.getClientRects().length === 0) continue;
                  let size = parseFloat(getComputedStyle(el).fontSize);
                  const svg = el.closest('svg');
                  if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  if (size < min) { min = size; where = el.textContent.trim().slice(0, 40); }
                }
                return Math.round(min * 10) / 10 + ' px: ' + where;""", selector);
    }

    private static double px(String smallest) {
        return Double.parseDouble(smallest.substring(0, smallest.indexOf(' ')));
    }

    @Test
    void onAPhoneEveryWordInTheFiguresAndTablesIsReadableAndNothingScrollsSideways() {
        Browser.resize(browser, 390, 844);
        for (String path : PAGES) {
            open(path, "light", "");
            String inDrawings = smallest("main figure svg text");
            if (!inDrawings.startsWith("1000000000")) assertTrue(px(inDrawings) >= 12, path + ": drawing labels at " + inDrawings);
            String words = smallest("main figure p, main figure span, main figure a, main .table-block p, main .table-block th, main .table-block td");
            assertTrue(px(words) >= 13, path + ": figure and table words at " + words);
            long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow, path + " scrolls sideways");
            Boolean captionsWhole = (Boolean) browser.executeScript("""
                    return [...document.querySelectorAll('main .table-caption')].every(c => c.getBoundingClientRect().right <= document.documentElement.clientWidth
                        && c.scrollWidth <= c.clientWidth);""");
            assertTrue(captionsWhole, path + ": a table caption is cut off");
        }
    }

    @Test
    void theDrawingsFollowDarkModeAndPrintInLightColours() {
        Browser.resize(browser, 1280, 900);
        String fill = "return getComputedStyle(document.querySelector('main .fig-dermis')).fill + ' ' + getComputedStyle(document.querySelector('main .timeline-track, main .fig-epidermis')).fill";
        open("/types/", "light", "");
        String light = (String) browser.executeScript(fill);
        open("/types/", "dark", "");
        String dark = (String) browser.executeScript(fill);
        assertNotEquals(light, dark, "dark mode recolours the drawings");
        open("/types/", "dark", "print");
        assertEquals(light, browser.executeScript(fill), "print keeps the light colours, even from a dark screen");
        for (String media : List.of("", "print")) {
            open("/recovery/", "light", media);
            Boolean aligned = (Boolean) browser.executeScript("""
                    const w = document.querySelector('main .timeline-zones').getBoundingClientRect().width;
                    return [...document.querySelectorAll('main .timeline-svg')].every(s => Math.abs(s.getBoundingClientRect().width - w) < 1);""");
            assertTrue(aligned, "every bar spans the zone labels above it (" + (media.isEmpty() ? "screen" : media) + ")");
        }
        String label = "return getComputedStyle(document.querySelector('main .fig-label')).fill";
        String text = "return getComputedStyle(document.body).color";
        open("/types/", "dark", "");
        assertEquals(browser.executeScript(text), browser.executeScript(label), "labels take the text colour");
    }
}
