/** Markdown: the shared flexmark parser/renderer, heading ids, table of contents, word count, summary. */
package dev.resurface.markdown;
