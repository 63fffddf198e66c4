package dev.resurface.cli;

import dev.resurface.build.Build;
import dev.resurface.build.BuildOptions;
import dev.resurface.build.BuildResult;
import dev.resurface.cache.PageStore;
import dev.resurface.diag.Diagnostic;
import dev.resurface.util.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resurface build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Build the site from content/ and templates/ into the output folder.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the site was built", "1:the site has errors (nothing was written)", "2:usage error"})
public final class BuildCommand implements Callable<Integer> {
    /** Where a CI or static host passes the preview address without changing the command (docs/deploy.md). */
    static final String BASE_URL_ENV = "RESURFACE_BASE_URL";

    @Mixin
    SharedOptions.Site site;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: <site>/site-output).")
    Path output;

    @Mixin
    SharedOptions.Drafts drafts;

    @Mixin
    SharedOptions.BuildRun run;

    @Option(names = "--base-url", paramLabel = "URL", description = "Override baseUrl from site.yml (default: the environment variable " + BASE_URL_ENV + ", when set), e.g. for a preview copy.")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep each page's parse and render in DIR and reuse them for unchanged files in later builds (made if missing; never inside the site's content/ or templates/ or the output folder).")
    Path cache;

    @Mixin
    SharedOptions.Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        int threads = run.threads();
        Path siteDir = site.dir();
        BuildOptions opts = BuildOptions.defaults(siteDir)
                .withOutput(output == null ? siteDir.resolve("site-output") : output.toAbsolutePath().normalize())
                .withDrafts(drafts.drafts).withStrict(run.strict).withThreads(threads).withToday(run.today());
        String url = baseUrl != null ? baseUrl : System.getenv(BASE_URL_ENV);
        if (url != null && (baseUrl != null || !url.isBlank())) opts = opts.withBaseUrl(url);
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = verbosity.progress();
        Build build = new Build(opts, "resurface " + Main.version(), verbosity.trace(err)).withTrash(main.trash());
        if (cache != null) build.withStore(openCache(siteDir, opts.output()));
        BuildResult r = build.run();
        if (progress) clearProgress(err);
        report(r, spec.commandLine().getErr(), spec.commandLine().getOut(), verbosity.quiet());
        return r.ok() ? 0 : 1;
    }

    /** The --cache folder, refused where the build would read it as content or delete it with the old output. */
    private PageStore openCache(Path siteDir, Path output) {
        Path dir = cache.toAbsolutePath().normalize();
        String where = dir.equals(siteDir) ? "the site folder itself"
                : dir.startsWith(siteDir.resolve("content")) ? "inside content/"
                : dir.startsWith(siteDir.resolve("templates")) ? "inside templates/"
                : dir.startsWith(output) || output.startsWith(dir) ? "the output folder, inside it or around it" : "";
        if (!where.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + cache + " is " + where + "; choose a folder of its own, e.g. .resurface-cache");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + cache + " is a file, not a folder; choose a folder of its own, e.g. .resurface-cache");
        }
        try {
            return PageStore.open(dir, PageStore.engineIdentity(Main.version()));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache " + cache + ": cannot use this folder (" + Build.ioMessage(e) + ")");
        }
    }

    /** Prints diagnostics (stderr), then a count line or the success summary. */
    static void report(BuildResult r, PrintWriter err, PrintWriter out, boolean quiet) {
        for (Diagnostic d : r.diagnostics()) {
            if (quiet && !d.isError()) continue;
            err.println(d.format());
        }
        if (!r.ok()) {
            err.println(Counts.of(r.errors(), "error") + ", " + Counts.of(r.warnings(), "warning") + "; nothing was written");
        } else if (!quiet) {
            out.println("built " + Counts.of(r.pages(), "page") + ", " + Counts.of(r.otherFiles(), "other file") + ", "
                    + Counts.of(r.warnings(), "warning") + " in " + r.elapsedMillis() + " ms");
        }
        err.flush();
        out.flush();
    }

    /** On a terminal, one line that shows the stage just finished, rewritten in place. */
    static Consumer<String> progress(PrintWriter err) {
        return line -> {
            err.print("\r\033[K" + "resurface: " + line.trim().replaceAll("\\s+", " ") + " …");
            err.flush();
        };
    }

    static void clearProgress(PrintWriter err) {
        err.print("\r\033[K");
        err.flush();
    }
}
