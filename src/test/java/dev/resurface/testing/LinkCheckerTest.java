package dev.resurface.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test link checker must be able to fail: each kind of broken link it knows is planted once. */
class LinkCheckerTest {
    @Test
    void findsPlantedBrokenLinksAndAcceptsGoodOnes(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("a"));
        Files.writeString(tmp.resolve("a/index.html"), "<h2 id=\"x\">X</h2>");
        Files.writeString(tmp.resolve("index.html"), "<a href=\"/a/#x\">ok</a><a href=\"a/\">ok</a><a href=\"https://elsewhere.example/\">ok</a>"
                + "<a href=\"/missing/\">1</a><a href=\"/a/#y\">2</a><img src=\"/i.png\"><form action=\"/search/\"></form>");
        assertEquals(List.of("index.html: /missing/ (no such file)", "index.html: /a/#y (no element with id 'y')",
                "index.html: /i.png (no such file)", "index.html: /search/ (no such file)"), LinkChecker.broken(tmp, "/"));
    }
}
