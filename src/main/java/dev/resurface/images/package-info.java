/**
 * Responsive images: for each JPEG and PNG under content/, resized copies at the widths site.yml asks
 * for (never wider than the original), named by a hash of the original's bytes and the recipe, so a
 * browser or CDN may cache them for ever and a build may reuse them; and what a page's
 * {@code <img>} needs to offer them ({@code srcset}, {@code sizes}, {@code width}, {@code height}).
 * A file that cannot be decoded, or is too large, is a problem the link stage reports at each
 * Markdown image that uses it. Depends on diag, yaml and util only.
 */
package dev.resurface.images;
