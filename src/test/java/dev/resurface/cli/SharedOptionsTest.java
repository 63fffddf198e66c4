package dev.resurface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The options several commands share: declared once, so every command lists them with the same words. */
class SharedOptionsTest {
    /** Each command and the shared options it takes. */
    private static final Map<String, List<String>> SHARED = new LinkedHashMap<>();

    static {
        SHARED.put("build", List.of("--site", "--drafts", "--strict", "--today", "--threads", "--quiet", "--verbose"));
        SHARED.put("check", List.of("--site", "--drafts", "--strict", "--today", "--threads", "--quiet", "--verbose"));
        SHARED.put("serve", List.of("--site", "--drafts", "--quiet", "--verbose"));
        SHARED.put("new", List.of("--site"));
    }

    @Test
    void eachCommandsHelpListsItsSharedOptions() {
        SHARED.forEach((command, options) -> {
            Fixtures.Run help = Fixtures.cli(command, "--help");
            assertEquals(0, help.exit(), command);
            for (String option : options) assertTrue(help.out().contains(option), option + " in " + command + " --help:\n" + help.out());
        });
    }

    @Test
    void aSharedOptionReadsTheSameInEveryCommand() {
        CommandLine cli = new CommandLine(new Main());
        Map<String, String> first = new HashMap<>();
        SHARED.forEach((command, options) -> {
            for (String option : options) {
                OptionSpec spec = cli.getSubcommands().get(command).getCommandSpec().findOption(option);
                String text = String.join(" ", spec.names()) + " " + spec.paramLabel() + ": " + String.join(" ", spec.description());
                assertEquals(first.computeIfAbsent(option, o -> text), text, option + " in " + command);
            }
        });
    }

    @Test
    void serveTakesQuietOrVerboseLikeBuild() {
        assertEquals(2, Fixtures.cli("serve", "--quiet", "--verbose").exit(), "--quiet and --verbose exclude each other");
    }

    @Test
    void serveWithoutSiteYmlSaysSoInTheDiagnosticFormat(@TempDir Path tmp) {
        Fixtures.Run r = Fixtures.cli("serve", "--site", tmp.toString(), "--port", "0");
        assertEquals(1, r.exit());
        Path dir = tmp.toAbsolutePath().normalize();
        assertEquals("site.yml: error: no site.yml in " + dir + " (run resurface in the site folder, or pass --site DIR)\n", r.err());
        assertEquals(r.err(), Fixtures.cli("new", "--site", tmp.toString(), "a.md").err(), "new says it in the same words");
    }

    @Test
    void serveOnAPortInUseSaysWhichAndWhatToDo(@TempDir Path tmp) throws IOException {
        Path site = Fixtures.site("basic", tmp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Fixtures.Run r = Fixtures.cli("serve", "--site", site.toString(), "--port", String.valueOf(port));
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().startsWith("--port: error: cannot listen on 127.0.0.1:" + port + ": "), r.err());
            assertTrue(r.err().endsWith(" (pick another --port, or 0 for any free one)\n"), r.err());
        }
    }
}
