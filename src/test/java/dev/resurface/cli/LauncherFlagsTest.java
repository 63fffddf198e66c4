package dev.resurface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The launcher's JVM flags (chosen by measurement, see the comments in {@code ./resurface}) are accepted
 * by this JDK without a warning, and they reach a build: a flag the JVM refused would break the
 * README's first command, which the rest of the suite never runs.
 */
@Tag("slow") // runs the launcher script in a child process
class LauncherFlagsTest {
    static List<String> launcherFlags() throws Exception {
        String launcher = Files.readString(Path.of("resurface"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^opts=\\$\\{RESURFACE_JAVA_OPTS:-(.*)\\}\\s*$").matcher(launcher);
        assertTrue(m.find(), "the launcher sets its default flags in one opts=${RESURFACE_JAVA_OPTS:-...} line");
        return List.of(m.group(1).trim().split("\\s+"));
    }

    /** serve's own flags: the opts="..." line inside the launcher's {@code = serve} branch. */
    static List<String> serveFlags() throws Exception {
        String launcher = Files.readString(Path.of("resurface"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)= serve \\]; then\\s*\\n\\s*opts=\"([^\"]*)\"").matcher(launcher);
        assertTrue(m.find(), "the launcher gives serve its own flags in an opts=\"...\" line");
        return List.of(m.group(1).trim().split("\\s+"));
    }

    @Test
    void theJvmAcceptsTheLaunchersFlagsWithoutWarnings() throws Exception {
        accepted(launcherFlags());
    }

    @Test
    void theJvmAcceptsServesFlagsWithoutWarnings() throws Exception {
        accepted(serveFlags());
    }

    private static void accepted(List<String> flags) throws Exception {
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1") && flags.stream().anyMatch(f -> f.startsWith("-XX:+Use") && f.endsWith("GC")), flags.toString());
        String plain = java(flags, "-version");
        assertFalse(plain.toLowerCase(java.util.Locale.ROOT).contains("warning"), plain);
        String out = java(flags, "-XX:+PrintFlagsFinal", "-version");
        // each -XX flag took effect as written
        for (String f : flags) {
            if (!f.startsWith("-XX:")) continue;
            String name = f.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*$", "");
            String value = f.contains("=") ? f.substring(f.indexOf('=') + 1) : f.startsWith("-XX:+") ? "true" : "false";
            assertTrue(Pattern.compile("(?m)^\\s*\\S+\\s+" + Pattern.quote(name) + "\\s+=\\s+" + Pattern.quote(value) + "\\s").matcher(out).find(),
                    () -> f + " is not in effect");
        }
    }

    /** Runs this JDK's java with the flags and arguments; returns its output after checking it exited 0. */
    private static String java(List<String> flags, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
