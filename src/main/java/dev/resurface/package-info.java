/**
 * resurface: a static site generator for trustworthy health content. The entry point is
 * {@link dev.resurface.cli.Main}; the pipeline is {@link dev.resurface.build.Pipeline}. This package
 * holds no classes of its own.
 */
package dev.resurface;
