/**
 * resurface as a Maven plugin: the goals {@code build}, {@code check} and {@code serve} run the same
 * engine as the command line ({@link dev.resurface.build.Build}) in Maven's own process, take the
 * command line's options as parameters, and report each diagnostic through Maven's log in the same
 * {@code path:line:col: error: message (hint)} form ({@link dev.resurface.maven.MavenReport}).
 */
package dev.resurface.maven;
