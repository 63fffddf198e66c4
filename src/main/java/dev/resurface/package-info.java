/** resurface: a static site generator for trustworthy health content. {@link dev.resurface.Build} is the pipeline. */
package dev.resurface;
