package dev.resurface.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's own Markdown syntax on top of CommonMark: citations {@code [@id; @id2]},
 * shortcodes {@code {{< name arg="v" >}}}, and the rendering of glossary terms marked after parsing.
 */
public final class ResurfaceSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Citation number of each cited id on this page, in order of first citation (set at parse). */
    public static final DataKey<Map<String, Integer>> CITE_NUMBERS = new DataKey<>("RESURFACE_CITE_NUMBERS", Map.of());
    /**
     * A short label for each source id ("Title (Publisher, 2024)"), shown as the link's title, already escaped
     * for an attribute value ({@link #citeTitles}): escaping each of a long page's 90 citations cost more than
     * writing it.
     */
    public static final DataKey<Map<String, String>> CITE_TITLES = new DataKey<>("RESURFACE_CITE_TITLES", Map.of());
    /** Raw HTML nodes whose text {@link RawHtml} changed, with the text to publish instead (set at parse). */
    public static final DataKey<Map<Node, String>> CLEANED_HTML = new DataKey<>("RESURFACE_CLEANED_HTML", Map.of());
    /** Renders one shortcode to HTML (set by the build before a page is rendered). */
    public static final DataKey<Function<Shortcode, String>> SHORTCODES = new DataKey<>("RESURFACE_SHORTCODES", s -> "");

    /** {@link #CITE_TITLES} from each source id's label. */
    public static Map<String, String> citeTitles(Map<String, String> labels) {
        Map<String, String> out = new HashMap<>();
        labels.forEach((id, label) -> out.put(id, Escaping.escapeHtml(label, true)));
        return Map.copyOf(out);
    }

    /** An id is a letter or digit, then letters, digits, '.', '_', ':' or '-'. */
    public static final Pattern CITE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{<\\s*([A-Za-z][A-Za-z0-9_-]*)((?:\\s+[A-Za-z][A-Za-z0-9_-]*\\s*=\\s*(?:\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*'|[^\\s\"'>]+))*)\\s*/?>\\}\\}");
    private static final Pattern ARG = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s\"'>]+))");

    private final boolean fastText;

    private ResurfaceSyntax(boolean fastText) { this.fastText = fastText; }

    public static ResurfaceSyntax create() { return new ResurfaceSyntax(true); }

    /** Without the fast plain-text renderer: flexmark's own, for tests that compare the two. */
    static ResurfaceSyntax withCoreText() { return new ResurfaceSyntax(false); }

    @Override
    public void parserOptions(MutableDataHolder options) { }

    @Override
    public void rendererOptions(MutableDataHolder options) { }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new CitationFactory());
        builder.customInlineParserExtensionFactory(new ShortcodeFactory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer(fastText));
    }

    // ---- citations

    /** Reads the inside of {@code [@a; @b]}; ids are separated by ';' or ','. */
    static Citation citation(BasedSequence chars) {
        String inner = chars.subSequence(1, chars.length() - 1).toString();
        List<String> ids = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        String problem = "";
        int i = 0;
        while (i < inner.length()) {
            while (i < inner.length() && Character.isWhitespace(inner.charAt(i))) i++;
            if (i >= inner.length() || inner.charAt(i) != '@') {
                problem = "a citation lists source ids, each starting with '@'";
                break;
            }
            Matcher m = CITE_ID.matcher(inner).region(i + 1, inner.length());
            if (!m.lookingAt()) {
                problem = "'@' must be followed by a source id";
                break;
            }
            ids.add(m.group());
            offsets.add(chars.getStartOffset() + 1 + i + 1);
            i = m.end();
            while (i < inner.length() && Character.isWhitespace(inner.charAt(i))) i++;
            if (i < inner.length()) {
                if (inner.charAt(i) != ';' && inner.charAt(i) != ',') {
                    problem = "unexpected '" + inner.charAt(i) + "' after '@" + m.group() + "'";
                    break;
                }
                i++;
                if (inner.substring(i).isBlank()) {
                    problem = "a citation ends with a separator";
                    break;
                }
            }
        }
        if (problem.isEmpty() && ids.isEmpty()) problem = "a citation needs at least one source id";
        return new Citation(chars, ids, offsets, problem);
    }

    private static final class CitationProcessor implements LinkRefProcessor {
        @Override public boolean getWantExclamationPrefix() { return false; }

        @Override public int getBracketNestingLevel() { return 0; }

        @Override
        public boolean isMatch(BasedSequence nodeChars) {
            return nodeChars.length() >= 3 && nodeChars.charAt(0) == '[' && nodeChars.charAt(1) == '@' && nodeChars.endCharAt(1) == ']';
        }

        @Override
        public Node createNode(BasedSequence nodeChars) { return citation(nodeChars); }

        @Override
        public BasedSequence adjustInlineText(Document document, Node node) { return node.getChars().subSequence(1, 1); }

        @Override
        public boolean allowDelimiters(BasedSequence chars, Document document, Node node) { return false; }

        @Override
        public void updateNodeElements(Document document, Node node) { }
    }

    private static final class CitationFactory implements LinkRefProcessorFactory {
        @Override public boolean getWantExclamationPrefix(DataHolder options) { return false; }

        @Override public int getBracketNestingLevel(DataHolder options) { return 0; }

        @Override public LinkRefProcessor apply(Document document) { return new CitationProcessor(); }
    }

    // ---- shortcodes

    /** A snippet call that the snippet stage did not expand: it is not alone on its line. */
    private static final Pattern SNIPPET = Pattern.compile("\\{\\{<\\s*snippet(?:[\\s>/].*)?", Pattern.DOTALL);
    static final String SNIPPET_INLINE = "a snippet must stand on a line of its own: it is a block of Markdown, not part of a sentence";

    static Shortcode shortcode(BasedSequence chars) {
        String text = chars.toString();
        if (SNIPPET.matcher(text).matches()) return new Shortcode(chars, "snippet", Map.of(), SNIPPET_INLINE);
        Matcher m = SHORTCODE.matcher(text);
        if (!m.matches()) {
            return new Shortcode(chars, "", Map.of(), "cannot read this shortcode: write {{< name key=\"value\" >}} on one line");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        String problem = "";
        Matcher a = ARG.matcher(m.group(2));
        while (a.find()) {
            String key = a.group(1);
            Object value;
            if (a.group(2) != null) value = a.group(2).replaceAll("\\\\(.)", "$1");
            else if (a.group(3) != null) value = a.group(3);
            else value = bare(a.group(4));
            if (args.put(key, value) != null && problem.isEmpty()) problem = "argument '" + key + "' is given twice";
        }
        return new Shortcode(chars, m.group(1), args, problem);
    }

    /** An unquoted argument: a whole number, a decimal, true/false, else text. */
    static Object bare(String s) {
        if (s.equals("true")) return Boolean.TRUE;
        if (s.equals("false")) return Boolean.FALSE;
        if (s.matches("-?\\d{1,18}")) return Long.parseLong(s);
        if (s.matches("-?\\d+\\.\\d+")) return Double.parseDouble(s);
        return s;
    }

    private static final class ShortcodeParser implements InlineParserExtension {
        @Override public void finalizeDocument(InlineParser inlineParser) { }

        @Override public void finalizeBlock(InlineParser inlineParser) { }

        @Override
        public boolean parse(LightInlineParser p) {
            if (p.peek(1) != '{' || p.peek(2) != '<') return false;
            BasedSequence input = p.getInput();
            int start = p.getIndex();
            int close = input.indexOf(">}}", start);
            int nl = input.indexOf('\n', start);
            int end = close < 0 || (nl >= 0 && nl < close) ? (nl < 0 ? input.length() : nl) : close + 3;
            p.flushTextNode();
            p.getBlock().appendChild(shortcode(input.subSequence(start, end)));
            p.setIndex(end);
            return true;
        }
    }

    private static final class ShortcodeFactory implements InlineParserExtensionFactory {
        @Override public CharSequence getCharacters() { return "{"; }

        @Override public InlineParserExtension apply(LightInlineParser lightInlineParser) { return new ShortcodeParser(); }

        @Override public Set<Class<?>> getAfterDependents() { return null; }

        @Override public Set<Class<?>> getBeforeDependents() { return null; }

        @Override public boolean affectsGlobalScope() { return false; }
    }

    // ---- rendering

    private record Renderer(boolean fastText) implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            Set<NodeRenderingHandler<?>> handlers = new HashSet<>(Set.of(
                    new NodeRenderingHandler<>(Citation.class, Renderer::citation),
                    new NodeRenderingHandler<>(Shortcode.class, Renderer::shortcode),
                    new NodeRenderingHandler<>(GlossaryTerm.class, Renderer::term),
                    new NodeRenderingHandler<>(HtmlBlock.class, Renderer::htmlBlock),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, Renderer::htmlBlock),
                    new NodeRenderingHandler<>(HtmlInline.class, Renderer::htmlInline),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, Renderer::htmlInline)));
            // an extension's handler wins over the core one for the same node class
            handlers.add(new NodeRenderingHandler<>(Text.class, this::text));
            handlers.add(new NodeRenderingHandler<>(SoftLineBreak.class, Renderer::softBreak));
            return handlers;
        }

        /**
         * Plain text; before a citation marker, its trailing space becomes a no-break space so the marker
         * never starts a line on its own ("damage&nbsp;[1]").
         */
        private void text(Text t, NodeRendererContext ctx, HtmlWriter html) {
            String s = Seqs.string(t.getChars());
            boolean glue = t.getNext() instanceof Citation && !s.isEmpty() && (s.endsWith(" ") || s.endsWith("\t"));
            if (glue) s = s.stripTrailing();
            if (fastText || glue) text(s, html);
            else ctx.delegateRender();
            if (glue) html.raw("&nbsp;");
        }

        /** A line break just before a citation marker is a no-break space, for the same reason. */
        private static void softBreak(SoftLineBreak b, NodeRendererContext ctx, HtmlWriter html) {
            if (b.getNext() instanceof Citation) html.raw("&nbsp;");
            else ctx.delegateRender();
        }

        /**
         * Plain text, exactly as flexmark's core renderer writes it (unescape, normalise line ends, escape),
         * but on a String: the core goes through the sequence a character at a time, several times over.
         */
        private static void text(String s, HtmlWriter html) {
            if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0) s = Escaping.unescapeString(s);
            if (s.indexOf('\r') >= 0) s = Escaping.normalizeEOL(s);
            html.text(s);
        }

        /** Raw HTML as {@link RawHtml} cleaned it, laid out as flexmark's core renderer lays out blocks; untouched HTML goes to the core. */
        private static void htmlBlock(HtmlBlockBase b, NodeRendererContext ctx, HtmlWriter html) {
            String cleaned = CLEANED_HTML.get(ctx.getDocument()).get(b);
            if (cleaned == null) {
                ctx.delegateRender();
                return;
            }
            if (b instanceof HtmlBlock) html.line();
            html.rawPre(Escaping.normalizeEOL(cleaned));
            if (b instanceof HtmlBlock) html.lineIf(ctx.getHtmlOptions().htmlBlockCloseTagEol);
        }

        private static void htmlInline(HtmlInlineBase h, NodeRendererContext ctx, HtmlWriter html) {
            String cleaned = CLEANED_HTML.get(ctx.getDocument()).get(h);
            if (cleaned == null) ctx.delegateRender();
            else html.rawPre(Escaping.normalizeEOL(cleaned));
        }

        private static void citation(Citation c, NodeRendererContext ctx, HtmlWriter html) {
            Map<String, Integer> numbers = CITE_NUMBERS.get(ctx.getDocument());
            Map<String, String> titles = CITE_TITLES.get(ctx.getDocument());
            if (!c.problem().isEmpty() || c.ids().stream().anyMatch(id -> !numbers.containsKey(id))) {
                html.text(c.getChars().toString());
                return;
            }
            StringBuilder sb = new StringBuilder("<sup class=\"cite\" id=\"").append(c.refId()).append("\">[");
            List<String> seen = new ArrayList<>();
            for (String id : c.ids()) {
                if (seen.contains(id)) continue;
                if (!seen.isEmpty()) sb.append(", ");
                seen.add(id);
                int n = numbers.get(id);
                sb.append("<a href=\"#source-").append(n).append('"');
                String title = titles.get(id);
                if (title != null) sb.append(" title=\"").append(title).append('"');
                sb.append(">").append(n).append("</a>");
            }
            html.raw(sb.append("]</sup>"));
        }

        private static void shortcode(Shortcode s, NodeRendererContext ctx, HtmlWriter html) {
            String out = SHORTCODES.get(ctx.getDocument()).apply(s);
            if (s.isBlock()) {
                html.line();
                html.raw(out);
                html.line();
            } else {
                html.raw(out);
            }
        }

        private static void term(GlossaryTerm t, NodeRendererContext ctx, HtmlWriter html) {
            html.raw(TermToggletip.open(t));
            ctx.renderChildren(t);
            html.raw(TermToggletip.close(t, PlainText.of(t)));
        }
    }
}
