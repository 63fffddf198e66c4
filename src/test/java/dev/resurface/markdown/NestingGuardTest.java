package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NestingGuardTest {
    @Test
    void ordinaryArticlesPass() {
        assertTrue(NestingGuard.check("""
                # Title

                > quote
                > > nested quote

                - one
                  - two
                    - three
                1. numbered
                ***strong emphasis*** and __strong__ and *a* _b_

                ***
                * * *
                ________________________________________________________________________________________
                    code block with **** and ____ inside is just text in a line of code? it is checked too: ok when short
                """).isEmpty());
    }

    @Test
    void limitsAreExactlyAtTheirValues() {
        assertTrue(NestingGuard.check(">".repeat(NestingGuard.MAX_BLOCK_DEPTH) + " ok").isEmpty());
        assertEquals(Optional.of(new NestingGuard.Problem(1, NestingGuard.MAX_BLOCK_DEPTH + 1,
                        "block quotes or lists are nested more than 64 levels deep")),
                NestingGuard.check(">".repeat(NestingGuard.MAX_BLOCK_DEPTH + 1) + " too deep"));
        assertTrue(NestingGuard.check(" ".repeat(NestingGuard.MAX_INDENT) + "x").isEmpty());
        assertEquals(2, NestingGuard.check("fine\n" + " ".repeat(NestingGuard.MAX_INDENT + 1) + "x").get().line());
        assertTrue(NestingGuard.check("a" + "*".repeat(NestingGuard.MAX_DELIMITER_RUN) + "b").isEmpty());
        assertEquals(NestingGuard.MAX_DELIMITER_RUN + 2, NestingGuard.check("a" + "_".repeat(NestingGuard.MAX_DELIMITER_RUN + 1) + "b").get().col());
    }

    @Test
    void mixedQuoteAndListMarkersCountTogether() {
        assertEquals(1, NestingGuard.check("> - ".repeat(40) + "x").get().line());
        assertTrue(NestingGuard.check("> - ".repeat(30) + "x").isEmpty());
    }

    @Test
    void aLineOfOnlyDelimitersIsAThematicBreakNotEmphasis() {
        assertTrue(NestingGuard.check("*".repeat(500)).isEmpty());
        assertTrue(NestingGuard.check("_ ".repeat(500)).isEmpty());
    }
}
