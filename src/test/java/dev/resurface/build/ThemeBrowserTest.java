package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The repository's own site as laid out by a real browser: the home page's ways in fit the first screen of a
 * phone, citation markers and links back are 24 px targets that never start a line, the items of the flex
 * rows (menu, breadcrumbs, footer) line up, the header is one band with the search beside the site name,
 * phones get a link back instead of the breadcrumb trail, and folded sources open for a citation's link and
 * for printing.
 */
@Tag("slow") // drives Chromium over the built site
@NeedsBrowser
class ThemeBrowserTest {
    @TempDir
    static Path tmp;
    static RealSiteBrowser site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = RealSiteBrowser.start(tmp, 1280, 800);
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    private void open(String path, int width, int height) {
        Browser.resize(browser, width, height);
        site.load(path);
    }

    @SuppressWarnings("unchecked")
    private <T> T js(String script) {
        return (T) browser.executeScript(script);
    }

    @Test
    void theSearchPagesStatusLineDoesNotPushThePageDown() {
        // the status is empty until the script says "Loading the search index…": filling it must not move what follows (layout shift)
        open("/search/", 390, 844);
        Number empty = js("const s = document.querySelector('.search-status'); s.textContent = ''; return document.querySelector('.all-pages').getBoundingClientRect().top");
        Number said = js("document.querySelector('.search-status').textContent = 'Loading the search index…'; return document.querySelector('.all-pages').getBoundingClientRect().top");
        assertEquals(empty.doubleValue(), said.doubleValue(), 0.5);
    }

    @Test
    void theWaysInFitTheFirstScreenOfAPhone() {
        open("/", 390, 844);
        List<Number> bottoms = js("return [...document.querySelectorAll('.entry-paths .card')].map(c => c.getBoundingClientRect().bottom)");
        assertTrue(bottoms.size() >= 5, "cards: " + bottoms);
        for (Number b : bottoms) assertTrue(b.doubleValue() <= 844, "a card ends below the first screen: " + bottoms);
    }

    @Test
    void citationMarkersAndLinksBackAreAtLeast24PixelsAndMarkersNeverStartALine() {
        for (int width : new int[] {390, 1280}) {
            open("/types/co2/", width, 800);
            List<String> small = js("return [...document.querySelectorAll('sup.cite a, a.backref')].filter(a => a.offsetParent)"
                    + ".map(a => a.getBoundingClientRect()).filter(r => r.width < 24 || r.height < 24).map(r => r.width + 'x' + r.height)");
            assertEquals(List.of(), small, "targets smaller than 24 px at " + width);
            // the character before each marker sits on the marker's line, to its left
            List<String> alone = js("""
                    const out = [];
                    for (const sup of document.querySelectorAll('sup.cite')) {
                      const prev = sup.previousSibling;
                      if (!prev || prev.nodeType !== 3 || !prev.data.trim()) continue;
                      const end = prev.data.replace(/\\s+$/, '').length;
                      const r = document.createRange(); r.setStart(prev, end - 1); r.setEnd(prev, end);
                      const c = r.getBoundingClientRect(), m = sup.querySelector('a').getBoundingClientRect();
                      if (m.left < c.right - 1 || m.top > c.bottom) out.push(prev.data.slice(-20) + ' | ' + sup.textContent);
                    }
                    return out;""");
            assertEquals(List.of(), alone, "markers that start a line at " + width);
        }
    }

    @Test
    void theItemsOfEachFlexRowLineUp() {
        open("/types/co2/", 1280, 800);
        for (String row : List.of("nav[aria-label=Main] li", "nav.breadcrumbs li", "footer nav li")) {
            List<Number> tops = js("return [...document.querySelectorAll('" + row + "')].map(li => li.getBoundingClientRect().top)");
            assertTrue(tops.size() >= 2, row);
            assertEquals(1, tops.stream().map(Number::doubleValue).distinct().count(), row + " tops: " + tops);
        }
    }

    @Test
    void theHeaderIsOneBandWithTheSearchBesideTheSiteName() {
        open("/types/co2/", 1280, 800);
        Map<String, Object> r = js("""
                const box = s => document.querySelector(s).getBoundingClientRect();
                return {header: box('.site-header').height, brand: box('.brand').bottom, search: box('#header-search').top,
                        nav: box('nav[aria-label=Main]').top};""");
        assertTrue(((Number) r.get("header")).doubleValue() <= 130, "header height: " + r);
        assertTrue(((Number) r.get("search")).doubleValue() < ((Number) r.get("brand")).doubleValue(), "search on the name's row: " + r);
        assertTrue(((Number) r.get("nav")).doubleValue() >= ((Number) r.get("brand")).doubleValue() - 1, "menu below: " + r);
    }

    @Test
    void aPhoneShowsALinkBackInsteadOfTheTrail() {
        open("/types/co2/", 390, 844);
        assertFalse(browser.findElement(By.cssSelector("nav.breadcrumbs ol")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("nav.breadcrumbs .back a")).isDisplayed());
        assertEquals("/types/", browser.findElement(By.cssSelector("nav.breadcrumbs .back a")).getAttribute("pathname"));
        open("/types/co2/", 1280, 800);
        assertTrue(browser.findElement(By.cssSelector("nav.breadcrumbs ol")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("nav.breadcrumbs .back a")).isDisplayed());
    }

    @Test
    void foldedSourcesOpenForACitationsLinkAndForPrinting() {
        open("/types/co2/", 1280, 800);
        String last = js("const l = document.querySelectorAll('details.more-sources li'); return l[l.length - 1].id");
        String visible = "return document.getElementById('" + last + "').checkVisibility()";
        assertEquals(Boolean.FALSE, js(visible), "folded on screen");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(Boolean.TRUE, js(visible), "printed, though the details element is closed");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        browser.findElement(By.cssSelector("a[href='#" + last + "']")).click();
        assertEquals(Boolean.TRUE, js("return document.querySelector('details.more-sources').open"));
        assertTrue(browser.findElement(By.id(last)).isDisplayed());
    }
}
