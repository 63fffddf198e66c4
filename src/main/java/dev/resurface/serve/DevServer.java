package dev.resurface.serve;

import dev.resurface.build.Build;
import dev.resurface.build.BuildCache;
import dev.resurface.build.BuildOptions;
import dev.resurface.build.BuildResult;
import dev.resurface.build.QuickRebuild;
import dev.resurface.output.MemoryOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code resurface serve}: builds the site into memory, serves it over HTTP with live reload, and
 * rebuilds when site.yml, content/ or templates/ change. Rebuilds reuse the unchanged pages' parses
 * and rendered Markdown ({@link BuildCache}); a body or template edit re-renders only what it can
 * change ({@link QuickRebuild}); what is served is exactly what {@code build} would
 * write (with the base URL pointing at this server). A failed rebuild keeps the last good site and shows its errors in the browser.
 * Nothing is written to disk.
 */
public final class DevServer implements AutoCloseable {
    /** What a build did, for the terminal and for tests. */
    public record Rebuilt(BuildResult result, Set<String> changed, long millis, BuildCache.Reuse reused, String stages, boolean quick) {}

    private static final byte[] NOTHING_YET = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>resurface</title></head>"
            + "<body><p>The site has not built yet: see the errors.</p></body></html>").getBytes(StandardCharsets.UTF_8);

    private final BuildOptions opts;
    private final String generator;
    private final LiveReload reload;
    private final SiteServer server;
    private final Watcher watcher;
    private final Consumer<Rebuilt> onBuild;
    private final Thread watching;
    private volatile Map<String, byte[]> current = Map.of();
    private final BuildCache cache = new BuildCache();

    private DevServer(BuildOptions opts, String generator, LiveReload reload, SiteServer server, Watcher watcher, Consumer<Rebuilt> onBuild) {
        this.opts = opts.withBaseUrl(server.url("/"));
        this.generator = generator;
        this.reload = reload;
        this.server = server;
        this.watcher = watcher;
        this.onBuild = onBuild;
        // quick rebuilds parse and render on this thread: give it the build's large stack
        this.watching = new Thread(null, () -> watcher.run(this::rebuild), "resurface-watch", Build.STACK_BYTES);
        this.watching.setDaemon(true);
    }

    /**
     * Binds the server, builds once and starts watching. The base URL becomes this server's
     * address, so every link and canonical URL works locally.
     */
    public static DevServer start(BuildOptions opts, String generator, String host, int port, Consumer<Rebuilt> onBuild) throws IOException {
        LiveReload reload = new LiveReload();
        SiteServer server = SiteServer.start(SiteFiles.memory(Map.of("404.html", NOTHING_YET)), host, port, reload);
        Watcher watcher;
        try {
            watcher = new Watcher(opts.site());
        } catch (IOException e) {
            server.close();
            throw e;
        }
        DevServer dev = new DevServer(opts, generator, reload, server, watcher, onBuild);
        dev.rebuild(Set.of());
        dev.watching.start();
        return dev;
    }

    /** Builds the site again and publishes it, or shows its errors; one build at a time. */
    synchronized Rebuilt rebuild(Set<String> changed) {
        long t0 = System.nanoTime();
        // a body-only edit of existing pages re-renders just what it can change; anything else builds again (with the cache)
        Optional<QuickRebuild.Result> quick = QuickRebuild.apply(cache, changed, current);
        BuildResult r;
        Map<String, byte[]> files;
        StringBuilder stages = new StringBuilder();
        if (quick.isPresent()) {
            r = quick.get().build();
            files = quick.get().files();
            stages.append(quick.get().stages());
        } else {
            MemoryOutput out = new MemoryOutput();
            r = new Build(opts, generator, line -> stages.append(stages.isEmpty() ? "" : ", ").append(line.trim().replaceAll("\\s+", " ")))
                    .withCache(cache).runInto(out);
            files = r.ok() ? out.files() : Map.of();
        }
        if (r.ok()) {
            current = files;
            server.publish(SiteFiles.memory(current));
            reload.reload();
        } else {
            reload.errors(r.diagnostics());
        }
        Rebuilt done = new Rebuilt(r, changed, (System.nanoTime() - t0) / 1_000_000, cache.lastReuse(), stages.toString(), quick.isPresent());
        onBuild.accept(done);
        return done;
    }

    public String url() { return server.url("/"); }

    /** The files of the build being served (empty until one succeeds). */
    public Map<String, byte[]> files() { return current; }

    /** The options each build runs with (the base URL is this server's). */
    public BuildOptions options() { return opts; }

    public LiveReload liveReload() { return reload; }

    @Override
    public void close() throws IOException {
        watching.interrupt();
        watcher.close();
        server.close();
    }
}
