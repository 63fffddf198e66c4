package dev.resurface.maven;

import dev.resurface.build.BuildResult;
import dev.resurface.diag.Diagnostic;
import dev.resurface.util.Counts;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * A build's diagnostics in Maven's log, each in the command line's own words
 * ({@link Diagnostic#format()}): errors as [ERROR], warnings as [WARNING], notes as [INFO].
 */
final class MavenReport {
    private MavenReport() {
    }

    static void log(Log log, Diagnostic d) {
        switch (d.severity()) {
            case ERROR -> log.error(d.format());
            case WARNING -> log.warn(d.format());
            case NOTE -> log.info(d.format());
        }
    }

    /** Logs every diagnostic; a failed build then fails the Maven build with the command line's count line. */
    static void judge(Log log, BuildResult r, String failedTail) throws MojoFailureException {
        for (Diagnostic d : r.diagnostics()) log(log, d);
        if (!r.ok()) throw new MojoFailureException(counts(r) + failedTail);
    }

    /** "2 errors, 1 warning". */
    static String counts(BuildResult r) {
        return Counts.of(r.errors(), "error") + ", " + Counts.of(r.warnings(), "warning");
    }
}
