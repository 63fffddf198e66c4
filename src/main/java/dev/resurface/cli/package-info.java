/** The command line (picocli): parses arguments, runs {@link dev.resurface.build.Build}, prints diagnostics. Thin on purpose. */
package dev.resurface.cli;
