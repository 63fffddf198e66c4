/** Serving a built site over HTTP on this machine: for authors (serve) and for the browser tests. */
package dev.resurface.serve;
