package dev.resurface.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The prose of a page as plain-text blocks (paragraphs, headings, table cells), each character
 * mapped back to its offset in the Markdown body, so checks on the text can report line:col.
 * Code, images, raw HTML, citations and shortcodes are left out; link text is kept, link URLs are not.
 */
public final class Prose {
    private Prose() {}

    public enum Kind { PARAGRAPH, HEADING, CELL }

    /**
     * @param quoted  inside a block quote
     * @param offsets body offset of each character of {@code text}
     */
    public record Block(Kind kind, boolean quoted, String text, int[] offsets) {
        public int offsetOf(int index) {
            if (offsets.length == 0) return 0;
            return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
        }
    }

    public static List<Block> of(Node root) {
        List<Block> out = new ArrayList<>();
        collect(root, out, false, 0);
        return out;
    }

    private static void collect(Node n, List<Block> out, boolean quoted, int depth) {
        if (depth > 500) return; // pathological nesting: stop rather than overflow the stack
        Kind kind = n instanceof Heading ? Kind.HEADING : n instanceof TableCell ? Kind.CELL
                : n instanceof Paragraph ? Kind.PARAGRAPH : null;
        if (kind != null) {
            Builder b = new Builder();
            b.inline(n, 0);
            String text = b.text.toString();
            if (!text.isBlank()) out.add(new Block(kind, quoted, text, Arrays.copyOf(b.offsets, text.length())));
            return;
        }
        boolean q = quoted || n instanceof BlockQuote;
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collect(c, out, q, depth + 1);
    }

    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        int[] offsets = new int[64];

        void add(CharSequence s, int offset, boolean contiguous) {
            String chars = s instanceof BasedSequence b ? Seqs.string(b) : s.toString();
            int start = text.length();
            int n = chars.length();
            if (start + n > offsets.length) offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, start + n));
            for (int i = 0; i < n; i++) offsets[start + i] = contiguous ? offset + i : offset;
            text.append(chars);
        }

        void inline(Node n, int depth) {
            if (depth > 500) return;
            if (n instanceof Text) {
                add(n.getChars(), n.getStartOffset(), true);
            } else if (n instanceof Code c) {
                add(c.getText(), c.getText().getStartOffset(), true);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                add(" ", n.getStartOffset(), false);
            } else if (n instanceof HtmlEntity) {
                add(Escaping.unescapeHtml(n.getChars()), n.getStartOffset(), false);
            } else if (n instanceof TypographicSmarts s) {
                add(Escaping.unescapeHtml(s.getTypographicText()), n.getStartOffset(), false);
            } else if (n instanceof TypographicQuotes q) {
                add(Escaping.unescapeHtml(q.getTypographicOpening()), n.getStartOffset(), false);
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, depth + 1);
                add(Escaping.unescapeHtml(q.getTypographicClosing()), Math.max(n.getStartOffset(), n.getEndOffset() - 1), false);
            } else if (n instanceof AttributesNode || n instanceof Footnote || n instanceof HtmlInline || n instanceof Citation
                    || n instanceof Shortcode || n instanceof Image || n instanceof ImageRef) {
                // not prose
            } else {
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, depth + 1);
            }
        }
    }
}
