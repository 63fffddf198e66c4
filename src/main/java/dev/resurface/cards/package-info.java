/**
 * Social preview cards: the 1200×630 PNG each page gets as its {@code og:image}, drawn at build time
 * with Java2D in a bundled font (never a system font, so every machine draws the same bytes), named
 * by a hash of what it shows and kept in an {@link dev.resurface.cards.PictureStore} so an unchanged card
 * is not drawn again.
 */
package dev.resurface.cards;
