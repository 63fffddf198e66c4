package dev.resurface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link in the README and docs/ reaches a file, and every {@code #anchor} a heading of
 * it (GitHub's heading ids), so moving a section between documents cannot leave a reader at a dead end.
 */
class DocsLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    /** Text without code blocks and code spans: links written there are examples, not links. */
    static String prose(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "").replaceAll("``.*?``", "").replaceAll("`[^`\n]*`", "");
    }

    /** GitHub's id for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
    }

    static Set<String> anchors(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        Matcher m = HEADING.matcher(Files.readString(file).replaceAll("(?s)```.*?```", ""));
        while (m.find()) out.add(anchor(m.group(1)));
        return out;
    }

    static List<String> brokenLinks(Path doc) throws IOException {
        List<String> broken = new ArrayList<>();
        Matcher m = LINK.matcher(prose(Files.readString(doc)));
        while (m.find()) {
            String target = m.group(1);
            if (target.matches("^[a-z]+:.*")) continue;
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            Path to = file.isEmpty() ? doc : doc.resolveSibling(file).normalize();
            if (!Files.exists(to)) broken.add(doc + ": " + target + " (no such file)");
            else if (hash >= 0 && to.toString().endsWith(".md") && !anchors(to).contains(target.substring(hash + 1))) {
                broken.add(doc + ": " + target + " (no such heading)");
            }
        }
        return broken;
    }

    @Test
    void everyRelativeLinkInTheReadmeAndDocsResolves() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        assertTrue(docs.size() > 3, docs.toString());
        List<String> broken = new ArrayList<>();
        for (Path d : docs) broken.addAll(brokenLinks(d));
        assertEquals(List.of(), broken);
    }

    @Test
    void aMissingFileOrHeadingIsFound(@TempDir Path t) throws IOException {
        Files.writeString(t.resolve("a.md"), "# Real one\n[x](b.md) [y](a.md#real-one) [z](a.md#nope) `[w](c.md)` [v](https://example.org/)\n");
        assertEquals(List.of(t.resolve("a.md") + ": b.md (no such file)", t.resolve("a.md") + ": a.md#nope (no such heading)"),
                brokenLinks(t.resolve("a.md")));
    }
}
