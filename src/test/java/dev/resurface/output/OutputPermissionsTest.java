package dev.resurface.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resurface.testing.Fixtures;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published folder is readable by a web server running as another user: folders and files get
 * the permissions the user's umask gives, like any folder or file made in the same place (0755 and
 * 0644 under umask 022), never createTempDirectory's 0700 or a private source file's 0600.
 */
@Tag("slow") // builds fixture sites through the CLI
class OutputPermissionsTest {
    @TempDir
    Path tmp;
    Set<PosixFilePermission> folder;
    Set<PosixFilePermission> file;

    @BeforeEach
    void umaskOfThisProcess() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        folder = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("plain-folder")));
        file = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("plain-file")));
    }

    @Test
    void theBuiltSiteHasTheUmasksPermissions() throws IOException {
        Path site = Fixtures.site("basic", tmp);
        Path photo = site.resolve("content/types/img/photo.png");
        Files.setPosixFilePermissions(photo, PosixFilePermissions.fromString("rw-------"));
        Path out = site.resolve("site-output");
        Fixtures.Run run = Fixtures.cli("build", "--quiet", "--site", site.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(perms(folder), perms(Files.getPosixFilePermissions(out)), "site-output/");
        assertEquals(perms(folder), perms(Files.getPosixFilePermissions(out.resolve("types"))), "a subfolder");
        assertEquals(perms(file), perms(Files.getPosixFilePermissions(out.resolve("index.html"))), "a rendered page");
        assertEquals(perms(file), perms(Files.getPosixFilePermissions(out.resolve("types/img/photo.png"))), "a copied file whose source is private");

        // a second build replaces the folder: the new one is published with the same permissions
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString()).exit());
        assertEquals(perms(folder), perms(Files.getPosixFilePermissions(out)), "site-output/ after a rebuild");
    }

    @Test
    void theStagingFolderHasThemBeforeTheSwap() throws IOException {
        try (Staging staging = Staging.begin(tmp.resolve("out"), new Trash())) {
            assertEquals(perms(folder), perms(Files.getPosixFilePermissions(staging.root())));
            staging.write("a/b.html", new byte[] {1});
            assertEquals(perms(folder), perms(Files.getPosixFilePermissions(staging.root().resolve("a"))));
            assertEquals(perms(file), perms(Files.getPosixFilePermissions(staging.root().resolve("a/b.html"))));
        }
    }

    private static String perms(Set<PosixFilePermission> p) {
        return PosixFilePermissions.toString(p);
    }
}
