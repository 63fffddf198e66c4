package dev.resurface.cli;

import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.TextFiles;
import dev.resurface.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options several commands share, each declared once here and added to a command with
 * {@code @Mixin}, so their names, help text and defaults cannot drift apart between commands.
 */
final class SharedOptions {
    private SharedOptions() {
    }

    /** {@code --site}: every command. */
    static final class Site {
        @Option(names = "--site", paramLabel = "DIR", description = "Site folder holding site.yml, content/ and templates/ (default: current folder).")
        Path site = Path.of(".");

        /** The site folder as an absolute, normalised path. */
        Path dir() {
            return site.toAbsolutePath().normalize();
        }

        /**
         * The site's configuration for a command that only reads it (new, theme); its problems are
         * printed to {@code err}, and then it is empty.
         */
        Optional<SiteConfig> loadConfig(PrintWriter err) throws IOException {
            Optional<Diagnostic> missing = missingConfig();
            if (missing.isPresent()) {
                err.println(missing.get().format());
                return Optional.empty();
            }
            String text;
            try {
                text = TextFiles.readText(dir().resolve(SiteConfigLoader.FILE));
            } catch (TextFiles.NotText e) {
                err.println(Diagnostic.error(SiteConfigLoader.FILE, e.line(), e.col(), e.getMessage(), e.hint()).format());
                return Optional.empty();
            }
            SiteConfigLoader.Result r = SiteConfigLoader.load(text, Optional.empty());
            if (r.config().isEmpty()) r.problems().forEach(d -> err.println(d.format()));
            return r.config();
        }

        /** The error a command reports when the folder has no site.yml (a wrong folder, most likely). */
        Optional<Diagnostic> missingConfig() {
            if (Files.isRegularFile(dir().resolve(SiteConfigLoader.FILE))) return Optional.empty();
            return Optional.of(Diagnostic.error(SiteConfigLoader.FILE, 0, 0, "no site.yml in " + dir(), "run resurface in the site folder, or pass --site DIR"));
        }
    }

    /** {@code --drafts}: the commands that build (build, check, serve). */
    static final class Drafts {
        @Option(names = "--drafts", description = "Include pages with 'draft: true'.")
        boolean drafts;
    }

    /** {@code --strict}, {@code --today} and {@code --threads}: the commands that run one whole build (build, check). */
    static final class BuildRun {
        @Option(names = "--strict", description = "Treat warnings as errors.")
        boolean strict;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Judge review dates (overdue warnings) as of this day (default: today, UTC).")
        LocalDate today;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of CPUs).")
        Integer threads;

        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        /** The day review dates are judged by. */
        LocalDate today() {
            return today != null ? today : LocalDate.now(ZoneOffset.UTC);
        }

        /** The worker threads to use; a count below one is a usage error of the command. */
        int threads() {
            if (threads != null && threads < 1) throw new ParameterException(command.commandLine(), "--threads must be at least 1");
            return threads != null ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** {@code -q} or {@code -v}, never both: build, check and serve. */
    static final class Verbosity {
        @ArgGroup(exclusive = true)
        Level level = new Level();

        static final class Level {
            @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
            boolean quiet;

            @Option(names = {"-v", "--verbose"}, description = "Also print the time each stage took (and a stack trace if resurface itself fails).")
            boolean verbose;
        }

        boolean quiet() {
            return level.quiet;
        }

        boolean verbose() {
            return level.verbose;
        }

        /** On a terminal, without --quiet or --verbose: one progress line rewritten in place. */
        boolean progress() {
            return !verbose() && !quiet() && System.console() != null;
        }

        /** Where a build's stage lines go: printed with --verbose, the progress line on a terminal, else nowhere. */
        Consumer<String> trace(PrintWriter err) {
            return verbose() ? line -> err.println("resurface: " + line) : progress() ? BuildCommand.progress(err) : line -> { };
        }
    }
}
