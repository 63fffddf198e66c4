/**
 * Per-page checks of health content: citations name real sources, review dates are sane and not
 * overdue, schema citation minimums, misleading claims, the balance rule and readability.
 */
package dev.resurface.lint;
