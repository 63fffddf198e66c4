package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Browser;
import dev.resurface.testing.NeedsBrowser;
import dev.resurface.testing.RealSiteBrowser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The repository's own site in a real headless Chromium, served over HTTP: search, keyboard use,
 * the small-screen menu, no sideways scrolling at 360 px, no console errors, and zero axe-core
 * violations (WCAG 2.2 A and AA, and best practices) on every page.
 */
@Tag("slow") // drives Chromium over the built site
@NeedsBrowser
class BrowserTest {
    @TempDir
    static Path tmp;
    static RealSiteBrowser site;
    static ChromeDriver browser;
    static List<String> pages;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        site = RealSiteBrowser.start(tmp, 1280, 900);
        browser = site.browser();
        pages = pagesOf(site.out());
        try (InputStream in = BrowserTest.class.getResourceAsStream("/vendor/axe-core-4.11.0/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @BeforeEach
    void desktop() {
        Browser.resize(browser, 1280, 900);
        Browser.consoleErrors(browser); // drop what earlier tests left
    }

    /** Site paths of every page (alias redirects left out), and the 404 page. */
    static List<String> pagesOf(Path out) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("index.html")).sorted().toList()) {
                if (Files.readString(p).contains("http-equiv=\"refresh\"")) continue;
                String rel = out.relativize(p.getParent()).toString().replace('\\', '/');
                paths.add(rel.isEmpty() ? "/" : "/" + rel + "/");
            }
        }
        paths.add("/404.html");
        return paths;
    }

    private void open(String path) {
        site.load(path);
    }

    private List<String> resultLinks() {
        return browser.findElements(By.cssSelector(".search-results a")).stream().map(a -> a.getAttribute("pathname")).toList();
    }

    private List<String> search(String query) {
        open("/search/?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(d.findElement(By.cssSelector(".search")).getAttribute("data-ready")));
        return resultLinks();
    }

    @Test
    void searchFindsTheRightPage() {
        assertEquals("/types/co2/", search("CO2 laser").get(0));
        assertEquals("/choosing-a-clinic/", search("clinic credentials register").get(0));
        assertTrue(search("ectropion").contains("/types/co2/"));
        // a typo still finds the page (fuzzy matching), and the glossary is searchable
        assertTrue(search("isotretinoin").contains("/glossary/"));
        assertTrue(search("ablativ").contains("/ablative-vs-non-ablative/"));
    }

    @Test
    void searchShowsSnippetsWithTheMatchMarked() {
        search("ectropion");
        // the glossary's entry may come first, with the word as its heading; the pages that use it show it marked
        WebElement first = browser.findElement(By.cssSelector(".search-results li:has(.result-snippet mark)"));
        assertTrue(first.findElement(By.cssSelector(".result-snippet mark")).getText().equalsIgnoreCase("ectropion"));
        assertTrue(browser.findElement(By.cssSelector(".search-status")).getText().contains("match"));
    }

    @Test
    void searchUpdatesAsYouTypeAndSaysWhenNothingMatches() {
        search("");
        WebElement input = browser.findElement(By.id("search-page-input"));
        input.sendKeys("zzqxv");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector(".search-status")).getText().startsWith("No pages match"));
        assertTrue(resultLinks().isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".all-pages")).isDisplayed(), "the list of every page stays as a way in");
        input.clear();
        input.sendKeys("recovery");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !resultLinks().isEmpty());
        assertTrue(browser.getCurrentUrl().endsWith("?q=recovery"), browser.getCurrentUrl());
        // keyboard: the down arrow moves from the box to the first result
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(resultLinks().get(0), browser.switchTo().activeElement().getAttribute("pathname"));
    }

    @Test
    void theHeaderSearchFormLeadsToResults() {
        open("/types/co2/");
        WebElement box = browser.findElement(By.id("header-search"));
        box.sendKeys("cost", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !resultLinks().isEmpty());
        assertTrue(browser.getCurrentUrl().contains("/search/?q=cost"), browser.getCurrentUrl());
    }

    @Test
    void theSkipLinkIsFirstAndMovesFocusToTheArticle() {
        open("/types/co2/");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertEquals("Skip to main content", first.getText());
        assertTrue(first.isDisplayed(), "the skip link shows when focused");
        first.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
        // the next Tab lands inside the article, not back in the header
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertTrue((Boolean) browser.executeScript("return document.getElementById('main').contains(document.activeElement)"));
    }

    @Test
    void everyMainMenuLinkIsReachableByKeyboard() {
        open("/");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            reached.add(browser.switchTo().activeElement().getAttribute("pathname"));
        }
        for (WebElement a : browser.findElements(By.cssSelector("nav[aria-label=Main] a"))) {
            assertTrue(reached.contains(a.getAttribute("pathname")), a.getAttribute("pathname") + " in " + reached);
        }
    }

    @Test
    void theSmallScreenMenuOpensAndCloses() {
        Browser.resize(browser, 360, 740);
        open("/types/co2/");
        WebElement toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        WebElement firstLink = browser.findElement(By.cssSelector("nav[aria-label=Main] a"));
        assertTrue(toggle.isDisplayed());
        assertFalse(firstLink.isDisplayed(), "the menu starts closed on a phone");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        toggle.click();
        assertTrue(firstLink.isDisplayed());
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        toggle.sendKeys(Keys.ESCAPE);
        assertFalse(firstLink.isDisplayed());
        Browser.resize(browser, 1280, 900);
        open("/types/co2/");
        assertFalse(browser.findElement(By.cssSelector(".menu-toggle")).isDisplayed(), "no menu button on a wide screen");
        assertTrue(browser.findElement(By.cssSelector("nav[aria-label=Main] a")).isDisplayed());
    }

    @Test
    void noPageScrollsSidewaysAt360Pixels() {
        Browser.resize(browser, 360, 740);
        List<String> wide = new ArrayList<>();
        for (String p : pages) {
            open(p);
            long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            long client = (Long) browser.executeScript("return document.documentElement.clientWidth");
            if (scroll > client) wide.add(p + " is " + scroll + " px wide");
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void noPageLogsConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (String p : pages) {
            open(p.equals("/search/") ? "/search/?q=laser" : p);
            Browser.consoleErrors(browser).forEach(e -> errors.add(p + ": " + e));
        }
        // the 404 page is served with status 404, which Chromium logs as a failed resource load
        errors.removeIf(e -> e.startsWith("/404.html: ") && e.contains("404"));
        assertEquals(List.of(), errors);
    }

    @Test
    @SuppressWarnings("unchecked")
    void axeFindsNoViolationsOnAnyPageInLightAndDarkModeAtBothWidths() {
        List<String> found = new ArrayList<>();
        record Mode(int width, String scheme) {}
        try {
            for (Mode mode : List.of(new Mode(1280, "light"), new Mode(360, "light"), new Mode(1280, "dark"))) {
                Browser.resize(browser, mode.width(), mode.width() == 360 ? 740 : 900);
                browser.executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", mode.scheme()))));
                for (String p : pages) {
                    open(p.equals("/search/") ? "/search/?q=laser" : p);
                    browser.executeScript(axe);
                    Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
                                    + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                                    + " + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))}), e => done({violations: ['axe failed: ' + e]}));");
                    for (Object v : (List<Object>) result.get("violations")) found.add(p + " @" + mode + ": " + v);
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void darkModeIsReallyDark() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open("/types/co2/");
            String bg = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
            assertEquals("rgb(20, 25, 30)", bg);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private int printedPages(String path, double widthInches, double heightInches) {
        open(path);
        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", widthInches, "paperHeight", heightInches,
                "printBackground", false, "displayHeaderFooter", false, "preferCSSPageSize", false));
        byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void theChecklistPrintsOnTwoSheetsOfA4OrLetter() {
        int a4 = printedPages("/consultation-checklist/", 8.27, 11.69);
        int letter = printedPages("/consultation-checklist/", 8.5, 11);
        assertTrue(a4 >= 1 && a4 <= 2, "A4 pages: " + a4);
        assertTrue(letter >= 1 && letter <= 2, "Letter pages: " + letter);
    }

    @Test
    void printingShowsTheArticleAndItsAddressButNoNavigation() {
        open("/consultation-checklist/");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.cssSelector("nav[aria-label=Main]")).isDisplayed());
            assertFalse(browser.findElement(By.cssSelector(".breadcrumbs")).isDisplayed());
            assertFalse(browser.findElement(By.cssSelector(".search-form")).isDisplayed());
            WebElement printed = browser.findElement(By.cssSelector(".print-only"));
            assertTrue(printed.isDisplayed());
            assertTrue(printed.getText().endsWith("/consultation-checklist/"), printed.getText());
            assertFalse(browser.findElements(By.cssSelector(".task-box")).isEmpty(), "tick boxes print");
            assertTrue(browser.findElement(By.cssSelector(".task-box")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
