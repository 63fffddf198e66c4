package dev.resurface.cli;

import dev.resurface.build.BuildOptions;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.IoMessages;
import dev.resurface.serve.DevServer;
import dev.resurface.util.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resurface serve}: build into memory, serve on this machine, rebuild and reload on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Build the site into memory and serve it with live reload; rebuild when site.yml, content/ or templates/ change.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped with Ctrl-C", "1:the server could not start", "2:usage error"})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    SharedOptions.Site site;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 4000;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Mixin
    SharedOptions.Drafts drafts;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Mixin
    SharedOptions.Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether a build has succeeded yet, so a failed one can say truly what the browser shows. */
    private boolean served;

    /** The address to listen on (for tests of the default). */
    public String host() {
        return host;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host " + host
                    + " is not an address or a known host name; use e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every network)");
        }
        Path siteDir = site.dir();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Diagnostic> missing = site.missingConfig();
        if (missing.isPresent()) {
            err.println(missing.get().format());
            err.flush();
            return 1;
        }
        BuildOptions opts = BuildOptions.defaults(siteDir).withDrafts(drafts.drafts);
        boolean quiet = verbosity.quiet();
        DevServer dev;
        try {
            dev = DevServer.start(opts, "resurface " + Main.version(), host, port, b -> {
                synchronized (this) {
                    for (Diagnostic d : b.result().diagnostics()) if (!quiet || d.isError()) err.println(d.format());
                    if (!b.result().ok()) err.println(summary(b, served));
                    else if (!quiet) out.println(summary(b, served));
                    served |= b.result().ok();
                    if (verbosity.verbose()) out.println("  stages: " + b.stages());
                    err.flush();
                    out.flush();
                }
            });
        } catch (BindException e) {
            err.println(Diagnostic.error("--port", 0, 0, "cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    "pick another --port, or 0 for any free one").format());
            err.flush();
            return 1;
        } catch (IOException e) { // e.g. the system's limit on watched folders
            err.println("resurface: error: cannot serve " + siteDir + ": " + IoMessages.reason(e));
            err.flush();
            return 1;
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            err.println("warning: serving on " + host + ": other machines on the network can see this site");
        }
        out.println("serving " + siteDir + " at " + dev.url() + " (Ctrl-C to stop)");
        out.flush();
        if (open) openBrowser(dev.url(), err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dev.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "resurface-stop"));
        stopped.await();
        return 0;
    }

    /**
     * The line printed after each build: what was built and how it went; after a failure, what the
     * browser shows now (the last good build, or nothing yet).
     */
    public static String summary(DevServer.Rebuilt b, boolean servedBefore) {
        String files = b.changed().isEmpty() ? "" : " (" + String.join(", ", b.changed()) + ")";
        if (!b.result().ok()) {
            return (b.changed().isEmpty() ? "build failed" : "rebuild failed" + files) + ": " + Counts.of(b.result().errors(), "error") + "; "
                    + (servedBefore ? "still serving the last good build" : "nothing to serve yet: fix the errors and save, and the site appears");
        }
        return (b.changed().isEmpty() ? "built" : "rebuilt" + files) + ": " + Counts.of(b.result().pages(), "page") + " ("
                + b.reused().rendered() + " reused), " + Counts.of(b.result().warnings(), "warning") + " in " + b.millis() + " ms";
    }

    private static void openBrowser(String url, PrintWriter err) {
        try {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (Exception e) {
            err.println("could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
