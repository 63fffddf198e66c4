package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page body kept as UTF-8 reads back exactly as it was written. */
class Utf8TextTest {
    @Test
    void everyTextReadsBackAsItWas() {
        for (String s : List.of("", "<p>plain</p>", "<p>It’s “quoted” — a dash, 5 µm, ✓ and 🙂</p>", "lone \uD800 high", "lone \uDC00 low",
                "end \uD83D", "\uDE42 start", "pair \uD83D\uDE42 ok")) {
            Utf8Text t = Utf8Text.of(s);
            assertEquals(s, t.toString());
            assertEquals(s.isEmpty(), t.isEmpty());
            assertEquals(Utf8Text.of(s), t);
            assertEquals(Utf8Text.of(s).hashCode(), t.hashCode());
        }
        assertNotEquals(Utf8Text.of("a"), Utf8Text.of("b"));
    }

    @Test
    void aPageReadsItsBodyBack() {
        Page p = Page.madeUp(PageKind.PAGE, "", "", "/x/", FrontMatter.of("X", java.util.Optional.empty()), "");
        assertTrue(p.html().isEmpty());
        Page q = new Page(p.source(), p.contentPath(), p.kind(), p.section(), p.path(), p.fm(), "<p>“x”</p>", List.of(), "", 1, 1, Trust.NONE);
        assertEquals("<p>“x”</p>", q.html());
        assertEquals(q, new Page(p.source(), p.contentPath(), p.kind(), p.section(), p.path(), p.fm(), "<p>“x”</p>", List.of(), "", 1, 1, Trust.NONE));
    }
}
