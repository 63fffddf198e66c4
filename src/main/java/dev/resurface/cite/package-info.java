/** The bibliography and reviewers of a site: {@code _data/sources.yml}, {@code _data/people.yml}, and each page's numbered sources. */
package dev.resurface.cite;
