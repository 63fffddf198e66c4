package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.MenuItem;
import dev.resurface.links.LinkResolver;
import dev.resurface.links.Urls;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.Hints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** site.yml's menus with each item's link resolved: a page that does not exist, or a URL the site does not have, is an error. */
final class Menus {
    private Menus() {}

    static Map<String, List<MenuItem>> resolve(SiteConfig config, LinkResolver links, Set<String> sitePaths, Diagnostics diags) {
        Map<String, List<MenuItem>> out = new LinkedHashMap<>();
        config.menus().forEach((name, entries) -> {
            List<MenuItem> items = new ArrayList<>();
            for (var e : entries) {
                if (!e.page().isEmpty()) {
                    Optional<String> p = links.page("", e.page());
                    if (p.isEmpty()) {
                        diags.error(SiteConfigLoader.FILE, e.line(), e.col(), "menu item '" + e.name() + "' names page '" + e.page() + "', which does not exist",
                                Hints.orElse(links.pageHint("", e.page()), "write a path under content/, e.g. 'types/_index.md'"));
                        continue;
                    }
                    items.add(new MenuItem(e.name(), config.basePath() + p.get().substring(1), p.get(), e.weight()));
                } else if (Urls.isExternal(e.url())) {
                    items.add(new MenuItem(e.name(), e.url(), "", e.weight()));
                } else {
                    String path = e.url().startsWith("/") ? e.url() : "/" + e.url();
                    if (!sitePaths.contains(path)) {
                        diags.error(SiteConfigLoader.FILE, e.line(), e.col(), "menu item '" + e.name() + "' links to " + e.url() + ", which this site does not have",
                                "use 'page:' with a content path instead");
                        continue;
                    }
                    items.add(new MenuItem(e.name(), config.basePath() + path.substring(1), path, e.weight()));
                }
            }
            out.put(name, List.copyOf(items));
        });
        return out;
    }

}
