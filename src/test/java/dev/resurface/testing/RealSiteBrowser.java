package dev.resurface.testing;

import dev.resurface.serve.SiteServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * This repository's own site, built into a folder, served over HTTP by {@link SiteServer} and opened in a
 * headless browser ({@link Browser#start}): the shared setup of the browser tests that look at the real site.
 * Start it in {@code @BeforeAll} with a {@code @TempDir} and close it in {@code @AfterAll}; the test class
 * still carries {@link NeedsBrowser} and {@code @Tag("slow")}.
 *
 * @param out the built site
 * @param server serves {@code out}
 * @param browser the browser, its viewport as given to {@link #start}
 */
public record RealSiteBrowser(Path out, SiteServer server, ChromeDriver browser) implements AutoCloseable {
    /** Builds the site into {@code tmp/out} (the build must succeed), serves it and starts a browser of width × height. */
    public static RealSiteBrowser start(Path tmp, int width, int height) throws IOException {
        Path out = Fixtures.buildThisSite(tmp.resolve("out"));
        SiteServer server = SiteServer.start(out, "127.0.0.1", 0);
        try {
            return new RealSiteBrowser(out, server, Browser.start(width, height));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The served URL of a site path. */
    public String url(String path) {
        return server.url(path);
    }

    /** Opens a site path and waits until the page has loaded (document.readyState is complete). */
    public void load(String path) {
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.close();
        }
    }
}
