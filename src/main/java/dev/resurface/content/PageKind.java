package dev.resurface.content;

/** What a page is: an article, a section's own page (its list), or the home page. */
public enum PageKind {
    PAGE("page"), SECTION("section"), HOME("home");

    private final String label;

    PageKind(String label) { this.label = label; }

    public String label() { return label; }
}
