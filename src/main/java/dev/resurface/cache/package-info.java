/**
 * The on-disk side of {@code build --cache}: one checksummed file per page ({@code PageStore}), the
 * record of what each output read ({@code OutputRecord}), resized images ({@code ResizedStore}) and
 * generated pictures ({@code PictureFiles}), all tied to the exact engine that wrote
 * them, so a damaged or foreign cache only costs time. The build package decides when they are used.
 */
package dev.resurface.cache;
