package dev.resurface.maven;

import dev.resurface.build.BuildOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that run one whole build, {@code build} and {@code check}: strict, today, threads. */
abstract class OneBuildMojo extends SiteMojo {
    /** Treat warnings as errors ({@code --strict}): any warning fails the Maven build. */
    @Parameter(property = "resurface.strict", defaultValue = "false")
    boolean strict;

    /** Judge review dates as of this day, YYYY-MM-DD ({@code --today}; default: today in UTC). It never changes the output. */
    @Parameter(property = "resurface.today")
    String today;

    /** Worker threads ({@code --threads}; default: the number of CPUs). The output is byte-identical for any number. */
    @Parameter(property = "resurface.threads")
    Integer threads;

    /** The options both goals share; {@code write} is false for a check. */
    BuildOptions options(Path dir, boolean write) throws MojoExecutionException {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new MojoExecutionException("resurface: <threads> (resurface.threads) must be at least 1, not " + n);
        return new BuildOptions(dir, dir.resolve("site-output"), drafts, strict, Optional.empty(), n, write, day());
    }

    private LocalDate day() throws MojoExecutionException {
        if (today == null || today.isBlank()) return LocalDate.now(ZoneOffset.UTC);
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("resurface: <today> (resurface.today) '" + today + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31");
        }
    }
}
