package dev.resurface.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.serve.SiteServer;
import dev.resurface.testing.Browser;
import dev.resurface.testing.Fixtures;
import dev.resurface.testing.NeedsBrowser;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Real reader questions ({@code src/test/resources/search-questions.yml}) typed into the search page
 * of this repository's own site, built and served over HTTP in headless Chromium: for each, one of the
 * pages that answer it must be among the first three results.
 */
@Tag("slow") // builds the real site and drives Chromium
@NeedsBrowser
class SearchQuestionsBrowserTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    @TempDir
    static Path tmp;
    static SiteServer server;
    static ChromeDriver browser;

    record Question(String q, List<String> expect) {}

    @BeforeAll
    static void start() throws Exception {
        Path out = tmp.resolve("out");
        Fixtures.Run run = Fixtures.cli("build", "--site", ROOT.toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        server = SiteServer.start(out, "127.0.0.1", 0);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @SuppressWarnings("unchecked")
    static List<Question> questions() throws Exception {
        try (InputStream in = SearchQuestionsBrowserTest.class.getResourceAsStream("/search-questions.yml")) {
            List<Map<String, Object>> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return items.stream().map(m -> new Question((String) m.get("q"), (List<String>) m.get("expect"))).toList();
        }
    }

    /** Opens the search page and waits until its index has loaded. */
    static WebElement searchPage() {
        browser.get(server.url("/search/"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> "true".equals(d.findElement(By.cssSelector(".search")).getAttribute("data-ready")));
        return browser.findElement(By.id("search-page-input"));
    }

    /** Types a question as a reader would (replacing what the box held) and returns the result pages in order. */
    static List<String> ask(WebElement input, String question) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(question);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(".search-status"))
                .getText().contains("“" + question + "”"));
        return browser.findElements(By.cssSelector(".search-results > li h2 a")).stream()
                .map(a -> a.getAttribute("pathname")).toList();
    }

    @Test
    void realQuestionsFindTheirAnswerInTheTopThree() throws Exception {
        List<Question> questions = questions();
        assertTrue(questions.size() >= 20, "at least 20 questions: " + questions.size());
        WebElement input = searchPage();
        List<String> missed = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        int inTop3 = 0;
        for (Question q : questions) {
            List<String> found = ask(input, q.q());
            int rank = -1;
            for (int i = 0; i < found.size() && rank < 0; i++) if (q.expect().contains(found.get(i))) rank = i + 1;
            if (rank >= 1 && rank <= 3) inTop3++;
            else missed.add("'" + q.q() + "': expected one of " + q.expect() + " in the top 3, got " + found.subList(0, Math.min(5, found.size())));
            table.append(String.format("%-66s %4s  %s%n", q.q(), rank < 0 ? "-" : "#" + rank, found.subList(0, Math.min(3, found.size()))));
        }
        System.out.println("search questions: " + inTop3 + " of " + questions.size() + " in the top 3\n" + table);
        assertEquals(List.of(), missed);
    }
}
