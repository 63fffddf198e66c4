/** Content: source files, front matter, pages, sections and the immutable {@code Site} they form. */
package dev.resurface.content;
