package dev.resurface.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutputGuard}: the output folders a build could damage are refused, with the reason. */
class OutputGuardTest {
    @TempDir
    Path tmp;

    private Path site;

    @BeforeEach
    void makeSite() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(site.resolve("content"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("site.yml"), "title: T\n");
    }

    private Optional<String> check(Path output) throws Exception {
        return OutputGuard.check(site, output);
    }

    // ---- refusals

    @Test
    void refusesTheFilesystemRoot() throws Exception {
        assertEquals(Optional.of("output folder / is the filesystem root"), check(Path.of("/")));
    }

    @Test
    void refusesTheHomeFolder() throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(Optional.of("output folder " + home + " is your home folder"), check(home));
    }

    @Test
    void refusesTheSiteFolderItself() throws Exception {
        assertEquals(Optional.of("output folder " + site + " is or contains the site folder"), check(site));
    }

    @Test
    void refusesAFolderContainingTheSite() throws Exception {
        assertEquals(Optional.of("output folder " + tmp + " is or contains the site folder"), check(tmp));
    }

    @Test
    void refusesTheSiteFolderWrittenDifferently() throws Exception {
        Path odd = site.resolve("content/..");
        assertEquals(Optional.of("output folder " + odd + " is or contains the site folder"), check(odd));
    }

    @Test
    void refusesContentAndAnythingInsideIt() throws Exception {
        assertEquals(Optional.of("output folder " + site.resolve("content") + " overlaps content/"), check(site.resolve("content")));
        Path inside = site.resolve("content/out");
        assertEquals(Optional.of("output folder " + inside + " overlaps content/"), check(inside));
        Path deep = site.resolve("content/a/b/c");
        assertEquals(Optional.of("output folder " + deep + " overlaps content/"), check(deep));
    }

    @Test
    void refusesTemplatesAndAnythingInsideIt() throws Exception {
        assertEquals(Optional.of("output folder " + site.resolve("templates") + " overlaps templates/"), check(site.resolve("templates")));
        Path inside = site.resolve("templates/assets");
        assertEquals(Optional.of("output folder " + inside + " overlaps templates/"), check(inside));
    }

    @Test
    void refusesContentEvenBeforeItExists() throws Exception {
        Path bare = Files.createDirectories(tmp.resolve("bare"));
        Path out = bare.resolve("content/x");
        assertEquals(Optional.of("output folder " + out + " overlaps content/"), OutputGuard.check(bare, out));
    }

    @Test
    void refusesASymbolicLinkIntoContent() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("sneaky"), site.resolve("content"));
        assertEquals(Optional.of("output folder " + link + " overlaps content/"), check(link));
    }

    @Test
    void refusesASymbolicLinkEvenToASafeFolder() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("real-out"));
        Path link = Files.createSymbolicLink(tmp.resolve("out-link"), target);
        assertEquals(Optional.of("output folder " + link + " is a symbolic link"), check(link));
    }

    @Test
    void refusesANonEmptyFolderItDidNotMake() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(foreign.resolve("thesis.docx"), "precious");
        assertEquals(Optional.of("output folder " + foreign + " is not empty and was not made by resurface"), check(foreign));
    }

    @Test
    void aHiddenFileAloneMakesAFolderNonEmpty() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(foreign.resolve(".git"));
        assertEquals(Optional.of("output folder " + foreign + " is not empty and was not made by resurface"), check(foreign));
    }

    @Test
    void refusesAFileInsteadOfAFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertEquals(Optional.of("output path " + file + " exists and is not a folder"), check(file));
    }

    // ---- acceptance

    @Test
    void acceptsAFolderThatDoesNotExistYet() throws Exception {
        assertEquals(Optional.empty(), check(site.resolve("site-output")));
        assertEquals(Optional.empty(), check(tmp.resolve("new/deeper/out")));
    }

    @Test
    void acceptsAnEmptyFolder() throws Exception {
        assertEquals(Optional.empty(), check(Files.createDirectories(tmp.resolve("empty"))));
    }

    @Test
    void acceptsAFolderWithTheMarker() throws Exception {
        Path own = Files.createDirectories(tmp.resolve("own"));
        Files.writeString(own.resolve(OutputGuard.MARKER), "");
        Files.writeString(own.resolve("index.html"), "old build");
        assertEquals(Optional.empty(), check(own));
    }

    @Test
    void acceptsASiblingWhoseNameStartsLikeTheSite() throws Exception {
        assertEquals(Optional.empty(), check(tmp.resolve("site-output")));
        assertEquals(Optional.empty(), check(site.resolve("contents")), "'contents' is not 'content'");
        assertEquals(Optional.empty(), check(site.resolve("templates-old")));
    }

    @Test
    void acceptsAFolderInsideTheSiteButOutsideContentAndTemplates() throws Exception {
        assertEquals(Optional.empty(), check(site.resolve("public")));
    }
}
