package dev.resurface.build;

import dev.resurface.content.MenuItem;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.images.ResponsiveImages;
import dev.resurface.links.LinkResolver;
import dev.resurface.output.Assets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the link stage decided: every output's site path, the sections, tags and generated pages,
 * and the resolver that checks and rewrites each page's links against them.
 *
 * @param statics      content path → file of every static file under content/
 * @param sectionPaths section folder → its site path
 * @param tagged       tag slug → the pages tagged with it
 * @param generated    the sources and glossary pages the engine makes up
 * @param sitePaths    the site path of every output
 * @param images       the JPEGs and PNGs of content/ and their resized copies
 */
record Linked(Map<String, Path> statics, Map<String, String> sectionPaths, List<Assets.Asset> assets, Map<String, List<ParsedPage>> tagged,
              List<Page> generated, Set<String> sitePaths, LinkResolver links, Map<String, List<MenuItem>> menus,
              ResponsiveImages images) {}
