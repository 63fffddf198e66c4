package dev.resurface.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Urls}: pretty URLs, relative path arithmetic that cannot leave content/, external links, decoding. */
class UrlsTest {

    @Test
    void pagePathIsAFolderNamedAfterTheFile() {
        assertEquals("/about/", Urls.pagePath("about.md", Optional.empty()));
        assertEquals("/types/co2/", Urls.pagePath("types/co2.md", Optional.empty()));
        assertEquals("/a/b/c/", Urls.pagePath("a/b/c.md", Optional.empty()));
    }

    @Test
    void indexAndUnderscoreIndexAreTheFolderItself() {
        assertEquals("/", Urls.pagePath("_index.md", Optional.empty()));
        assertEquals("/", Urls.pagePath("index.md", Optional.empty()));
        assertEquals("/types/", Urls.pagePath("types/_index.md", Optional.empty()));
        assertEquals("/types/", Urls.pagePath("types/index.md", Optional.empty()));
        assertEquals("/a/b/", Urls.pagePath("a/b/_index.md", Optional.empty()));
    }

    @Test
    void slugReplacesTheFileNameButKeepsTheFolder() {
        assertEquals("/types/co2-laser/", Urls.pagePath("types/co2.md", Optional.of("co2-laser")));
        assertEquals("/hello/", Urls.pagePath("about.md", Optional.of("hello")));
    }

    @Test
    void slugIsIgnoredForIndexPages() {
        assertEquals("/types/", Urls.pagePath("types/_index.md", Optional.of("other")));
    }

    @Test
    void namesMerelyContainingIndexAreOrdinaryPages() {
        assertEquals("/my_index/", Urls.pagePath("my_index.md", Optional.empty()));
        assertEquals("/types/indexes/", Urls.pagePath("types/indexes.md", Optional.empty()));
    }

    @Test
    void resolveJoinsTheFolderAndTheRelativePath() {
        assertEquals(Optional.of("guides/a.md"), Urls.resolve("guides", "a.md"));
        assertEquals(Optional.of("guides/a.md"), Urls.resolve("guides", "./a.md"));
        assertEquals(Optional.of("a.md"), Urls.resolve("", "a.md"));
        assertEquals(Optional.of("guides/sub/a.md"), Urls.resolve("guides", "sub/a.md"));
    }

    @Test
    void resolveHandlesDotDot() {
        assertEquals(Optional.of("types/co2.md"), Urls.resolve("guides", "../types/co2.md"));
        assertEquals(Optional.of("a/c.md"), Urls.resolve("a/b", "../c.md"));
        assertEquals(Optional.of("x.md"), Urls.resolve("a/b", "../../x.md"));
        assertEquals(Optional.of("a/x.md"), Urls.resolve("a", "b/../x.md"));
    }

    @Test
    void resolveToTheContentRootIsEmptyText() {
        assertEquals(Optional.of(""), Urls.resolve("guides", ".."));
        assertEquals(Optional.of(""), Urls.resolve("", ""));
    }

    @Test
    void escapingContentIsEmpty() {
        assertEquals(Optional.empty(), Urls.resolve("", "../x.md"));
        assertEquals(Optional.empty(), Urls.resolve("guides", "../../etc/passwd"));
        assertEquals(Optional.empty(), Urls.resolve("a/b", "../../../x.md"));
        assertEquals(Optional.empty(), Urls.resolve("a", "b/../../../x.md"), "going down first does not buy an extra level");
    }

    @Test
    void aLeadingSlashStartsFromTheContentRoot() {
        assertEquals(Optional.of("a.md"), Urls.resolve("x/y", "/a.md"));
        assertEquals(Optional.empty(), Urls.resolve("x/y", "/../a.md"));
    }

    @Test
    void emptyAndDotSegmentsAreIgnored() {
        assertEquals(Optional.of("a/b.md"), Urls.resolve("", "a//./b.md"));
        assertEquals(Optional.of("a"), Urls.resolve("", "a/"));
    }

    @Test
    void externalLinksHaveASchemeOrAreProtocolRelative() {
        for (String url : List.of("https://nhs.uk", "http://x", "mailto:a@b.org", "tel:+441234", "ftp://x", "javascript:alert(1)",
                "data:image/png;base64,xx", "//cdn.example.org/x.js", "git+ssh://x", "HTTPS://X.ORG")) {
            assertTrue(Urls.isExternal(url), url);
        }
    }

    @Test
    void siteLinksAreNotExternal() {
        for (String url : List.of("types/co2.md", "/tags/", "#risks", "../a.md", "?q=1", "./a:b.md", "1abc:x", "", "/")) {
            assertFalse(Urls.isExternal(url), url);
        }
    }

    @Test
    void decodePercentEscapes() {
        assertEquals("a b.md", Urls.decode("a%20b.md"));
        assertEquals("über", Urls.decode("%C3%BCber"));
    }

    @Test
    void decodeKeepsPlusSigns() {
        assertEquals("a+b c", Urls.decode("a+b%20c"));
        assertEquals("a+b", Urls.decode("a+b"));
    }

    @Test
    void decodeLeavesMalformedEscapesAsWritten() {
        assertEquals("%zz", Urls.decode("%zz"));
        assertEquals("50%", Urls.decode("50%"));
    }

    @Test
    void decodeWithoutPercentIsIdentity() {
        assertEquals("plain/path.md", Urls.decode("plain/path.md"));
    }

    @Test
    void relativizeWritesSuggestionsAsTheAuthorWould() {
        assertEquals("co2.md", LinkResolver.relativize("types", "types/co2.md"));
        assertEquals("sub/x.md", LinkResolver.relativize("types", "types/sub/x.md"));
        assertEquals("../about.md", LinkResolver.relativize("types", "about.md"));
        assertEquals("types/co2.md", LinkResolver.relativize("", "types/co2.md"));
        assertEquals("../../b/c.md", LinkResolver.relativize("a/x", "b/c.md"));
        assertEquals("../c.md", LinkResolver.relativize("a/b", "a/c.md"));
        assertEquals("../a.md", LinkResolver.relativize("a", "a.md"), "a folder and a file of the same stem are different");
    }

    @Test
    void relativizeRoundTripsThroughResolve() {
        for (String[] c : new String[][] {{"types", "types/co2.md"}, {"a/x", "b/c.md"}, {"", "a/b.md"}, {"a/b/c", "a/d.md"}}) {
            assertEquals(Optional.of(c[1]), Urls.resolve(c[0], LinkResolver.relativize(c[0], c[1])), String.join(" -> ", c));
        }
    }
}
