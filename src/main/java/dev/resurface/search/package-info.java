/**
 * The full-text search index: one compact JSON document per published page, written by the build
 * and queried in the visitor's browser (the theme's search page), so search needs no server.
 */
package dev.resurface.search;
