package dev.resurface.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.NeedsBrowser;
import dev.resurface.testing.RealSiteBrowser;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    @TempDir
    static Path tmp;
    static RealSiteBrowser site;
    static ChromeDriver browser;

    record Question(String q, List<String> expect) {}

    static Path out;

    @BeforeAll
    static void start() throws Exception {
        site = RealSiteBrowser.start(tmp, 1280, 900);
        browser = site.browser();
        out = site.out();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
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
        browser.get(site.url("/search/"));
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

    @Test
    void aResultLinksToTheHeadingThatMatchedAndTheStatusAnnouncesTheCount() {
        WebElement input = searchPage();
        assertEquals("/recovery/", ask(input, "how long is the redness after laser").get(0));
        WebElement first = browser.findElement(By.cssSelector(".search-results > li h2 a"));
        assertTrue(first.getAttribute("href").endsWith("/recovery/#how-long-redness-lasts"), first.getAttribute("href"));
        assertEquals("Recovery timeline and aftercare: How long redness lasts", first.getText());
        WebElement status = browser.findElement(By.cssSelector(".search-status"));
        assertEquals("status", status.getAttribute("role"));
        assertTrue(status.getText().matches("\\d+ pages match “how long is the redness after laser”.*"), status.getText());
        // a snippet is clean text: the blocks of a page do not run together
        for (WebElement snippet : browser.findElements(By.cssSelector(".result-snippet"))) {
            assertFalse(snippet.getText().matches("(?s).*\\p{Ll}\\p{Lu}.*"), "run-together words in: " + snippet.getText());
        }
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#how-long-redness-lasts"));
        assertEquals("How long redness lasts", browser.findElement(By.id("how-long-redness-lasts")).getText());
    }

    @Test
    void referencePagesNeverComeFirstForEverydayWords() {
        WebElement input = searchPage();
        for (String q : List.of("pain", "cold sore", "how much does it cost")) {
            String top = ask(input, q).get(0);
            assertFalse(List.of("/about/", "/editorial-policy/", "/disclaimer/", "/sources/", "/glossary/").contains(top), q + " → " + top);
        }
    }

    @Test
    void withoutJavaScriptThePageSaysSoAboveTheListOfEveryPage() throws Exception {
        Document page = Jsoup.parse(out.resolve("search/index.html").toFile(), "UTF-8");
        Element note = page.selectFirst(".search noscript");
        assertTrue(note != null && note.text().contains("Search needs JavaScript"), page.select(".search").outerHtml());
        Element all = page.selectFirst(".all-pages");
        assertTrue(all.select("li").size() >= 20, "every page is listed");
        assertTrue(page.html().indexOf("Search needs JavaScript") < page.html().indexOf("all-pages-heading"), "the note comes first");
        assertEquals("q", page.selectFirst("#search-page-input").attr("name"), "the form sends the query in the address, where it stays");
    }
}
