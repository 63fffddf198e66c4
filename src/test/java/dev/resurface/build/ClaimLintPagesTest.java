package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim lint on whole pages, as docs/authoring.md states it: prose and headings are checked; a phrase
 * inside quotation marks in its own sentence is a quoted claim being rebutted; block quotes and link
 * targets are never checked.
 */
@Tag("slow") // builds fixture sites through the CLI
class ClaimLintPagesTest {
    static final String HINT = " (reword it, or quote it (\"…\") if you are reporting what others say)";

    @Test
    void headingsAndProseAreCheckedAndQuotedClaimsAreNot(@TempDir Path t) throws Exception {
        Path site = t.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("site.yml"), "title: T\nbaseUrl: https://example.org/\nlint:\n  claims:\n"
                + "    - {phrase: no risks, reason: \"every treatment has risks\"}\n"
                + "    - {phrase: no downtime, reason: \"recovery takes time\"}\n");
        Files.writeString(site.resolve("content/_index.md"), String.join("\n",
                "---", "title: Myths", "---",
                "## Myth: there are no risks",                                   // 4: a heading makes the claim
                "",
                "## Myth: “there are no risks”",                                 // 6: quoted in a heading
                "",
                "## Myth: \"no downtime\"",                                      // 8: straight quotes in a heading
                "",
                "Clinics may say \"no downtime\", but most people need days.",   // 10: quoted in prose
                "",
                "Adverts say “quick”. There is no downtime.",                    // 12: quoted elsewhere in the line only
                "",
                "She said “yes. There are no risks” and left.",                  // 14: the quotation opened a sentence before
                "",
                "> There are no risks, says one clinic.",                        // 16: a block quote reports
                "",
                "See [the advert](https://example.org/no-downtime).",           // 18: a link target is not prose
                "",
                "Some say 'no downtime', but it's not true.",                     // 20: paired single quotes
                "",
                "The clinic's no downtime offer isn't real.",                     // 22: an apostrophe quotes nothing
                ""));
        Fixtures.Run r = Fixtures.cli("check", "--site", site.toString());
        String p = "content/_index.md:";
        assertEquals(List.of(
                p + "4:20: warning: misleading claim 'no risks': every treatment has risks" + HINT,
                p + "12:31: warning: misleading claim 'no downtime': recovery takes time" + HINT,
                p + "14:26: warning: misleading claim 'no risks': every treatment has risks" + HINT,
                p + "22:14: warning: misleading claim 'no downtime': recovery takes time" + HINT), r.errLines(), r.err());
    }
}
