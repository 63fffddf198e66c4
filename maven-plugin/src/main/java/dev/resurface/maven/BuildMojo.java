package dev.resurface.maven;

import dev.resurface.build.Build;
import dev.resurface.build.BuildOptions;
import dev.resurface.build.BuildResult;
import dev.resurface.util.Counts;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site into the output folder, like {@code resurface build}. A site with errors fails the
 * Maven build and leaves the previous output as it was. Bound to no phase: see the documentation for
 * binding it to {@code package}.
 */
@Mojo(name = "build", threadSafe = true)
public final class BuildMojo extends OneBuildMojo {
    /** Where to write the site ({@code --output}; default: {@code <site>/site-output}, as on the command line). */
    @Parameter(property = "resurface.output")
    File output;

    /** Override baseUrl from site.yml ({@code --base-url}), e.g. for a preview build. */
    @Parameter(property = "resurface.baseUrl")
    String baseUrl;

    @Override
    void run(Path dir) throws MojoExecutionException, MojoFailureException {
        BuildOptions opts = options(dir, true);
        if (output != null) opts = opts.withOutput(output.toPath().toAbsolutePath().normalize());
        if (baseUrl != null && !baseUrl.isBlank()) opts = opts.withBaseUrl(baseUrl.trim());
        BuildResult r = new Build(opts, generator(), line -> getLog().debug("resurface: " + line)).run();
        MavenReport.judge(getLog(), r, "; nothing was written");
        getLog().info("built " + Counts.of(r.pages(), "page") + ", " + Counts.of(r.otherFiles(), "other file") + ", "
                + Counts.of(r.warnings(), "warning") + " in " + r.elapsedMillis() + " ms into " + opts.output());
    }
}
