/**
 * The themes built into the engine (the styled {@code health} theme and the plain {@code minimal}
 * built-ins), where their files are, and the site-first lookup: a file in the site's
 * {@code templates/} replaces the theme's file of the same name. Depends on nothing else here.
 */
package dev.resurface.theme;
