package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/theme.md documents every key templates and shortcodes see. */
class ModelDocsTest {
    private static final String DOC = read();

    private static String read() {
        try {
            return Files.readString(Path.of("docs/theme.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The part of the page from {@code heading} to the next heading of its level or higher. */
    private static String part(String heading) {
        int start = DOC.indexOf("\n" + heading + "\n");
        int end = DOC.indexOf("\n## ", start + 1);
        return DOC.substring(start, end < 0 ? DOC.length() : end);
    }

    private static List<String> undocumented(List<String> keys, String text) {
        return keys.stream().filter(k -> !text.contains("`" + k + "`") && !text.contains("`" + k + "(") && !text.contains("`" + k + ".")).toList();
    }

    @Test
    void everyPageAndSiteKeyIsInTheTables() {
        String model = part("## What templates see");
        assertEquals(List.of(), undocumented(PageModel.KEYS, model.substring(model.indexOf("| `page.`"), model.indexOf("| `site.`"))));
        assertEquals(List.of(), undocumented(SiteModel.KEYS, model.substring(model.indexOf("| `site.`"))));
    }

    @Test
    void everyShortcodeKeyIsListed() {
        assertEquals(List.of(), undocumented(SiteModel.SHORTCODE_KEYS, part("## What shortcodes see")));
    }
}
