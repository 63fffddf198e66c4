package dev.resurface.config;

import java.util.Optional;

/**
 * Who publishes the site and how readers reach them, from {@code site.yml}: shown in the footer,
 * available to templates as {@code site.publisher} and {@code site.contact}, and the publisher of
 * every page's JSON-LD.
 *
 * @param publisher the publishing organisation and its responsible editor's role (empty without a {@code publisher} section)
 * @param contact   the feedback route (empty without a {@code contact} section)
 */
public record Imprint(Optional<Publisher> publisher, Optional<Contact> contact) {
    public static final Imprint NONE = new Imprint(Optional.empty(), Optional.empty());

    /**
     * @param name   the organisation, as the site names itself (never an invented person)
     * @param editor the role responsible for the content, e.g. "Editor (health content)", or ""
     * @param url    its https page (e.g. the about page), or ""
     */
    public record Publisher(String name, String editor, String url) {}

    /**
     * @param email an address readers can write to, or ""
     * @param url   an https page (a form), or ""
     * @param text  the invitation the links follow
     */
    public record Contact(String email, String url, String text) {
        public static final String DEFAULT_TEXT = "Found a mistake, or something unclear? Tell us:";

        /** The email address as a link, or "". */
        public String mailto() { return email.isEmpty() ? "" : "mailto:" + email; }
    }
}
