/** Output: the output-folder guard, staging folder with atomic swap, and fingerprinted theme assets. */
package dev.resurface.output;
