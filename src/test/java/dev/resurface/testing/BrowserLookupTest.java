package dev.resurface.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Where the browser tests look for Chrome or Chromium, and what happens when there is none (the file system and environment are simulated). */
class BrowserLookupTest {
    static final String PATH = String.join(File.pathSeparator, "/home/me/bin", "/usr/local/bin");

    private static Optional<Browser.Found> find(Map<String, String> env, String... executables) {
        Set<Path> exist = new java.util.HashSet<>();
        for (String e : executables) exist.add(Path.of(e));
        return Browser.find(env, exist::contains);
    }

    @Test
    void chromePathComesFirstWithTheDriverBesideIt() {
        assertEquals(Optional.of(new Browser.Found(Path.of("/opt/chrome/chrome"), Path.of("/opt/chrome/chromedriver"))),
                find(Map.of("CHROME_PATH", "/opt/chrome/chrome", "PATH", PATH),
                        "/opt/chrome/chrome", "/opt/chrome/chromedriver", "/usr/bin/chromium", "/usr/bin/chromedriver"));
        assertEquals(Optional.of(new Browser.Found(Path.of("/opt/chrome/chrome"), Path.of("/drivers/cd"))),
                find(Map.of("CHROME_PATH", "/opt/chrome/chrome", "CHROMEDRIVER_PATH", "/drivers/cd"),
                        "/opt/chrome/chrome", "/opt/chrome/chromedriver", "/drivers/cd"), "CHROMEDRIVER_PATH is taken as given");
    }

    @Test
    void thenThePathInOrderThenTheUsualPlaces() {
        assertEquals(Optional.of(new Browser.Found(Path.of("/usr/local/bin/google-chrome-stable"), Path.of("/usr/local/bin/chromedriver"))),
                find(Map.of("PATH", PATH), "/usr/local/bin/google-chrome-stable", "/usr/local/bin/chromedriver", "/usr/bin/chromium"));
        assertEquals(Optional.of(new Browser.Found(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"))),
                find(Map.of("PATH", PATH), "/usr/bin/chromium", "/usr/bin/chromedriver"), "Debian's chromium and chromium-driver");
        Path mac = Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
        assertEquals(Optional.of(new Browser.Found(mac, Path.of("/opt/homebrew/bin/chromedriver"))),
                find(Map.of(), mac.toString(), "/opt/homebrew/bin/chromedriver"), "macOS: the app bundle and Homebrew's driver");
    }

    @Test
    void aBrowserWithoutADriverIsNotEnough() {
        assertEquals(Optional.empty(), find(Map.of("PATH", PATH), "/usr/bin/chromium"));
        assertEquals(Optional.empty(), find(Map.of("CHROME_PATH", "/nowhere/chrome", "PATH", PATH), "/usr/bin/chromedriver"));
    }

    @Test
    void withoutABrowserTheTestsAreSkippedWithOneLineSayingHowToEnableThem() {
        ConditionEvaluationResult r = Browser.verdict(Map.of("PATH", PATH), p -> false);
        assertTrue(r.isDisabled());
        String reason = r.getReason().orElse("");
        assertEquals(1, reason.lines().count(), reason);
        assertTrue(reason.startsWith("browser tests skipped: no Chrome or Chromium with a chromedriver was found; to run the browser tests, install"), reason);
        assertTrue(reason.contains("apt-get install chromium chromium-driver") && reason.contains("CHROME_PATH"), reason);
        assertTrue(Browser.verdict(Map.of("CI", "false"), p -> false).isDisabled());
    }

    @Test
    void underCiAMissingBrowserIsAFailure() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Browser.verdict(Map.of("CI", "true", "PATH", PATH), p -> false));
        assertTrue(e.getMessage().startsWith("CI=true, so the browser tests must run, but no Chrome or Chromium"), e.getMessage());
        assertFalse(Browser.verdict(Map.of("CI", "true"), Set.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"))::contains).isDisabled());
    }
}
