/** Rendering: FreeMarker setup, the template model ({@code site}, {@code page}, {@code data}) and generated outputs. */
package dev.resurface.render;
