package dev.resurface.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.build.BuildOptions;
import dev.resurface.testing.Browser;
import dev.resurface.testing.NeedsBrowser;
import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** serve in a real headless Chromium: an edit reloads the tab; a broken file shows an overlay until it is fixed. */
@Tag("slow") // drives Chromium against a running dev server
@NeedsBrowser
class LiveReloadBrowserTest {
    @TempDir
    Path tmp;
    DevServer dev;
    ChromeDriver browser;
    Path site;

    @BeforeEach
    void start() throws Exception {
        site = Fixtures.site("basic", tmp);
        dev = DevServer.start(BuildOptions.defaults(site), "resurface test", "127.0.0.1", 0, b -> { });
        browser = Browser.start(1024, 800);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.quit();
        dev.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void anEditReloadsTheTabAndABrokenFileShowsAnOverlayUntilFixed() throws Exception {
        browser.get(dev.url() + "types/co2/");
        waiting().until(d -> dev.liveReload().clients() >= 1);
        // mark this document: a reload replaces it, so the mark disappears
        browser.executeScript("window.__sameDocument = true");
        Path co2 = site.resolve("content/types/co2.md");
        String good = Files.readString(co2);

        Files.writeString(co2, good + "\nA sentence written after the page was opened.\n");
        waiting().until(d -> d.getPageSource().contains("A sentence written after the page was opened."));
        assertEquals(null, browser.executeScript("return window.__sameDocument === true ? true : null"), "the tab reloaded");

        // (a tab that connects after the break still hears about it: no need to wait for it here)
        Files.writeString(co2, good.replaceFirst("title: ", "title: [unclosed "));
        waiting().until(d -> !d.findElements(By.id("resurface-errors")).isEmpty());
        String overlay = browser.findElement(By.id("resurface-errors")).getText();
        assertTrue(overlay.contains("content/types/co2.md:2:"), overlay);
        assertTrue(overlay.contains("error: invalid YAML"), overlay);
        assertEquals("alert", browser.findElement(By.id("resurface-errors")).getAttribute("role"));

        Files.writeString(co2, good);
        waiting().until(d -> d.findElements(By.id("resurface-errors")).isEmpty());
        assertTrue(browser.findElement(By.tagName("h1")).isDisplayed());
        assertTrue(Browser.consoleErrors(browser).stream().noneMatch(e -> e.contains("reload.js")), "the reload script runs cleanly");
    }
}
