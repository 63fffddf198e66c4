package dev.resurface.maven;

import dev.resurface.cli.Main;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.diag.Diagnostic;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal shares: the site folder, drafts, and a way to skip; each goal does the rest in {@link #run}. */
abstract class SiteMojo extends AbstractMojo {
    /** The site folder holding site.yml, content/ and templates/ (the command line's {@code --site}). */
    @Parameter(property = "resurface.site", defaultValue = "${project.basedir}")
    File site;

    /** Include pages with {@code draft: true} ({@code --drafts}). */
    @Parameter(property = "resurface.drafts", defaultValue = "false")
    boolean drafts;

    /** Skip this goal, e.g. {@code -Dresurface.skip} for a quick build of the rest of a project. */
    @Parameter(property = "resurface.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("resurface: skipped (resurface.skip)");
            return;
        }
        Path dir = site.toPath().toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(SiteConfigLoader.FILE))) {
            // the command line's own message, with a hint in Maven's terms
            Diagnostic d = Diagnostic.error(SiteConfigLoader.FILE, 0, 0, "no site.yml in " + dir,
                    "set <site> in the plugin's configuration, or -Dresurface.site=DIR, to the folder that holds site.yml");
            getLog().error(d.format());
            throw new MojoFailureException("no site.yml in " + dir);
        }
        run(dir);
    }

    /** Runs the goal on the site folder {@code dir} (absolute, normalised, holding site.yml). */
    abstract void run(Path dir) throws MojoExecutionException, MojoFailureException;

    /** What the site's pages name as their generator, exactly as the command line does. */
    static String generator() {
        return "resurface " + Main.version();
    }
}
