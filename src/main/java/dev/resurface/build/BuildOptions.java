package dev.resurface.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param threads worker threads for parse and render (1 = everything on the calling thread)
 * @param write   false for a check-only run: validate everything, write nothing
 * @param today   the date overdue reviews are judged by; it never changes the output
 */
public record BuildOptions(Path site, Path output, boolean drafts, boolean strict, Optional<String> baseUrl,
                           int threads, boolean write, LocalDate today) {
    public static BuildOptions defaults(Path site) {
        return new BuildOptions(site, site.resolve("site-output"), false, false, Optional.empty(),
                Runtime.getRuntime().availableProcessors(), true, LocalDate.now(ZoneOffset.UTC));
    }

    /** The date review deadlines are checked against (today in UTC unless a test or --today says otherwise). */
    public BuildOptions withToday(LocalDate d) { return new BuildOptions(site, output, drafts, strict, baseUrl, threads, write, d); }

    public BuildOptions withOutput(Path o) { return new BuildOptions(site, o, drafts, strict, baseUrl, threads, write, today); }

    public BuildOptions withThreads(int n) { return new BuildOptions(site, output, drafts, strict, baseUrl, n, write, today); }

    public BuildOptions withDrafts(boolean d) { return new BuildOptions(site, output, d, strict, baseUrl, threads, write, today); }

    public BuildOptions withStrict(boolean s) { return new BuildOptions(site, output, drafts, s, baseUrl, threads, write, today); }

    /** A check-only run: everything validated, nothing written. */
    public BuildOptions checkOnly() { return new BuildOptions(site, output, drafts, strict, baseUrl, threads, false, today); }

    public BuildOptions withBaseUrl(String u) { return new BuildOptions(site, output, drafts, strict, Optional.of(u), threads, write, today); }
}
