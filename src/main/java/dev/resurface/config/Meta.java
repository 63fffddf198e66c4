package dev.resurface.config;

import java.util.Locale;

/**
 * What {@code site.yml} says about the edges of a site: the social preview cards and the tag pages
 * (see docs/metadata.md).
 *
 * @param cards the preview image every page gets for link previews
 * @param tags  where tag names and descriptions are written, and what becomes of a tag with one page
 */
public record Meta(SocialCards cards, TagPages tags) {
    public static final Meta DEFAULT = new Meta(SocialCards.DEFAULT, TagPages.DEFAULT);

    /**
     * {@code socialCards}: a 1200×630 PNG per page (title, section, site name).
     *
     * @param background the card's colour, {@code #rrggbb}
     * @param text       the title's and site name's colour
     * @param accent     the section name's and the rule's colour
     */
    public record SocialCards(boolean enabled, String background, String text, String accent) {
        /**
         * Off unless {@code site.yml} has a {@code socialCards} section: drawing costs about 2 ms of CPU a
         * card (docs/metadata.md), about a fifth of a 3,000-page build's CPU without {@code --cache}. The
         * colours: a sober dark blue band with white text, readable as a thumbnail in any feed.
         */
        public static final SocialCards DEFAULT = new SocialCards(false, "#12385c", "#ffffff", "#9ed8ce");
    }

    /**
     * {@code tags}.
     *
     * @param data       the data file with each tag's display name and description ({@code tags} is {@code content/_data/tags.yml})
     * @param singlePage what becomes of a tag only one page has
     */
    public record TagPages(String data, SinglePage singlePage) {
        public static final TagPages DEFAULT = new TagPages("tags", SinglePage.NOINDEX);
    }

    /** A tag page listing a single page adds little for search engines: keep it out of their index, leave it out, or index it. */
    public enum SinglePage {
        NOINDEX, OMIT, INDEX;

        public String word() { return name().toLowerCase(Locale.ROOT); }
    }
}
