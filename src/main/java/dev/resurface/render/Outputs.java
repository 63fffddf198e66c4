package dev.resurface.render;

/** Site paths of the outputs the engine generates besides pages. */
public final class Outputs {
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    public static final String FEED = "/feed.xml";
    public static final String NOT_FOUND = "/404.html";
    public static final String TAGS = "/tags/";

    private Outputs() {}

    public static String tagPath(String slug) {
        return TAGS + slug + "/";
    }

    /** The file a site path is written to: {@code /a/} is {@code a/index.html}. */
    public static String fileOf(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
