package dev.resurface.maven;

import dev.resurface.build.BuildOptions;
import dev.resurface.cli.ServeCommand;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.IoMessages;
import dev.resurface.serve.DevServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site into memory and serves it with live reload, rebuilding on every change, like
 * {@code resurface serve}; runs until Ctrl-C. Build problems are logged, never fatal: the last good
 * build stays served. Nothing is written to disk.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends SiteMojo {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    /** The port to listen on ({@code --port}; 0 picks a free one). */
    @Parameter(property = "resurface.port", defaultValue = "4000")
    int port;

    /** The address to listen on ({@code --host}; default: this machine only). */
    @Parameter(property = "resurface.host", defaultValue = "127.0.0.1")
    String host;

    /** Whether a build has succeeded yet, so a failed one can say truly what the browser shows. */
    private boolean served;

    @Override
    void run(Path dir) throws MojoExecutionException {
        if (port < 0 || port > 65535) throw new MojoExecutionException("resurface: <port> (resurface.port) must be from 0 to 65535, not " + port);
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new MojoExecutionException("resurface: <host> (resurface.host) " + host
                    + " is not an address or a known host name; use e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every network)");
        }
        BuildOptions opts = BuildOptions.defaults(dir).withDrafts(drafts);
        DevServer dev;
        try {
            dev = DevServer.start(opts, generator(), host, port, this::built);
        } catch (BindException e) {
            getLog().error(Diagnostic.error("--port", 0, 0, "cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    "pick another <port>, e.g. -Dresurface.port=4001, or 0 for any free one").format());
            throw new MojoExecutionException("resurface: cannot listen on " + host + ":" + port, e);
        } catch (IOException e) { // e.g. the system's limit on watched folders
            throw new MojoExecutionException("resurface: cannot serve " + dir + ": " + IoMessages.reason(e), e);
        }
        if (!LOOPBACK.contains(host)) getLog().warn("serving on " + host + ": other machines on the network can see this site");
        getLog().info("serving " + dir + " at " + dev.url() + " (Ctrl-C to stop)");
        waitForStop(dev);
    }

    /** Logs one build's diagnostics and its summary line, as the command line prints them. */
    private synchronized void built(DevServer.Rebuilt b) {
        for (Diagnostic d : b.result().diagnostics()) MavenReport.log(getLog(), d);
        String summary = ServeCommand.summary(b, served);
        if (b.result().ok()) getLog().info(summary);
        else getLog().error(summary);
        served |= b.result().ok();
    }

    /**
     * Blocks until Ctrl-C (the JVM's shutdown closes the server) or until this thread is interrupted
     * (then the server is closed and the goal returns).
     */
    private void waitForStop(DevServer dev) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            close(dev);
            stopped.countDown();
        }, "resurface-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already and closes the server
            }
            close(dev);
            getLog().info("resurface: stopped serving " + dir(dev));
        }
    }

    private static String dir(DevServer dev) {
        return dev.options().site().toString();
    }

    private void close(DevServer dev) {
        try {
            dev.close();
        } catch (IOException e) {
            getLog().debug("resurface: while stopping: " + IoMessages.reason(e));
        }
    }
}
