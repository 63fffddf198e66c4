package dev.resurface.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sites written into a temporary folder, file by file. */
final class TestSites {
    private TestSites() {
    }

    static final String SITE_YML = "title: Sample\nbaseUrl: https://example.org/\n";
    static final String HOME = "---\ntitle: Home\n---\nHello [about](about.md).\n";
    static final String ABOUT = "---\ntitle: About us\n---\nAbout page.\n";
    /** A link in raw HTML: a warning at 4:20. */
    static final String ABOUT_WARNING = "---\ntitle: About us\n---\nAbout page, see <a href=\"index.md\">home</a>.\n";
    /** A broken link: an error at 4:7. */
    static final String HOME_BROKEN = "---\ntitle: Home\n---\nHello [about](abut.md).\n";

    static Path site(Path dir, String home, String about) throws IOException {
        write(dir.resolve("site.yml"), SITE_YML);
        write(dir.resolve("content/_index.md"), home);
        write(dir.resolve("content/about.md"), about);
        return dir;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
