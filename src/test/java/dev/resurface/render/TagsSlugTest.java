package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written slug gives exactly what the two regular expressions it replaced gave. */
class TagsSlugTest {

    /** The former implementation, kept here as the reference. */
    private static String regexSlug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
        s = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "tag" : s;
    }

    @Test
    void examples() {
        assertEquals("non-ablative-lasers", Tags.slug("Non-ablative lasers"));
        assertEquals("co2-laser", Tags.slug("  CO2 -- laser!! "));
        assertEquals("tag", Tags.slug(""));
        assertEquals("tag", Tags.slug(" -- !! "));
        assertEquals("12-ab", Tags.slug("１２ ＡＢ")); // fullwidth: NFKC
        assertEquals("i-stanbul", Tags.slug("İstanbul")); // ROOT: i + combining dot, and a mark is no letter
    }

    @Test
    void cornerCasesMatchTheRegularExpressions() {
        List<String> cases = List.of("", " ", "-", "---", "a", "A", "-a-", "a--b", "a - b", "\t a \n",
                "\u0000a\u0001", "Ça va", "naïve", "nai\u0308ve", "e\u0301", "\u0301", "İ", "ı", "I", "ǅ", "Σ", "ΟΔΟΣ",
                "ﬁ", "Ⅻ", "½", "²", "٣", "１２３", "ｶﾀｶﾅ", "日本語 タグ", "😀", "a😀b", "𝐀𝐁", "𐌰𐌱", "𝟘",
                "\uD800", "a\uD800b", "\uDC00a", "a\uD83D", "ß", "ẞ", "Å", "Å", "™", "℃", "x-ray/laser",
                "Fitzpatrick IV–VI", "über_alles", "a_b", "a.b", "a'b", "ℌ", "ǈ", "ʰ", "々", "〇", "\u00A0a\u00A0",
                "\u2028a\u2029", "\uFEFFa", "a\u200Db", "ノ\u3099", "한국어", "\u1100\u1161", "ا ب", "٠١", "Ⓐ");
        for (String c : cases) assertEquals(regexSlug(c), Tags.slug(c), () -> "for " + escape(c));
    }

    @Test
    void randomStringsMatchTheRegularExpressions() {
        int[] pool = {'a', 'Z', '0', '9', ' ', '-', '_', '.', '/', '!', '\t', 0x00C7, 0x00E9, 0x00DF, 0x0130, 0x0131,
                0x0301, 0x0308, 0x0327, 0x20DD, 0x03A3, 0x03C3, 0x01C5, 0x02B0, 0x2160, 0x216B, 0x00BD, 0x00B2,
                0x0663, 0xFF11, 0xFF21, 0xFF76, 0xFB01, 0x2122, 0x2103, 0x3005, 0x3007, 0x3099, 0x30CE, 0xAC00,
                0x1100, 0x1161, 0x0627, 0x200D, 0x00A0, 0x2028, 0xFEFF, 0x24B6, 0x1F600, 0x1D400, 0x1D7D8,
                0x10330, 0x1D11E, 0x20000, 0xD800, 0xDC00, 0xE000, 0x10FFFF};
        Random r = new Random(20261202);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                int c = r.nextInt(4) == 0 ? r.nextInt(0x30000) : pool[r.nextInt(pool.length)];
                b.appendCodePoint(c);
            }
            String s = b.toString();
            assertEquals(regexSlug(s), Tags.slug(s), () -> "for " + escape(s));
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04X", c)));
        return b.toString();
    }
}
