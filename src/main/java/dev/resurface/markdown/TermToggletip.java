package dev.resurface.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML of a marked glossary term: the term stays a link to its glossary entry (what works
 * everywhere: without CSS, in print, in old browsers), then a small button that opens the definition
 * in place as a native popover, so a tap or Enter/Space shows it and Esc or a tap elsewhere hides it,
 * without JavaScript. The stylesheet shows the button only where popovers work.
 * <pre>{@code
 * <span class="term-wrap"><a class="term" href="/glossary/#erythema">redness</a><button type="button"
 *   class="term-tip" popovertarget="def:erythema" aria-label="Meaning of redness">?</button><span
 *   class="term-def" id="def:erythema" popover><strong>erythema</strong>: Redness of the skin.</span></span>
 * }</pre>
 * No whitespace between the parts, so nothing shifts when the button is hidden. The definition is
 * page text only here: search, summaries, word counts and lint read the Markdown, not this HTML.
 */
final class TermToggletip {
    /** Prefix of the definition's id: heading ids never hold a colon, so the two cannot clash. */
    static final String ID_PREFIX = "def:";

    private TermToggletip() {}

    /** Everything before the term's own text. */
    static String open(GlossaryTerm t) {
        return "<span class=\"term-wrap\"><a class=\"term\" href=\"" + attr(t.href()) + "\">";
    }

    /** Everything after the term's own text; {@code shown} is that text, for the button's name. */
    static String close(GlossaryTerm t, String shown) {
        String id = ID_PREFIX + t.id();
        return "</a><button type=\"button\" class=\"term-tip\" popovertarget=\"" + attr(id) + "\" aria-label=\"Meaning of "
                + attr(shown.strip()) + "\">?</button><span class=\"term-def\" id=\"" + attr(id) + "\" popover><strong>"
                + text(t.term()) + "</strong>: " + text(t.definition()) + "</span></span>";
    }

    private static String attr(String s) { return Escaping.escapeHtml(s, true); }

    private static String text(String s) { return Escaping.escapeHtml(s, false); }
}
