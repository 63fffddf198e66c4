/** Structured data: each page's schema.org JSON-LD, serialised by a real JSON library. */
package dev.resurface.jsonld;
