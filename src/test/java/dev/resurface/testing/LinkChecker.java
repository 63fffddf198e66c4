package dev.resurface.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A link checker over a built site, offline: every internal link, anchor, image, stylesheet, script,
 * form action and srcset entry of every page must lead to a file of the site (a folder to its
 * index.html) and, with a #fragment, to an element with that id. Returns what is broken as
 * "page: url (why)"; external links are not fetched.
 */
public final class LinkChecker {
    private LinkChecker() {}

    /** @param basePath the site's base path ('/' or '/guide/'), which internal URLs start with */
    public static List<String> broken(Path site, String basePath) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Document> parsed = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Path page : pages) {
            Document d = parse(page, parsed);
            String pagePath = basePath + site.relativize(page).toString().replace('\\', '/');
            for (Element e : d.select("a[href], link[href], script[src], img[src], source[src], form[action], img[srcset], source[srcset]")) {
                List<String> urls = new ArrayList<>();
                for (String attr : List.of("href", "src", "action")) if (e.hasAttr(attr)) urls.add(e.attr(attr));
                if (e.hasAttr("srcset")) for (String part : e.attr("srcset").split(",")) urls.add(part.strip().split("\\s+")[0]);
                for (String url : urls) {
                    String why = check(site, basePath, pagePath, url, parsed);
                    if (!why.isEmpty()) out.add(site.relativize(page) + ": " + url + " (" + why + ")");
                }
            }
        }
        return out;
    }

    private static String check(Path site, String basePath, String pagePath, String url, Map<Path, Document> parsed) throws IOException {
        URI u;
        try {
            u = new URI(pagePath).resolve(new URI(url));
        } catch (URISyntaxException e) {
            return "not a URL";
        }
        if (u.getScheme() != null) return ""; // external (http, https, mailto): not fetched
        String path = u.getPath();
        if (!path.startsWith(basePath)) return "outside the base path " + basePath;
        Path file = site.resolve(path.substring(basePath.length()));
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) return "no such file";
        String fragment = u.getFragment();
        if (fragment == null || fragment.isEmpty() || !file.toString().endsWith(".html")) return "";
        return parse(file, parsed).getElementById(fragment) == null ? "no element with id '" + fragment + "'" : "";
    }

    private static Document parse(Path page, Map<Path, Document> parsed) throws IOException {
        Document d = parsed.get(page);
        if (d == null) {
            d = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            parsed.put(page, d);
        }
        return d;
    }
}
