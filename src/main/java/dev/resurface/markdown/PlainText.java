package dev.resurface.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.resurface.util.Letters;

/**
 * The text a reader sees in a node, for summaries, headings in the table of contents and
 * descriptions: typographic quotes and dashes included, markup, footnote marks and attributes left out.
 */
final class PlainText {
    private PlainText() {}

    /** Where the walk puts the text: a string, or a word count that never builds one. */
    private interface Sink {
        void add(String s);

        void add(char c);
    }

    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, new Sink() {
            @Override public void add(String s) { sb.append(s); }

            @Override public void add(char c) { sb.append(c); }
        }, 0);
        return sb.toString();
    }

    /** {@code words(of(node))}, without building the text. */
    static int words(Node node) {
        Words w = new Words();
        append(node, w, 0);
        return w.count();
    }

    /** The words in a text (see {@link Words}). */
    static int words(String text) {
        Words w = new Words();
        w.add(text);
        return w.count();
    }

    private static void append(Node n, Sink sb, int depth) {
        if (depth > 200) return; // pathological nesting: the text so far is enough for a summary
        if (n instanceof Text || n instanceof Code) {
            sb.add(Seqs.string(n instanceof Code c ? c.getText() : n.getChars()));
            return;
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            sb.add(' ');
            return;
        }
        if (n instanceof HtmlEntity) {
            sb.add(Escaping.unescapeHtml(n.getChars()));
            return;
        }
        if (n instanceof TypographicSmarts s) {
            sb.add(Escaping.unescapeHtml(s.getTypographicText()));
            return;
        }
        if (n instanceof AttributesNode || n instanceof Footnote || n instanceof HtmlInline || n instanceof Citation || n instanceof Shortcode) return;
        if (n instanceof Image i && MarkdownEngine.isDecorative(i.getText())) return; // the marker is not text
        if (n instanceof TypographicQuotes q) {
            sb.add(Escaping.unescapeHtml(q.getTypographicOpening()));
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) append(c, sb, depth + 1);
            sb.add(Escaping.unescapeHtml(q.getTypographicClosing()));
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) append(c, sb, depth + 1);
        if (n instanceof Block) sb.add(' '); // paragraphs, cells, items never run together
    }

    /**
     * Counts words as the text streams by. Words are runs of letters or digits; an apostrophe or hyphen
     * inside a word does not split it ("don't", "non-ablative").
     */
    private static final class Words implements Sink {
        private int count;
        private boolean inWord;
        /** A joiner just followed a word: the word goes on if a letter or digit comes next. */
        private boolean joiner;

        int count() { return count; }

        @Override
        public void add(String s) {
            for (char c : s.toCharArray()) add(c); // an array, not charAt: a call per character under C1
        }

        @Override
        public void add(char c) {
            if (Letters.isLetterOrDigit(c)) {
                if (!inWord) count++;
                inWord = true;
            } else if (inWord && !joiner && (c == '\'' || c == '\u2019' || c == '-')) {
                joiner = true;
                return;
            } else {
                inWord = false;
            }
            joiner = false;
        }
    }
}
