/** YAML reading with positions: every value knows its line and column, for exact diagnostics. */
package dev.resurface.yaml;
