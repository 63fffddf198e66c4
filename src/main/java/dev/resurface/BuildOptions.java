package dev.resurface;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param threads worker threads for parse and render (1 = everything on the calling thread)
 * @param write   false for a check-only run: validate everything, write nothing
 */
public record BuildOptions(Path site, Path output, boolean drafts, boolean strict, Optional<String> baseUrl,
                           int threads, boolean write) {
    public static BuildOptions defaults(Path site) {
        return new BuildOptions(site, site.resolve("site-output"), false, false, Optional.empty(),
                Runtime.getRuntime().availableProcessors(), true);
    }

    public BuildOptions withOutput(Path o) { return new BuildOptions(site, o, drafts, strict, baseUrl, threads, write); }

    public BuildOptions withThreads(int n) { return new BuildOptions(site, output, drafts, strict, baseUrl, n, write); }

    public BuildOptions withDrafts(boolean d) { return new BuildOptions(site, output, d, strict, baseUrl, threads, write); }

    public BuildOptions withStrict(boolean s) { return new BuildOptions(site, output, drafts, s, baseUrl, threads, write); }

    public BuildOptions withBaseUrl(String u) { return new BuildOptions(site, output, drafts, strict, Optional.of(u), threads, write); }
}
