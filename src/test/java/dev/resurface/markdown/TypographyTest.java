package dev.resurface.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TypographyTest {
    @Test
    void dashesQuotesApostrophesAndEllipses() {
        assertEquals("ablative – it removes", Typography.smarten("ablative - it removes"));
        assertEquals("1–2 weeks — or more", Typography.smarten("1--2 weeks --- or more"));
        assertEquals("what “last checked” means", Typography.smarten("what \"last checked\" means"));
        assertEquals("it’s the clinic’s, the clinics’ and ‘quoted’ words", Typography.smarten("it's the clinic's, the clinics' and 'quoted' words"));
        assertEquals("(“a”) and wait…", Typography.smarten("(\"a\") and wait..."));
        assertEquals("“Aesthetic Update” column", Typography.smarten("\"Aesthetic Update\" column"));
    }

    @Test
    void hyphenatedWordsAndPlainTextAreLeftAlone() {
        String plain = "non-ablative, 1,540-1,550 nm, plain-language";
        assertEquals(plain, Typography.smarten(plain));
        String none = "Nothing to change here";
        assertSame(none, Typography.smarten(none));
    }
}
