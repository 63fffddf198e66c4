/** Plain-text prose analysis: readability scores and the claim lint. */
package dev.resurface.prose;
