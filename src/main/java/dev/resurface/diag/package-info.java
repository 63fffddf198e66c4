/** Author-facing diagnostics: the {@code path:line:col: severity: message (hint)} values every stage reports. */
package dev.resurface.diag;
