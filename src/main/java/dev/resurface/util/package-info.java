/** Small helpers shared by several stages (ordered immutable copies, parallel map, text). */
package dev.resurface.util;
