package dev.resurface.cli;

import dev.resurface.config.SiteConfig;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import dev.resurface.theme.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resurface theme list|eject}: the site's theme, and copying its files into templates/ to edit. */
@Command(name = "theme", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "The site's theme: list its files, or copy them into templates/ to change them.",
        subcommands = {ThemeCommand.ListFiles.class, ThemeCommand.Eject.class})
public final class ThemeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: 'resurface theme list' or 'resurface theme eject [FILE…]'");
    }

    /** The site's configuration and theme, or empty after printing why not. */
    private static Optional<SiteConfig> config(SharedOptions.Site site, CommandLine.Model.CommandSpec spec) throws IOException {
        return site.loadConfig(spec.commandLine().getErr());
    }

    /** {@code resurface theme list}: every file the theme provides, and which the site's templates/ replace. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "List the theme's files; those marked 'replaced' come from the site's templates/ instead.")
    static final class ListFiles implements Callable<Integer> {
        @Mixin
        SharedOptions.Site site;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Optional<SiteConfig> config = config(site, spec);
            if (config.isEmpty()) return 1;
            Theme theme = Theme.forSite(config.get().theme(), site.dir());
            PrintWriter out = spec.commandLine().getOut();
            out.println("theme: " + theme.name() + (config.get().theme().isPresent() ? "" : " (site.yml names none; " + (theme == Theme.HEALTH
                    ? "the default for a site without templates/)" : "the default for a site with its own templates/ folder)")));
            Path templates = site.dir().resolve("templates");
            Map<String, Path> own = theme.ownFiles();
            for (String name : theme.files().keySet()) {
                String from = Files.isRegularFile(templates.resolve(name)) ? "replaced by templates/" + name
                        : own.containsKey(name) ? theme.name() + " theme" : "built-in";
                out.printf("  %-44s %s%n", name, from);
            }
            return 0;
        }
    }

    /** {@code resurface theme eject [FILE…]}: copies theme files into templates/, never over the site's own unless --force. */
    @Command(name = "eject", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Copy theme files into the site's templates/ to edit them (all of the theme's own files when no FILE is named). "
                    + "The site then uses its copy; the other files still come from the theme.")
    static final class Eject implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files as 'resurface theme list' names them, e.g. lib/chrome.ftlh or assets/style.css.")
        List<String> names = new ArrayList<>();

        @Option(names = "--force", description = "Overwrite files that templates/ already has.")
        boolean force;

        @Mixin
        SharedOptions.Site site;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Optional<SiteConfig> config = config(site, spec);
            if (config.isEmpty()) return 1;
            Path templates = site.dir().resolve("templates");
            Theme theme = Theme.forSite(config.get().theme(), site.dir());
            if (config.get().theme().isEmpty() && theme == Theme.HEALTH) {
                // without 'theme:', a templates/ folder would switch the site to the minimal theme
                err.println(Diagnostic.error("site.yml", 0, 0, "site.yml does not name its theme; nothing was written",
                        "add the line 'theme: health' to site.yml, so the theme keeps providing every file templates/ does not replace, then eject again").format());
                return 1;
            }
            Map<String, Path> chosen = new LinkedHashMap<>();
            if (names.isEmpty()) chosen.putAll(theme.ownFiles());
            boolean unknown = false;
            for (String n : names) {
                String name = n.replace('\\', '/').replaceFirst("^templates/", "");
                Optional<Path> file = theme.file(name);
                if (file.isPresent()) {
                    chosen.put(name, file.get());
                    continue;
                }
                unknown = true;
                err.println(Diagnostic.error(n, 0, 0, "the " + theme.name() + " theme has no file '" + name + "'",
                        Hints.orElse(Hints.didYouMean(name, theme.files().keySet()), "'resurface theme list' shows its files")).format());
            }
            if (unknown) return 1;
            List<String> existing = chosen.keySet().stream().filter(n -> Files.exists(templates.resolve(n))).toList();
            if (!existing.isEmpty() && !force) {
                for (String n : existing) {
                    err.println(Diagnostic.error("templates/" + n, 0, 0, "already exists; nothing was written", "keep your file, or pass --force to replace it with the theme's").format());
                }
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Map.Entry<String, Path> e : chosen.entrySet()) {
                Path to = templates.resolve(e.getKey());
                Files.createDirectories(to.getParent());
                Files.copy(e.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
                out.println("wrote templates/" + e.getKey());
            }
            return 0;
        }
    }
}
