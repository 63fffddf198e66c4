/** {@code site.yml}: the site's configuration, menus, options and front-matter schema, validated with positions. */
package dev.resurface.config;
