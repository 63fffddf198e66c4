package dev.resurface.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.resurface.diag.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML written in a page, made safe to publish. Ordinary content elements (paragraphs, spans,
 * tables, {@code <abbr>}, {@code <sub>}, links, images…) with harmless attributes are kept exactly as
 * written; anything that could run a script, embed another site, restyle the page or change how it
 * works is removed, and every removal is reported with the reason, so nothing vanishes silently.
 *
 * <p>Only markup read exactly as a browser reads it is passed on: a {@code <} that does not start a
 * complete tag is written as {@code &lt;}, so no tag reaches the reader that was not checked here.
 */
public final class RawHtml {
    private RawHtml() {}

    /** Something removed, at an index of the text given to {@link #clean}. */
    public record Removal(int index, String message, String hint) {}

    /** A kept attribute later stages need: an {@code id} (an anchor) or an {@code href}/{@code src} (a link to check). */
    public record Attr(String name, String value, int index) {}

    /** The text to publish, what was removed, and the ids and links it keeps. */
    public record Result(String html, List<Removal> removed, List<Attr> ids, List<Attr> links) {
        public Result {
            removed = List.copyOf(removed);
            ids = List.copyOf(ids);
            links = List.copyOf(links);
        }
    }

    // CommonMark's grammar of a tag; possessive, so a long line cannot make the regex backtrack.
    private static final String NAME = "[A-Za-z][A-Za-z0-9-]*+";
    private static final String ATTRIBUTE = "\\s++([A-Za-z_:][A-Za-z0-9_.:-]*+)(?:\\s*+=\\s*+([^\\s\"'=<>`]++|'[^']*+'|\"[^\"]*+\"))?+";
    private static final Pattern OPEN = Pattern.compile("<(" + NAME + ")((?:" + ATTRIBUTE + ")*+)(\\s*+/?>)");
    private static final Pattern ATTR = Pattern.compile(ATTRIBUTE);
    private static final Pattern CLOSE = Pattern.compile("</(" + NAME + ")\\s*+>");

    /** Content elements published as written (with the attributes below). */
    static final Set<String> ELEMENTS = Set.of("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
            "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4",
            "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small",
            "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr");
    /** Attributes any kept element may have. */
    static final Set<String> GLOBAL = Set.of("id", "class", "title", "lang", "dir", "role");
    /** Attributes particular elements may have. */
    static final Map<String, Set<String>> BY_ELEMENT = Map.ofEntries(
            Map.entry("a", Set.of("href", "rel", "hreflang", "type")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "decoding")),
            Map.entry("q", Set.of("cite")), Map.entry("blockquote", Set.of("cite")),
            Map.entry("del", Set.of("cite", "datetime")), Map.entry("ins", Set.of("cite", "datetime")),
            Map.entry("time", Set.of("datetime")), Map.entry("data", Set.of("value")),
            Map.entry("ol", Set.of("start", "reversed", "type")), Map.entry("li", Set.of("value")),
            Map.entry("td", Set.of("colspan", "rowspan", "headers")), Map.entry("th", Set.of("colspan", "rowspan", "headers", "scope", "abbr")),
            Map.entry("col", Set.of("span")), Map.entry("colgroup", Set.of("span")), Map.entry("details", Set.of("open")));
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    /** Elements removed with everything inside them (their content is code, another document, or a fallback for them). */
    static final Set<String> WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed", "applet", "noscript", "noembed",
            "noframes", "template", "svg", "math", "textarea", "title", "xmp", "plaintext", "select", "frameset", "canvas", "audio", "video");

    /** Why an element is removed, and what to do instead. */
    private static String[] why(String element) {
        return switch (element) {
            case "script" -> new String[] {"it would run a script in the reader's browser", "scripts belong in the site's templates, not in a page"};
            case "style", "link" -> new String[] {"it would restyle the whole site", "use a class ({.name} in Markdown) and the theme's stylesheet"};
            case "iframe", "frame", "frameset", "object", "embed", "applet", "portal" -> new String[] {
                    "it would embed content from elsewhere in the page", "link to it instead, or write a shortcode for a trusted embed"};
            case "svg", "math" -> new String[] {"inline " + (element.equals("svg") ? "SVG" : "MathML") + " can carry scripts",
                    "save the drawing as a file and use ![what it shows](drawing.svg)"};
            case "form", "input", "button", "select", "textarea", "option", "optgroup", "label", "fieldset", "output" -> new String[] {
                    "forms are not part of page content", "link to the form, or build it in a template"};
            case "meta", "base", "head", "html", "body", "title" -> new String[] {"it would change how the whole page works", "set it in the site's templates"};
            case "audio", "video", "canvas", "noscript", "template", "noembed", "noframes", "xmp", "plaintext", "dialog", "slot" -> new String[] {
                    "it is not among the HTML elements pages may contain", "use Markdown, a shortcode or a template"};
            default -> new String[] {"it is not among the HTML elements pages may contain",
                    "use Markdown, a shortcode or a template (docs/authoring.md lists the HTML elements a page may use)"};
        };
    }

    /** If {@code tag} is the opening tag of an element removed with its content (e.g. {@code <script>}), its name. */
    static Optional<String> opensRemovedContent(String tag) {
        Matcher m = OPEN.matcher(tag);
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return WITH_CONTENT.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** True for a closing tag of {@code element}. */
    static boolean closes(String tag, String element) {
        Matcher m = CLOSE.matcher(tag);
        return m.matches() && m.group(1).equalsIgnoreCase(element);
    }

    /** Cleans the raw HTML of one HTML block or one inline tag. */
    public static Result clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Removal> removed = new ArrayList<>();
        List<Attr> ids = new ArrayList<>();
        List<Attr> links = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                out.append(text, i, n);
                break;
            }
            out.append(text, i, lt);
            i = lt;
            if (text.startsWith("<!--", i)) {
                int end = commentEnd(text, i);
                if (end < 0) {
                    removed.add(new Removal(i, "an HTML comment that is never closed was removed: it would hide the rest of the page",
                            "close it with -->"));
                    i = n;
                } else {
                    out.append(text, i, end);
                    i = end;
                }
                continue;
            }
            if (text.startsWith("<!", i) || text.startsWith("<?", i)) {
                String closer = text.startsWith("<![CDATA[", i) ? "]]>" : text.startsWith("<?", i) ? "?>" : ">";
                int end = text.indexOf(closer, i + 2);
                end = end < 0 ? n : end + closer.length();
                removed.add(new Removal(i, "'" + shorten(text.substring(i, end)) + "' was removed: it does not belong inside a page",
                        "declarations and processing instructions go in templates, if anywhere"));
                i = end;
                continue;
            }
            Matcher close = CLOSE.matcher(text).region(i, n);
            if (close.lookingAt()) {
                // the end tag of a removed element goes with it; its start tag was reported
                if (ELEMENTS.contains(close.group(1).toLowerCase(Locale.ROOT))) out.append(text, i, close.end());
                i = close.end();
                continue;
            }
            Matcher open = OPEN.matcher(text).region(i, n);
            if (open.lookingAt()) {
                i = tag(text, open, out, removed, ids, links);
                continue;
            }
            char next = i + 1 < n ? text.charAt(i + 1) : ' ';
            if (Character.isLetter(next) || next == '/') {
                // a browser would read a tag here that the grammar above cannot check: show it as text
                int eol = text.indexOf('\n', i);
                removed.add(new Removal(i, "'" + shorten(text.substring(i, eol < 0 ? n : eol).strip()) + "' is not a complete HTML tag and is shown as text",
                        "finish the tag with '>', or write &lt; to show a '<'"));
                out.append("&lt;");
            } else {
                out.append('<');
            }
            i++;
        }
        return new Result(out.toString(), removed, ids, links);
    }

    /** One start tag: kept, rebuilt without its unsafe attributes, or removed (with its content for some elements). */
    private static int tag(String text, Matcher open, StringBuilder out, List<Removal> removed, List<Attr> ids, List<Attr> links) {
        int start = open.start();
        String element = open.group(1).toLowerCase(Locale.ROOT);
        if (!ELEMENTS.contains(element)) {
            String[] why = why(element);
            removed.add(new Removal(start, "raw HTML <" + element + "> was removed: " + why[0], why[1]));
            if (!WITH_CONTENT.contains(element)) return open.end();
            if (element.equals("plaintext")) return text.length();
            Matcher close = Pattern.compile("</" + element + "\\s*+>", Pattern.CASE_INSENSITIVE).matcher(text);
            return close.find(open.end()) ? close.end() : text.length();
        }
        StringBuilder rebuilt = new StringBuilder("<").append(open.group(1));
        boolean dropped = false;
        Matcher a = ATTR.matcher(text).region(open.start(2), open.end(2));
        while (a.lookingAt()) {
            String name = a.group(1).toLowerCase(Locale.ROOT);
            String raw = a.group(2) == null ? "" : a.group(2);
            String value = raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'') ? raw.substring(1, raw.length() - 1) : raw;
            int at = a.start(1);
            Optional<Problem> problem = problem(element, name, value);
            if (problem.isEmpty()) {
                rebuilt.append(a.group());
                if (name.equals("id")) ids.add(new Attr(name, value, at));
                if (name.equals("href") || name.equals("src")) links.add(new Attr(name, value, at));
            } else {
                dropped = true;
                removed.add(new Removal(at, "attribute '" + a.group(1) + "' on <" + element + "> was removed: " + problem.get().message(), problem.get().hint()));
            }
            a.region(a.end(), open.end(2));
        }
        out.append(dropped ? rebuilt.append(open.group(open.groupCount())) : text.substring(start, open.end())); // the last group: "/>" or ">"
        return open.end();
    }

    /** Why an attribute may not stay, or empty when it may. */
    private static Optional<Problem> problem(String element, String name, String value) {
        if (name.startsWith("on")) return Optional.of(new Problem("event handlers run scripts in the reader's browser", "scripts belong in the site's templates, not in a page"));
        if (name.equals("style")) return Optional.of(new Problem("inline styles are not published", "use a class ({.name} in Markdown, or class=\"name\") and the theme's stylesheet"));
        if (!GLOBAL.contains(name) && !name.startsWith("aria-") && !BY_ELEMENT.getOrDefault(element, Set.of()).contains(name)) {
            return Optional.of(new Problem("it is not among the attributes pages may use", "docs/authoring.md lists the HTML elements and attributes a page may use"));
        }
        if (URL_ATTRIBUTES.contains(name)) {
            String scheme = scheme(value);
            if (scheme.isEmpty() || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel")) return Optional.empty();
            if (scheme.equals("data") && element.equals("img") && value.trim().toLowerCase(Locale.ROOT).matches("data:image/(png|jpeg|gif|webp)[;,].*")) return Optional.empty();
            if (scheme.equals("&")) return Optional.of(new Problem("its address is disguised with character references", "write the address plainly, e.g. https://example.org/"));
            return Optional.of(new Problem("'" + scheme + ":' addresses " + (Set.of("javascript", "vbscript", "data").contains(scheme) ? "can run scripts" : "are not allowed"),
                    "link to a page or an https:// address"));
        }
        return Optional.empty();
    }

    /**
     * The scheme a browser would see in an attribute's address, lower case: empty for a relative
     * address, "&amp;" when character references hide what it is. Entities are decoded and spaces and
     * control characters dropped first, as browsers do.
     */
    static String scheme(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : Escaping.unescapeHtml(value).toCharArray()) if (c > ' ') sb.append(c);
        String url = sb.toString();
        int end = url.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int k = url.indexOf(stop);
            if (k >= 0) end = Math.min(end, k);
        }
        String head = url.substring(0, end);
        if (head.indexOf('&') >= 0) return "&";
        int colon = head.indexOf(':');
        return colon < 0 ? "" : head.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** Where a comment that starts at {@code i} ends, as a browser reads it (also {@code <!-->} and {@code --!>}); -1 if never. */
    static int commentEnd(String text, int i) {
        if (text.startsWith("<!-->", i)) return i + 5;
        if (text.startsWith("<!--->", i)) return i + 6;
        int a = text.indexOf("-->", i + 4);
        int b = text.indexOf("--!>", i + 4);
        if (a < 0 && b < 0) return -1;
        return a >= 0 && (b < 0 || a < b) ? a + 3 : b + 4;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 30 ? one : one.substring(0, 29) + "…";
    }
}
