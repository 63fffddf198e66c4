package dev.resurface.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The text a reader sees in a node, for summaries, headings in the table of contents and
 * descriptions: typographic quotes and dashes included, markup, footnote marks and attributes left out.
 */
final class PlainText {
    private PlainText() {}

    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb, 0);
        return sb.toString();
    }

    private static void append(Node n, StringBuilder sb, int depth) {
        if (depth > 200) return; // pathological nesting: the text so far is enough for a summary
        if (n instanceof Text || n instanceof Code) {
            sb.append(Seqs.string(n instanceof Code c ? c.getText() : n.getChars()));
            return;
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            sb.append(' ');
            return;
        }
        if (n instanceof HtmlEntity) {
            sb.append(Escaping.unescapeHtml(n.getChars()));
            return;
        }
        if (n instanceof TypographicSmarts s) {
            sb.append(Escaping.unescapeHtml(s.getTypographicText()));
            return;
        }
        if (n instanceof AttributesNode || n instanceof Footnote || n instanceof HtmlInline || n instanceof Citation || n instanceof Shortcode) return;
        if (n instanceof TypographicQuotes q) {
            sb.append(Escaping.unescapeHtml(q.getTypographicOpening()));
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) append(c, sb, depth + 1);
            sb.append(Escaping.unescapeHtml(q.getTypographicClosing()));
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) append(c, sb, depth + 1);
        if (n instanceof com.vladsch.flexmark.util.ast.Block) sb.append(' '); // paragraphs, cells, items never run together
    }
}
