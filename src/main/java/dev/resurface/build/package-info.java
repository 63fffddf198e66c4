/**
 * The pipeline as named stages, each a small class taking the previous stage's record and returning
 * its own: {@link dev.resurface.build.LoadStage} ({@link dev.resurface.build.Inputs}) →
 * {@link dev.resurface.build.ParseStage} ({@link dev.resurface.build.Parsed}) →
 * {@link dev.resurface.build.LinkStage} ({@link dev.resurface.build.Linked}) →
 * {@link dev.resurface.build.MarkdownStage} ({@link dev.resurface.build.Rendered}) →
 * {@link dev.resurface.build.SiteAssembly} ({@link dev.resurface.build.Assembled}) →
 * {@link dev.resurface.build.SiteChecks} → {@link dev.resurface.build.WriteStage}, run in order by
 * {@link dev.resurface.build.Pipeline}; {@link dev.resurface.build.Build} is the engine the command
 * line and serve call, and {@link dev.resurface.build.Run} one run's state. Also here: the caches a
 * build can reuse (serve's in memory, build --cache's on disk) and serve's quick rebuild.
 */
package dev.resurface.build;
