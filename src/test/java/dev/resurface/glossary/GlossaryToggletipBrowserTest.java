package dev.resurface.glossary;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The glossary toggletips of the repository's own site in a real browser: a keyboard user reaches the
 * button after a term, opens the definition with Enter or Space and closes it with Esc; on a phone a tap
 * opens it inside the screen; in print only the plain term is left.
 */
@Tag("slow") // builds the site and drives Chromium
@NeedsBrowser
class GlossaryToggletipBrowserTest {
    static final String PAGE = "/recovery/";
    @TempDir
    static Path tmp;
    static RealSiteBrowser site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = RealSiteBrowser.start(tmp, 1280, 900);
        browser = site.browser();
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    private void open(int width, int height) {
        Browser.resize(browser, width, height);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        site.load(PAGE);
    }

    private boolean isOpen(WebElement definition) {
        return (Boolean) browser.executeScript("return arguments[0].matches(':popover-open')", definition);
    }

    /** The "expanded" state the browser gives assistive technology for the first element matching a selector. */
    @SuppressWarnings("unchecked")
    private String expanded(String selector) {
        Map<String, Object> doc = browser.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) doc.get("root")).get("nodeId");
        Object node = browser.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) browser.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", node, "fetchRelatives", false)).get("nodes");
        for (Map<String, Object> p : (List<Map<String, Object>>) nodes.get(0).getOrDefault("properties", List.of())) {
            if ("expanded".equals(p.get("name"))) return String.valueOf(((Map<String, Object>) p.get("value")).get("value"));
        }
        return "none";
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    @Test
    void aKeyboardUserOpensTheDefinitionWithEnterOrSpaceAndClosesItWithEscape() {
        open(1280, 900);
        WebElement term = browser.findElement(By.cssSelector("main a.term"));
        WebElement definition = term.findElement(By.xpath("following-sibling::*[contains(@class, 'term-def')]"));
        assertFalse(definition.isDisplayed(), "closed until asked for");
        browser.executeScript("arguments[0].focus()", term);
        active().sendKeys(Keys.TAB);
        WebElement button = active();
        assertEquals("term-tip", button.getAttribute("class"), "Tab goes from the term to its button");
        assertEquals("Meaning of " + term.getText(), button.getAccessibleName());
        assertEquals("false", expanded("main .term-tip"));

        button.sendKeys(Keys.ENTER);
        assertTrue(isOpen(definition) && definition.isDisplayed(), "Enter opens the definition");
        assertTrue(definition.getText().contains(": "), definition.getText());
        assertEquals("true", expanded("main .term-tip"), "assistive technology hears that it is open");
        active().sendKeys(Keys.ESCAPE);
        assertFalse(isOpen(definition), "Esc closes it");
        assertEquals(button, active(), "focus stays on the button");

        button.sendKeys(Keys.SPACE);
        assertTrue(isOpen(definition), "Space opens it too");
        button.sendKeys(Keys.ENTER);
        assertFalse(isOpen(definition), "the button toggles");
    }

    @Test
    void onAPhoneATapOpensTheDefinitionInsideTheScreenAndATapElsewhereClosesIt() {
        open(390, 844);
        for (WebElement button : browser.findElements(By.cssSelector("main .term-tip")).subList(0, 3)) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            WebElement definition = button.findElement(By.xpath("following-sibling::*[1]"));
            assertTrue(isOpen(definition));
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) browser.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}", definition);
            assertTrue(box.get("left").doubleValue() >= 0 && box.get("right").doubleValue() <= 390, "inside the screen's width: " + box);
            assertTrue(box.get("top").doubleValue() >= 0 && box.get("bottom").doubleValue() <= 844, "inside the screen's height: " + box);
            long size = (Long) browser.executeScript("const r = arguments[0].getBoundingClientRect(); return Math.round(Math.min(r.width, r.height))", button);
            assertTrue(size >= 24, "a 24 px touch target, was " + size);
            browser.findElement(By.cssSelector("h1")).click();
            assertFalse(isOpen(definition), "a tap elsewhere closes it");
        }
    }

    @Test
    void whereTheBrowserKnowsNoPopoverTheDefinitionsStayHidden() {
        open(1280, 900);
        // such a browser ignores the attribute: without it, only the stylesheet keeps the definitions out of the text
        browser.executeScript("document.querySelectorAll('[popover]').forEach(e => e.removeAttribute('popover'))");
        List<WebElement> definitions = browser.findElements(By.cssSelector("main .term-def"));
        assertFalse(definitions.isEmpty());
        assertTrue(definitions.stream().noneMatch(WebElement::isDisplayed), "no definition shows in the text or over it");
        assertTrue(browser.findElement(By.cssSelector("main a.term")).isDisplayed(), "the term is still a link to its entry");
    }

    @Test
    void inPrintTheTermIsPlainTextWithoutTheButton() {
        open(1280, 900);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        WebElement term = browser.findElement(By.cssSelector("main a.term"));
        assertTrue(term.isDisplayed());
        List<WebElement> buttons = browser.findElements(By.cssSelector("main .term-tip"));
        assertFalse(buttons.isEmpty());
        assertTrue(buttons.stream().noneMatch(WebElement::isDisplayed), "no button on paper");
    }
}
