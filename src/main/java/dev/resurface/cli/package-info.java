/** The command line (picocli): parses arguments, runs {@link dev.resurface.Build}, prints diagnostics. Thin on purpose. */
package dev.resurface.cli;
