package dev.resurface.config;

import dev.resurface.yaml.MapReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code publisher} and {@code contact} sections of {@code site.yml} (see {@link Imprint}). */
final class ImprintLoader {
    static final List<String> PUBLISHER_KEYS = List.of("name", "editor", "url");
    static final List<String> CONTACT_KEYS = List.of("email", "url", "text");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private ImprintLoader() {}

    static Imprint load(MapReader root) {
        Optional<Imprint.Publisher> publisher = root.mapping("publisher").flatMap(m -> {
            MapReader r = reader(root.at(m), PUBLISHER_KEYS, "publisher");
            String name = r.string("name").orElse("").strip();
            if (name.isEmpty()) {
                r.error(m, "'publisher' has no 'name'",
                        "name the organisation that publishes the site, as it names itself");
                return Optional.empty();
            }
            return Optional.of(new Imprint.Publisher(name, r.string("editor").orElse("").strip(), https(r, "url")));
        });
        Optional<Imprint.Contact> contact = root.mapping("contact").flatMap(m -> {
            MapReader r = reader(root.at(m), CONTACT_KEYS, "contact");
            String email = r.string("email").orElse("").strip();
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                r.error(r.node("email"), "'email' must be an email address such as feedback@example.org, found '" + email + "'", "write the address alone, without mailto:");
                email = "";
            }
            String url = https(r, "url");
            if (!r.has("email") && !r.has("url")) {
                r.error(m, "'contact' needs an 'email' or a 'url'",
                        "give readers a way to report a mistake, e.g. email: feedback@example.org");
                return Optional.empty();
            }
            String text = r.string("text").orElse(Imprint.Contact.DEFAULT_TEXT).strip();
            return Optional.of(new Imprint.Contact(email, url, text));
        });
        return new Imprint(publisher, contact);
    }

    private static MapReader reader(MapReader r, List<String> keys, String where) {
        r.rejectUnknown(keys, where);
        return r;
    }

    /** An https:// URL with a host, or "" (a wrong one is reported). */
    private static String https(MapReader r, String key) {
        String url = r.string(key).orElse("").strip();
        if (url.isEmpty()) return "";
        try {
            URI u = new URI(url);
            if ("https".equals(u.getScheme()) && u.getHost() != null) return url;
        } catch (URISyntaxException e) {
            // reported below
        }
        r.error(r.node(key), "'" + key + "' must be an https:// address, found '" + url + "'", "readers' messages must travel encrypted: use the https:// address");
        return "";
    }
}
