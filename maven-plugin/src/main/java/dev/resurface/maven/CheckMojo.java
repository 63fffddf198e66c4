package dev.resurface.maven;

import dev.resurface.build.Build;
import dev.resurface.build.BuildResult;
import dev.resurface.util.Counts;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Runs every validation of a build and writes nothing, like {@code resurface check}; errors fail the Maven build. */
@Mojo(name = "check", threadSafe = true)
public final class CheckMojo extends OneBuildMojo {
    @Override
    void run(Path dir) throws MojoExecutionException, MojoFailureException {
        BuildResult r = new Build(options(dir, false), generator(), line -> getLog().debug("resurface: " + line)).run();
        MavenReport.judge(getLog(), r, "");
        getLog().info("checked " + Counts.of(r.pages(), "page") + ": " + MavenReport.counts(r) + " in " + r.elapsedMillis() + " ms");
    }
}
