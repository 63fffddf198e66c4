package dev.resurface.cli;

import dev.resurface.diag.IoMessages;
import dev.resurface.output.Trash;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code resurface} command: parses arguments and exits with the subcommand's status. */
@Command(name = "resurface", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static health-information website from Markdown and FreeMarker templates.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, ThemeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status for a usage error (picocli's default for bad arguments). */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** This process's background delete of replaced output folders: the builds' commands hand it to their engine. */
    private final Trash trash;

    /** The command with a trash of its own (for looking at its options; {@link #execute} runs builds). */
    public Main() {
        this(new Trash());
    }

    private Main(Trash trash) {
        this.trash = trash;
    }

    Trash trash() {
        return trash;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'resurface build'");
    }

    public static void main(String[] args) {
        // Diagnostics are ours to print: FreeMarker must not log through whatever library is on the class path.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) System.setProperty("org.freemarker.loggerLibrary", "none");
        // resizing images draws off screen: no window system is needed (and on macOS no Dock icon appears)
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the CLI with the given streams; returns the exit status (0 ok, 1 site errors, 2 usage). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        // the process ends without waiting for it: what is left, the next build of that folder clears
        return execute(args, out, err, new Trash());
    }

    /** The same, with replaced output folders deleted by {@code trash} (a caller can wait for it). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Trash trash) {
        CommandLine cl = new CommandLine(new Main(trash));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Optional<IOException> io = IoMessages.cause(ex);
            if (io.isPresent()) {
                // disk trouble is not a bug: say which file and why (each command names its own paths where it can)
                err.println("resurface: error: " + IoMessages.describe(io.get()));
                if (parsed.hasMatchedOption("--verbose")) ex.printStackTrace(err);
                err.flush();
                return 1;
            }
            err.println("resurface: internal error: " + ex);
            err.println("This is a bug in resurface, not in your site; please report it with --verbose output.");
            if (parsed.hasMatchedOption("--verbose")) ex.printStackTrace(err);
            err.flush();
            return 1;
        });
        return cl.execute(args);
    }

    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/dev/resurface/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"resurface " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
