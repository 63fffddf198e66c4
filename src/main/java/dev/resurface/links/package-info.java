/** Links: pretty URLs, resolving and checking every link, anchor and image, image sizes. */
package dev.resurface.links;
