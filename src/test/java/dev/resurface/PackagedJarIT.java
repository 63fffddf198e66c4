package dev.resurface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The jar that mvn package makes (run by failsafe after package, in mvn verify): it runs on its own
 * with java -jar, says its version, and has a checksum file that sha256sum -c accepts.
 */
@Tag("slow")
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("resurface.jar", "target/resurface.jar"));
    private static final String VERSION = System.getProperty("resurface.version");

    @Test
    void runsWithJavaJarAndPrintsItsVersion() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--version").redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "java -jar did not finish");
        assertEquals(0, p.exitValue(), out);
        assertEquals("resurface " + VERSION, out.lines().findFirst().orElse(""), out);
    }

    @Test
    void hasAChecksumFileInSha256sumForm() throws Exception {
        Path sum = JAR.resolveSibling(JAR.getFileName() + ".sha256");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(JAR)));
        assertEquals(expected + "  " + JAR.getFileName(), Files.readString(sum, StandardCharsets.US_ASCII).strip());
    }
}
