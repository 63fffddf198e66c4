/** The site's glossary ({@code _data/glossary.yml}) and the marking of each term's first use on a page. */
package dev.resurface.glossary;
