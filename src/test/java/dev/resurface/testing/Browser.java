package dev.resurface.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chrome or Chromium, driven through its own chromedriver. Both are looked for where they are
 * usually installed ({@link #find}); nothing is downloaded, so Selenium Manager has nothing to look up.
 * Without them the browser tests are skipped with one line saying how to enable them ({@link NeedsBrowser}),
 * except under CI=true, where a missing browser fails the run. The flags keep the browser off the network.
 */
public final class Browser {
    /** What to do when no browser is found: one line, printed once per test run. */
    public static final String HOW_TO_ENABLE = "install Chromium and its driver (Debian/Ubuntu: apt-get install chromium chromium-driver;"
            + " macOS: brew install --cask chromium and brew install chromedriver) or set CHROME_PATH (and CHROMEDRIVER_PATH)";
    static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    static final List<Path> BROWSER_PLACES = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable", "/snap/bin/chromium", "/opt/google/chrome/chrome",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium").map(Path::of).toList();
    static final List<Path> DRIVER_PLACES = Stream.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver", "/usr/lib/chromium-browser/chromedriver",
            "/snap/bin/chromium.chromedriver", "/opt/homebrew/bin/chromedriver", "/usr/local/bin/chromedriver").map(Path::of).toList();
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private Browser() {}

    /** A browser and the chromedriver that drives it. */
    public record Found(Path browser, Path driver) {}

    /**
     * The browser: $CHROME_PATH, else chromium, chromium-browser, google-chrome or google-chrome-stable
     * on $PATH, else the usual install places (Linux, snap, macOS). Its driver: $CHROMEDRIVER_PATH, else
     * the chromedriver beside the browser (the matching one), else on $PATH, else the usual places.
     */
    public static Optional<Found> find(Map<String, String> env, Predicate<Path> executable) {
        List<Path> browsers = new ArrayList<>();
        given(env, "CHROME_PATH").ifPresent(browsers::add);
        for (String name : BROWSER_NAMES) browsers.addAll(onPath(env, name));
        browsers.addAll(BROWSER_PLACES);
        Optional<Path> browser = browsers.stream().filter(executable).findFirst();
        if (browser.isEmpty()) return Optional.empty();
        List<Path> drivers = new ArrayList<>();
        given(env, "CHROMEDRIVER_PATH").ifPresent(drivers::add);
        if (browser.get().getParent() != null) drivers.add(browser.get().getParent().resolve("chromedriver"));
        drivers.addAll(onPath(env, "chromedriver"));
        drivers.addAll(DRIVER_PLACES);
        return drivers.stream().filter(executable).findFirst().map(d -> new Found(browser.get(), d));
    }

    private static Optional<Path> given(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    private static List<Path> onPath(Map<String, String> env, String name) {
        String path = env.getOrDefault("PATH", "");
        List<Path> out = new ArrayList<>();
        for (String dir : path.split(File.pathSeparator)) if (!dir.isEmpty()) out.add(Path.of(dir, name));
        return out;
    }

    private static boolean executable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }

    /**
     * Whether the browser tests can run here: yes when a browser and driver are found; else skipped
     * with {@link #HOW_TO_ENABLE}, except under CI=true, where it is an error.
     */
    static ConditionEvaluationResult verdict(Map<String, String> env, Predicate<Path> executable) {
        Optional<Found> found = find(env, executable);
        if (found.isPresent()) return ConditionEvaluationResult.enabled("browser tests use " + found.get().browser() + " and " + found.get().driver());
        String why = "no Chrome or Chromium with a chromedriver was found; to run the browser tests, " + HOW_TO_ENABLE;
        if ("true".equalsIgnoreCase(env.get("CI"))) throw new IllegalStateException("CI=true, so the browser tests must run, but " + why);
        return ConditionEvaluationResult.disabled("browser tests skipped: " + why);
    }

    /** Skips (or, under CI=true, fails) a test class when there is no browser; see {@link NeedsBrowser}. */
    public static final class Available implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            ConditionEvaluationResult r = verdict(System.getenv(), Browser::executable);
            if (r.isDisabled() && !TOLD.getAndSet(true)) System.err.println(r.getReason().orElse(""));
            return r;
        }
    }

    /** A fresh headless browser with a window of the given width (CSS pixels). */
    public static ChromeDriver start(int width, int height) {
        Found found = find(System.getenv(), Browser::executable).orElseThrow(() -> new IllegalStateException(
                "no Chrome or Chromium with a chromedriver was found: " + HOW_TO_ENABLE));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(found.browser().toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(found.driver().toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        resize(d, width, height);
        return d;
    }

    /** Sets the viewport (not the window) to exactly width × height CSS pixels. */
    public static void resize(ChromeDriver d, int width, int height) {
        d.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        d.manage().window().setSize(new Dimension(width, height));
    }

    /** Console messages at error level since the last call (the log is drained by reading it). */
    public static List<String> consoleErrors(ChromeDriver d) {
        return d.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
