/**
 * The site's icons in the formats browsers and phones ask for by name: {@code /favicon.ico} (PNG images
 * in an ICO container) and {@code /apple-touch-icon.png}, rasterised at build time from the theme's
 * {@code favicon.svg}.
 */
package dev.resurface.icons;
