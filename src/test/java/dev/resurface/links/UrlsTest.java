package dev.resurface.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlsTest {
    @Test
    void prettyUrls() {
        assertEquals("/types/co2/", Urls.pagePath("types/co2.md", Optional.empty()));
        assertEquals("/types/co2-laser/", Urls.pagePath("types/co2.md", Optional.of("co2-laser")));
        assertEquals("/types/", Urls.pagePath("types/_index.md", Optional.empty()));
        assertEquals("/types/", Urls.pagePath("types/index.md", Optional.empty()));
        assertEquals("/", Urls.pagePath("_index.md", Optional.empty()));
        assertEquals("/about/", Urls.pagePath("about.md", Optional.empty()));
    }

    @Test
    void relativePathsResolveInsideContentOnly() {
        assertEquals(Optional.of("types/co2.md"), Urls.resolve("guides", "../types/co2.md"));
        assertEquals(Optional.of("guides/a.md"), Urls.resolve("guides", "./a.md"));
        assertEquals(Optional.of("a.md"), Urls.resolve("x/y", "/a.md"));
        assertEquals(Optional.empty(), Urls.resolve("guides", "../../etc/passwd"));
        assertEquals(Optional.empty(), Urls.resolve("", "../x.md"));
    }

    @Test
    void externalLinksAreRecognised() {
        assertTrue(Urls.isExternal("https://nhs.uk"));
        assertTrue(Urls.isExternal("mailto:a@b.org"));
        assertTrue(Urls.isExternal("//cdn.example.org/x.js"));
        assertFalse(Urls.isExternal("types/co2.md"));
        assertFalse(Urls.isExternal("/tags/"));
        assertEquals("a b.md", Urls.decode("a%20b.md"));
        assertEquals("%zz", Urls.decode("%zz"), "malformed escapes are left alone");
    }

    @Test
    void relativizeWritesSuggestionsAsTheAuthorWould() {
        assertEquals("co2.md", LinkResolver.relativize("types", "types/co2.md"));
        assertEquals("../about.md", LinkResolver.relativize("types", "about.md"));
        assertEquals("types/co2.md", LinkResolver.relativize("", "types/co2.md"));
        assertEquals("../../b/c.md", LinkResolver.relativize("a/x", "b/c.md"));
    }

    @Test
    void imageSizesAreReadFromHeaders(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("p.png");
        ImageIO.write(new BufferedImage(12, 7, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path svg = tmp.resolve("a.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640px\" height=\"300\"></svg>");
        Path box = tmp.resolve("b.svg");
        Files.writeString(box, "<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 320 160\" xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path text = tmp.resolve("t.png");
        Files.writeString(text, "not an image");
        ImageSizes sizes = new ImageSizes();
        assertEquals(Optional.of(new ImageSizes.Size(12, 7)), sizes.of(png));
        assertEquals(Optional.of(new ImageSizes.Size(640, 300)), sizes.of(svg));
        assertEquals(Optional.of(new ImageSizes.Size(320, 160)), sizes.of(box));
        assertEquals(Optional.empty(), sizes.of(text));
    }

    @Test
    void outputPlanReportsDuplicatesAndCaseClashes() {
        OutputPlan plan = new OutputPlan();
        assertTrue(plan.claim("a/index.html", "/a/", new OutputPlan.Claim("content/a.md", "content/a.md", 1, 1)));
        assertFalse(plan.claim("a/index.html", "/a/", new OutputPlan.Claim("content/b.md", "content/b.md", 1, 1)));
        plan.claim("A/index.html", "/A/", new OutputPlan.Claim("content/A.md", "content/A.md", 1, 1));
        assertEquals("content/b.md:1:1: error: URL /a/ is produced by both content/a.md and content/b.md (change a slug, a file name or an alias so each URL has one source)",
                plan.problems().get(0).format());
        assertEquals("content/A.md:1:1: warning: output A/index.html differs from a/index.html only in letter case (they overwrite each other on macOS and Windows; rename one)",
                plan.problems().get(1).format());
    }
}
