package dev.resurface.build;

import dev.resurface.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of a build: every diagnostic (sorted), and on success what was written.
 *
 * @param pages      HTML pages rendered from Markdown (articles, section pages, home)
 * @param otherFiles every other file written (generated pages, feeds, copied files, assets)
 * @param report     per-page figures (words, readability, citations, review dates), once pages were made
 */
public record BuildResult(boolean ok, List<Diagnostic> diagnostics, int pages, int otherFiles, long elapsedMillis,
                          List<PageReport> report) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        report = List.copyOf(report);
    }

    public long errors() { return diagnostics.stream().filter(Diagnostic::isError).count(); }

    public long warnings() { return diagnostics.stream().filter(Diagnostic::isWarning).count(); }
}
