package dev.resurface.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one flexmark setup of the site: CommonMark plus tables, strikethrough, autolinks,
 * footnotes, definition lists, typographic quotes and dashes, and {@code {#id .class}} attributes.
 * Parser and renderer are built once and shared by all threads (both are thread-safe).
 */
public final class MarkdownEngine {
    /** Extra attributes for image nodes (width, height), set by the link stage before rendering. */
    public static final DataKey<Map<Node, Map<String, String>>> NODE_ATTRIBUTES =
            new DataKey<>("RESURFACE_NODE_ATTRIBUTES", new IdentityHashMap<>());


    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MutableDataSet options;
    private final List<Integer> tocLevels;
    private final int summaryWords;

    public MarkdownEngine(List<Integer> tocLevels, int summaryWords) {
        this.tocLevels = List.copyOf(tocLevels);
        this.summaryWords = summaryWords;
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), QuickAutolinkExtension.create(),
                FootnoteExtension.create(), DefinitionExtension.create(), TypographicExtension.create(),
                AttributesExtension.create(), TaskListExtension.create(), ResurfaceSyntax.create()));
        // Task-list items get a drawn box to tick on paper, not a form control: an unlabelled
        // checkbox is an accessibility fault, and nothing is submitted.
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<span class=\"task-box\" aria-hidden=\"true\"></span>");
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<span class=\"task-box done\" aria-hidden=\"true\">✓</span>");
        // GitHub-compatible heading ids, so anchors also work when the .md is previewed on GitHub.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(Parser.LISTS_ITEM_MARKER_SPACE, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                Map<Node, Map<String, String>> extra = NODE_ATTRIBUTES.get(context.getDocument());
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    Map<String, String> a = extra.get(node);
                    if (a != null) a.forEach(attributes::replaceValue);
                };
            }
        }).build();
    }

    /** The text a reader sees in a parsed body or one of its blocks, for the search index. */
    public String plainText(Node node) {
        return PlainText.of(node);
    }

    /**
     * A body as flexmark's input. Text flexmark stitches from pieces (a paragraph in a list item or a quote)
     * becomes a "full" segmented sequence, not the default tree kind: each tree makes a ThreadLocal of its
     * own, and at 3,000 pages the worker threads' ThreadLocal maps held 270,000 entries, with a tenth of a
     * build's CPU spent looking them up and clearing them out. Same characters, same offsets.
     */
    static BasedSequence source(String body) {
        return BasedSequence.of(BasedOptionsSequence.of(body, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES));
    }

    /** Parses a page body and extracts headings, anchors, links, word count and summary. */
    public ParsedMarkdown parse(String body) {
        Document doc = parser.parse(source(body));
        doc.set(NODE_ATTRIBUTES, new IdentityHashMap<>());
        Map<Node, String> cleaned = new IdentityHashMap<>();
        doc.set(ResurfaceSyntax.CLEANED_HTML, cleaned);
        removeInlineScripts(doc);
        HeaderIdGenerator ids = new HeaderIdGenerator(doc);
        ids.generateIds(doc);

        Set<String> anchors = new LinkedHashSet<>();
        List<LinkUse> links = new ArrayList<>();
        List<TocEntry> flat = new ArrayList<>();
        Set<String> footnotes = new LinkedHashSet<>();
        List<Citation> citations = new ArrayList<>();
        Map<String, Integer> citeNumbers = new LinkedHashMap<>();
        List<Shortcode> shortcodes = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<ParsedMarkdown.Dropped> dropped = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        boolean[] moreSeen = {false};
        int[] words = {0};

        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Heading.class, h -> {
                    headings.add(squash(PlainText.of(h)));
                    String id = ids.getId(h);
                    if (id != null && !id.isEmpty()) anchors.add(id);
                    if (tocLevels.contains(h.getLevel()) && id != null && !id.isEmpty()) {
                        flat.add(new TocEntry(h.getLevel(), id, squash(PlainText.of(h)), List.of()));
                    }
                }),
                new VisitHandler<>(Link.class, l -> links.add(new LinkUse(LinkUse.Kind.LINK, l.getUrl().toString(), l.getStartOffset(), l))),
                new VisitHandler<>(Image.class, i -> {
                    links.add(new LinkUse(LinkUse.Kind.IMAGE, i.getUrl().toString(), i.getStartOffset(), i));
                    if (isDecorative(i.getText())) NODE_ATTRIBUTES.get(doc).put(i, new LinkedHashMap<>(Map.of("alt", "")));
                }),
                new VisitHandler<>(Reference.class, r -> links.add(new LinkUse(LinkUse.Kind.REFERENCE, r.getUrl().toString(), r.getStartOffset(), r))),
                new VisitHandler<>(AttributeNode.class, a -> {
                    if (a.isId()) anchors.add(a.getValue().toString());
                }),
                // {#id}, {.class} and {name=value} are meant; a bare word in braces ("{x}", "${total}") is
                // almost always text the author wanted shown, which the attributes syntax would silently drop
                new VisitHandler<>(AttributesNode.class, a -> {
                    boolean reported = false;
                    for (Node c = a.getFirstChild(); c != null; c = c.getNext()) {
                        if (!(c instanceof AttributeNode an)) continue;
                        if (an.isId()) anchors.add(an.getValue().toString());
                        else if (!an.isClass() && an.getValue().isEmpty() && !reported) {
                            dropped.add(new ParsedMarkdown.Dropped(a.getStartOffset(), "'" + a.getChars() + "' was read as HTML attributes and will not be shown",
                                    "to show the braces, write \\{ instead of {; for attributes use {#id}, {.class} or {name=value}"));
                            reported = true;
                        }
                    }
                }),
                // flexmark numbers the referenced footnotes 1…k when it renders (not always in reference order,
                // but always the same set of ids); a repeated reference's own id (fnref-N-M) is not registered
                new VisitHandler<>(Footnote.class, f -> {
                    if (f.getFootnoteBlock() != null && footnotes.add(f.getText().toString())) {
                        anchors.add("fn-" + footnotes.size());
                        anchors.add("fnref-" + footnotes.size());
                    }
                }),
                new VisitHandler<>(Citation.class, c -> {
                    citations.add(c);
                    c.setRefId("cite-ref-" + citations.size());
                    anchors.add(c.refId());
                    if (!c.problem().isEmpty()) return;
                    for (String id : c.ids()) {
                        if (!citeNumbers.containsKey(id)) {
                            citeNumbers.put(id, citeNumbers.size() + 1);
                            anchors.add("source-" + citeNumbers.size());
                        }
                    }
                }),
                new VisitHandler<>(Shortcode.class, shortcodes::add),
                new VisitHandler<>(HtmlBlock.class, b -> raw(b, b.getContentChars(), anchors, links, dropped, cleaned)),
                new VisitHandler<>(HtmlCommentBlock.class, b -> raw(b, b.getChars(), anchors, links, dropped, cleaned)),
                new VisitHandler<>(HtmlInline.class, b -> raw(b, b.getChars(), anchors, links, dropped, cleaned)),
                new VisitHandler<>(HtmlInlineComment.class, b -> raw(b, b.getChars(), anchors, links, dropped, cleaned)));
        visitor.visit(doc);
        doc.set(ResurfaceSyntax.CITE_NUMBERS, Collections.unmodifiableMap(citeNumbers));
        for (Shortcode sc : shortcodes) promoteIfAlone(sc);

        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (isMore(block)) {
                moreSeen[0] = true;
                break;
            }
        }
        if (moreSeen[0]) {
            for (Node block = doc.getFirstChild(); block != null && !isMore(block); block = block.getNext()) {
                if (block instanceof Heading) continue;
                if (summary.length() > 0) summary.append(' ');
                summary.append(PlainText.of(block).trim());
            }
        } else {
            for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Paragraph) {
                    summary.append(PlainText.of(block).trim());
                    break;
                }
            }
        }
        words[0] = PlainText.words(doc);
        String sum = moreSeen[0] ? squash(summary.toString()) : truncateWords(squash(summary.toString()), summaryWords);
        return new ParsedMarkdown(new ParsedMarkdown.Tree(doc, links, citations, shortcodes), nest(flat), anchors, words[0], sum,
                List.copyOf(citeNumbers.keySet()), headings, dropped);
    }

    /**
     * {@code ![""](img.svg)}: the author marks the image decorative (HTML's {@code alt=""}, which screen readers skip).
     * An empty {@code ![](img.svg)} is more often a forgotten description, so it stays a warning.
     */
    public static boolean isDecorative(CharSequence altText) {
        String t = altText.toString().trim();
        return t.equals("\"\"") || t.equals("\u201C\u201D");
    }

    /** A shortcode alone in its paragraph replaces the paragraph, so block HTML is not wrapped in {@code <p>}. */
    private static void promoteIfAlone(Shortcode sc) {
        Node para = sc.getParent();
        if (!(para instanceof Paragraph)) return;
        for (Node n = para.getFirstChild(); n != null; n = n.getNext()) {
            if (n != sc && !n.getChars().isBlank()) return;
        }
        para.insertBefore(sc);
        para.unlink();
        sc.setBlock(true);
    }

    /** Renders a document whose links have been rewritten by the link stage. */
    public String render(Document doc) {
        // sized for a long page's HTML (about four times its Markdown): growing the builder copied it over and over
        StringBuilder out = new StringBuilder(doc.getTextLength() * 4 + 256);
        renderer.render(doc, out);
        return out.toString();
    }

    private static boolean isMore(Node block) {
        if (block instanceof HtmlCommentBlock || block instanceof HtmlBlock) {
            return block.getChars().toString().trim().equalsIgnoreCase("<!--more-->");
        }
        if (block instanceof Paragraph p && p.getFirstChild() instanceof HtmlInlineComment c && c.getNext() == null) {
            return c.getChars().toString().trim().equalsIgnoreCase("<!--more-->");
        }
        return false;
    }

    /**
     * Raw HTML: made safe ({@link RawHtml}), each removal reported at its place; the ids it keeps are
     * anchors and its href/src values links to check (not rewritten).
     */
    private static void raw(Node html, BasedSequence chars, Set<String> anchors, List<LinkUse> links, List<ParsedMarkdown.Dropped> dropped,
                            Map<Node, String> cleaned) {
        String text = Seqs.string(chars);
        RawHtml.Result r = RawHtml.clean(text);
        for (RawHtml.Attr id : r.ids()) anchors.add(id.value());
        for (RawHtml.Attr l : r.links()) links.add(new LinkUse(LinkUse.Kind.RAW_HTML, l.value(), chars.getIndexOffset(l.index()), html));
        for (RawHtml.Removal x : r.removed()) dropped.add(new ParsedMarkdown.Dropped(chars.getIndexOffset(x.index()), x.message(), x.hint()));
        if (!r.html().equals(text)) cleaned.put(html, r.html());
    }

    /**
     * An inline {@code <script>…</script>} (or another element removed with its content) is several
     * nodes: the two tags, and the text between them, which is code rather than prose. The text goes
     * before anything reads the tree; the tags are removed when they are cleaned.
     */
    private static void removeInlineScripts(Document doc) {
        List<HtmlInline> opening = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(HtmlInline.class, h -> {
            if (RawHtml.opensRemovedContent(Seqs.string(h.getChars())).isPresent()) opening.add(h);
        })).visit(doc);
        for (HtmlInline open : opening) {
            if (open.getParent() == null) continue; // inside an earlier one, already gone
            String element = RawHtml.opensRemovedContent(Seqs.string(open.getChars())).orElseThrow();
            Node end = open.getNext();
            while (end != null && !(end instanceof HtmlInline && RawHtml.closes(Seqs.string(end.getChars()), element))) end = end.getNext();
            if (end == null) continue; // never closed: only the start tag goes, and the rest shows as text
            for (Node n = open.getNext(); n != end; ) {
                Node next = n.getNext();
                n.unlink();
                n = next;
            }
        }
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static String truncateWords(String s, int max) {
        String[] parts = s.split(" ");
        if (parts.length <= max) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < max; i++) sb.append(i == 0 ? "" : " ").append(parts[i]);
        return sb.append('…').toString();
    }

    /** Turns the flat heading list into a tree: each heading holds the deeper ones that follow it. */
    static List<TocEntry> nest(List<TocEntry> flat) {
        return nest(flat, new int[] {0}, 0);
    }

    private static List<TocEntry> nest(List<TocEntry> flat, int[] next, int parentLevel) {
        List<TocEntry> out = new ArrayList<>();
        while (next[0] < flat.size() && flat.get(next[0]).level() > parentLevel) {
            TocEntry e = flat.get(next[0]++);
            out.add(new TocEntry(e.level(), e.id(), e.title(), nest(flat, next, e.level())));
        }
        return out;
    }
}
