package dev.resurface.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A page's searchable text, cut into passages at its headings, so a result can link to the heading
 * that matched ({@code /recovery/#how-long-redness-lasts}). Blocks (paragraphs, list items, table rows,
 * definitions) are joined so they never run together: a block that does not end a sentence gets a full
 * stop ("Redness. Swelling."), and a table row's cells are joined by commas.
 *
 * <p>The build keeps a page's passages as one string (the build cache stores strings): each passage is
 * {@code RS anchor US heading US text}, so two such strings joined are the passages of both.
 */
public final class SearchText {
    private static final char RS = '\u001e';
    private static final char US = '\u001f';

    private SearchText() {}

    /** A page's body as passages: the text before its first heading (no anchor), then one per heading. */
    public static List<Passage> passages(Document doc, Function<Node, String> plainText) {
        List<Passage> out = new ArrayList<>();
        String anchor = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() >= 2) {
                add(out, anchor, heading, text);
                anchor = idOf(h);
                heading = tidy(plainText.apply(h));
                text.setLength(0);
            } else {
                blocks(n, plainText, text, 0);
            }
        }
        add(out, anchor, heading, text);
        return out;
    }

    private static void add(List<Passage> out, String anchor, String heading, StringBuilder text) {
        String t = text.toString().strip();
        if (!t.isEmpty() || !heading.isEmpty()) out.add(new Passage(anchor, heading, t));
    }

    /** The heading's id as the page renders it: {@code {#id}} if written, else the generated one. */
    static String idOf(Heading h) {
        String explicit = null;
        for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof AttributesNode attrs)) continue;
            for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
                if (a instanceof AttributeNode an && an.isId()) explicit = an.getValue().toString();
            }
        }
        if (explicit != null) return explicit;
        return h.getAnchorRefId() == null ? "" : h.getAnchorRefId();
    }

    /** Appends the text of every block under {@code n}, each ended as a sentence. */
    private static void blocks(Node n, Function<Node, String> plainText, StringBuilder out, int depth) {
        if (depth > 100) return; // pathological nesting: the text so far is enough to find the page
        if (n instanceof TableSeparator) return; // the |---| line under a table's head
        if (n instanceof TableRow) {
            List<String> cells = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableCell) {
                    String cell = tidy(plainText.apply(c));
                    if (!cell.isEmpty()) cells.add(cell);
                }
            }
            sentence(out, String.join(", ", cells));
            return;
        }
        if (hasBlockOrRow(n)) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) blocks(c, plainText, out, depth + 1);
        } else if (n instanceof Block) {
            sentence(out, tidy(plainText.apply(n)));
        }
    }

    private static boolean hasBlockOrRow(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Block || c instanceof TableRow || hasRows(c)) return true;
        }
        return false;
    }

    private static boolean hasRows(Node n) { // a table's head and body hold its rows
        return n.getFirstChild() instanceof TableRow;
    }

    /** Adds a block's text, with a full stop unless it already ends a sentence or introduces what follows. */
    static void sentence(StringBuilder out, String text) {
        if (text.isEmpty()) return;
        if (!out.isEmpty()) out.append(' ');
        out.append(text);
        if (!endsSentence(text)) out.append('.');
    }

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && "\"'”’)]".indexOf(text.charAt(i)) >= 0) i--; // a closing quote or bracket after the stop
        return ".!?:;…".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whitespace squashed; the space a removed citation mark leaves before punctuation taken out. Written
     * out, not as {@code strip().replaceAll("\\s+", " ").replaceAll(" ([.,;:!?)])", "$1")} (same result,
     * SearchTextTest compares them): the two regexes were compiled and run for every block of every page,
     * a twentieth of a build's CPU on long pages.
     */
    static String tidy(String text) {
        String s = text.strip();
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                if (out != null) out.append(c);
                continue;
            }
            int end = i + 1;
            while (end < n && isRegexSpace(s.charAt(end))) end++;
            // strip() leaves no whitespace at either end, so a character follows every run
            boolean keep = ".,;:!?)".indexOf(s.charAt(end)) < 0;
            if (out == null && (!keep || c != ' ' || end > i + 1)) out = new StringBuilder(n).append(s, 0, i);
            if (out != null && keep) out.append(' ');
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    /** What {@code \\s} matches (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The passages as the build keeps them (see the class comment). */
    public static String encode(List<Passage> passages) {
        int size = 0;
        for (Passage p : passages) size += p.anchor().length() + p.heading().length() + p.text().length() + 3;
        StringBuilder sb = new StringBuilder(size);
        for (Passage p : passages) sb.append(RS).append(clean(p.anchor())).append(US).append(clean(p.heading())).append(US).append(clean(p.text()));
        return sb.toString();
    }

    /** The passages of an {@link #encode}d string (a string without markers is one passage of text). */
    public static List<Passage> decode(String kept) {
        List<Passage> out = new ArrayList<>();
        if (kept.isEmpty()) return out;
        if (kept.charAt(0) != RS) return List.of(new Passage("", "", kept));
        for (String part : kept.substring(1).split(String.valueOf(RS), -1)) {
            String[] f = part.split(String.valueOf(US), 3);
            out.add(new Passage(f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : ""));
        }
        return out;
    }

    private static String clean(String s) { // the markers never occur in text a reader sees
        return s.replace(RS, ' ').replace(US, ' ');
    }
}
