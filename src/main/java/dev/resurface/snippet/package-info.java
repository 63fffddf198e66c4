/**
 * Snippets: reusable blocks of Markdown in {@code content/_snippets/}, included in a page with
 * {@code {{< snippet "name" >}}} on a line of its own and expanded before the page is parsed.
 */
package dev.resurface.snippet;
