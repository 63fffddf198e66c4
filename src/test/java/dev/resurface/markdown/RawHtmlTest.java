package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Raw HTML in Markdown: the safe subset is published exactly as written; scripts, embeds, event
 * handlers, script addresses and anything the grammar cannot read are removed, each with a reason
 * at its place. Checked on {@link RawHtml} directly, through the Markdown engine, and by parsing the
 * output the way a browser does (jsoup).
 */
class RawHtmlTest {
    private final MarkdownEngine engine = new MarkdownEngine(List.of(2, 3), 40);

    private String html(String md) {
        return engine.render(engine.parse(md).document());
    }

    private List<String> removals(String md) {
        return engine.parse(md).dropped().stream().map(d -> d.offset() + ": " + d.message()).toList();
    }

    @Test
    void theSafeSubsetIsPublishedAsWritten() {
        String md = "Text <abbr title=\"Intense pulsed light\">IPL</abbr>, H<sub>2</sub>O, 10<sup>3</sup>, <kbd>Ctrl</kbd>,"
                + " <mark>note</mark>, <q>quoted</q>, <small>small</small>,<br> <span class=\"x\" id=\"here\" lang=\"fr\" aria-label=\"y\">s</span>.\n\n"
                + "<div class=\"box\">\n<p>raw</p>\n<!-- a comment -->\n</div>\n\n"
                + "<table><tr><th scope=\"col\">a</th><td colspan=\"2\">b</td></tr></table>\n\n"
                + "<a href=\"/types/co2/\" title=\"t\">link</a> <img src=\"/img/x.png\" alt=\"x\" width=\"3\" height=\"2\"> <a href=\"mailto:a@b.c\">m</a>\n";
        ParsedMarkdown parsed = engine.parse(md);
        assertEquals(List.of(), parsed.dropped());
        String out = engine.render(parsed.document());
        for (String kept : List.of("<abbr title=\"Intense pulsed light\">IPL</abbr>", "<sub>2</sub>", "<sup>3</sup>", "<kbd>Ctrl</kbd>",
                "<mark>note</mark>", "<q>quoted</q>", "<small>small</small>", "<br>", "<span class=\"x\" id=\"here\" lang=\"fr\" aria-label=\"y\">s</span>",
                "<div class=\"box\">\n<p>raw</p>\n<!-- a comment -->\n</div>\n", "<th scope=\"col\">a</th><td colspan=\"2\">b</td>",
                "<a href=\"/types/co2/\" title=\"t\">link</a>", "<img src=\"/img/x.png\" alt=\"x\" width=\"3\" height=\"2\">")) {
            assertTrue(out.contains(kept), kept + " in " + out);
        }
        assertTrue(parsed.anchors().contains("here"), "a kept id is an anchor");
        assertEquals(List.of("/types/co2/", "/img/x.png", "mailto:a@b.c"), parsed.links().stream().map(LinkUse::url).toList());
    }

    @Test
    void scriptsAreRemovedWithTheirCodeAndSaySo() {
        String inline = "Hello <script>alert(1)</script> world.\n";
        assertEquals("<p>Hello  world.</p>\n", html(inline));
        assertEquals(List.of("6: raw HTML <script> was removed: it would run a script in the reader's browser"), removals(inline));
        String block = "Before.\n\n<script>\nalert(2)\n</script>\n\nAfter.\n";
        assertFalse(html(block).contains("alert"), html(block));
        assertEquals(List.of("9: raw HTML <script> was removed: it would run a script in the reader's browser"), removals(block));
        assertFalse(engine.parse(inline).summary().contains("alert"), "the code is not text either");
    }

    @Test
    void eventHandlersStylesAndScriptAddressesAreRemovedFromKeptElements() {
        String md = "<img src=\"/img/x.png\" alt=\"x\" onerror=\"alert(1)\"> <span style=\"color:red\" onclick='x()'>s</span>"
                + " <a href=\"javascript:alert(1)\">a</a> <a href=\"&#106;avascript:alert(1)\">b</a> <a href=\"java&#x09;script:x\">c</a>"
                + " <a href=\"javascript&#58alert(1)\">d</a> <a href=\" JavaScript:x\" target=\"_blank\">e</a>\n";
        String out = html(md);
        assertTrue(out.contains("<img src=\"/img/x.png\" alt=\"x\">"), out);
        assertTrue(out.contains("<span>s</span>"), out);
        assertTrue(out.contains("<a>a</a> <a>b</a> <a>c</a> <a>d</a> <a>e</a>"), out);
        assertEquals(List.of(
                md.indexOf("onerror") + ": attribute 'onerror' on <img> was removed: event handlers run scripts in the reader's browser",
                md.indexOf("style") + ": attribute 'style' on <span> was removed: inline styles are not published",
                md.indexOf("onclick") + ": attribute 'onclick' on <span> was removed: event handlers run scripts in the reader's browser",
                md.indexOf("href=\"javascript:") + ": attribute 'href' on <a> was removed: 'javascript:' addresses can run scripts",
                md.indexOf("href=\"&#106;") + ": attribute 'href' on <a> was removed: 'javascript:' addresses can run scripts",
                md.indexOf("href=\"java&#x09;") + ": attribute 'href' on <a> was removed: 'javascript:' addresses can run scripts",
                md.indexOf("href=\"javascript&#58") + ": attribute 'href' on <a> was removed: its address is disguised with character references",
                md.indexOf("href=\" JavaScript") + ": attribute 'href' on <a> was removed: 'javascript:' addresses can run scripts",
                md.indexOf("target=") + ": attribute 'target' on <a> was removed: it is not among the attributes pages may use"), removals(md));
        assertEquals(List.of("/img/x.png"), engine.parse(md).links().stream().map(LinkUse::url).toList(), "removed addresses are not checked as links");
    }

    @Test
    void embedsFormsAndUnknownElementsAreRemoved() {
        String md = "<iframe src=\"https://evil.example/\">fallback</iframe>\n\n<svg><script>x()</script><circle/></svg>\n\n"
                + "<style>body{display:none}</style>\n\n<form action=\"/x\"><input name=\"q\"></form>\n\nA <blink>blinking</blink> word.\n";
        String out = html(md);
        for (String gone : List.of("<iframe", "fallback", "<svg", "x()", "<style", "display", "<form", "<input", "<blink")) assertFalse(out.contains(gone), gone + " in " + out);
        assertTrue(out.contains("<p>A blinking word.</p>"), "an unknown element's text stays: " + out);
        assertEquals(List.of(
                "0: raw HTML <iframe> was removed: it would embed content from elsewhere in the page",
                md.indexOf("<svg") + ": raw HTML <svg> was removed: inline SVG can carry scripts",
                md.indexOf("<style") + ": raw HTML <style> was removed: it would restyle the whole site",
                md.indexOf("<form") + ": raw HTML <form> was removed: forms are not part of page content",
                md.indexOf("<input") + ": raw HTML <input> was removed: forms are not part of page content",
                md.indexOf("<blink") + ": raw HTML <blink> was removed: it is not among the HTML elements pages may contain"), removals(md));
    }

    @Test
    void markupABrowserWouldReadDifferentlyIsShownAsText() {
        // <!--> is a whole comment to a browser, so the script after it would run; an unfinished tag would swallow what follows
        String comment = "<!--> <script>alert(1)</script> -->\n";
        assertFalse(html(comment).contains("<script"), html(comment));
        String unfinished = "<div>\n<img src=x onerror=alert(1)\n</div>\n";
        String out = html(unfinished);
        assertTrue(out.contains("&lt;img src=x onerror=alert(1)"), out);
        assertEquals(List.of("6: '<img src=x onerror=alert(1)' is not a complete HTML tag and is shown as text"), removals(unfinished));
        assertTrue(html("<div>\n<img/src=x/onerror=alert(1)>\n</div>\n").contains("&lt;img/src"), "no '/' between attributes");
        String open = "Intro.\n\n<!-- never closed\n\nthe rest of the page\n";
        assertEquals("<p>Intro.</p>\n", html(open), "a browser would hide the page's footer too");
        assertEquals(List.of("8: an HTML comment that is never closed was removed: it would hide the rest of the page"), removals(open));
    }

    /** Whatever is written, a browser reading the output finds only kept elements, no handler and no script address. */
    @Test
    void noInputGetsAScriptPastIt() {
        List<String> nasty = List.of("<script>a()</script>", "<SCRIPT SRC=//x.js></SCRIPT>", "<scr<script>ipt>a()</script>", "<img src=x onerror=a()>",
                "<IMG SRC=\"jav&#x09;ascript:a()\">", "<a href='vbscript:a()'>x</a>", "<a href=\"data:text/html,<script>a()</script>\">x</a>",
                "<svg/onload=a()>", "<body onload=a()>", "<iframe srcdoc='<script>a()</script>'>", "<math><mi xlink:href=\"javascript:a()\">x</mi></math>",
                "<div style=\"background:url(javascript:a())\">", "<!--><script>a()</script>-->", "<!--- --><script>a()</script>", "<![CDATA[><script>a()</script>]]>",
                "<?x ><script>a()</script>?>", "<details open ontoggle=a()>", "<a href=\"&#x6A;avascript:a()\">x</a>", "<object data=x.swf>", "<embed src=x>",
                "<base href=//evil/>", "<meta http-equiv=refresh content=\"0;url=javascript:a()\">", "<link rel=stylesheet href=//x>", "<textarea><script>a()</script></textarea>",
                "<noscript><p title=\"</noscript><img src=x onerror=a()>\">", "<style><img src=x onerror=a()></style>", "<a href=\"  javascript:a()\">x</a>",
                "<form><button formaction=javascript:a()>x</button></form>", "<input onfocus=a() autofocus>", "<video><source onerror=a()></video>",
                "<a\nhref=javascript:a()>x</a>", "<div\n onclick=a()>x</div>", "<img src=\"x\"onerror=\"a()\">", "<p id=x\u0000 onclick=a()>");
        for (String bad : nasty) {
            for (String md : List.of(bad + "\n", "Text " + bad + " text.\n", "<div>\n" + bad + "\n</div>\n", "> " + bad + "\n", "- " + bad + "\n")) {
                String out = html(md);
                for (Element e : Jsoup.parseBodyFragment(out).body().getAllElements()) {
                    if (e.tagName().equals("body")) continue;
                    String tag = e.tagName().toLowerCase(Locale.ROOT);
                    assertTrue(RawHtml.ELEMENTS.contains(tag) || List.of("ul", "li", "blockquote", "p").contains(tag), tag + " from " + md + " → " + out);
                    for (Attribute a : e.attributes()) {
                        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), a + " from " + md + " → " + out);
                        assertFalse(a.getKey().equalsIgnoreCase("style"), a + " from " + md + " → " + out);
                        String v = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                        assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text"), a + " from " + md + " → " + out);
                    }
                }
            }
        }
    }

    @Test
    void schemesAreReadAsABrowserReadsThem() {
        assertEquals("", RawHtml.scheme("/types/co2/#risks"));
        assertEquals("", RawHtml.scheme("page?a=1&b=2"));
        assertEquals("https", RawHtml.scheme("HTTPS://example.org/"));
        assertEquals("javascript", RawHtml.scheme("&#x6a;ava\tscript:x"));
        assertEquals("&", RawHtml.scheme("javascript&#58x"));
        assertEquals(RawHtml.commentEnd("<!-->x", 0), 5);
        assertEquals(RawHtml.commentEnd("<!-- a --!> b -->", 0), 11);
        assertEquals(-1, RawHtml.commentEnd("<!-- open", 0));
    }
}
