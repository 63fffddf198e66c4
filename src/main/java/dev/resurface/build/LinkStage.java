package dev.resurface.build;

import dev.resurface.config.Meta;
import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.MenuItem;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Section;
import dev.resurface.images.ResponsiveImages;
import dev.resurface.content.TagNames;
import dev.resurface.links.ImageSizes;
import dev.resurface.links.LinkResolver;
import dev.resurface.links.LinkTargets;
import dev.resurface.links.OutputPlan;
import dev.resurface.output.Assets;
import dev.resurface.render.Outputs;
import dev.resurface.render.Tags;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The link stage: sections, tags and generated pages, every output claimed up front (so clashes are
 * found before anything is written), then the resolver every page's links are checked against, and
 * the menus.
 */
final class LinkStage {
    private LinkStage() {}

    static Linked link(Inputs in, Parsed parsed, Run run) throws IOException {
        SiteConfig config = in.config();
        List<ParsedPage> published = parsed.published();
        Map<String, Path> statics = new TreeMap<>();
        for (ContentScanner.Entry e : in.scan().statics()) statics.put(e.relPath(), e.file());
        Map<String, String> sectionPaths = sectionFolders(published);
        List<Assets.Asset> assets = Assets.overlay(Assets.scan(run.opts.site().resolve("templates").resolve("assets")), in.theme().ownFiles(), in.theme()::label);
        Map<String, List<ParsedPage>> allTags = tags(published);
        checkTagNames(allTags, in.refs().tagNames(), run);
        Map<String, List<ParsedPage>> tagged = new TreeMap<>(allTags);
        // a tag of one page adds little: the site may choose not to make its page at all
        if (config.meta().tags().singlePage() == Meta.SinglePage.OMIT) tagged.values().removeIf(pages -> pages.size() < 2);
        List<Page> generated = SiteAssembly.referencePages(published, in.refs(), config.trust());
        OutputPlan plan = OutputClaims.plan(published, sectionPaths, statics, tagged, assets, generated);
        if (config.search().enabled()) {
            String index = config.search().index();
            plan.claim(Outputs.fileOf(index), index, new OutputPlan.Claim("the search index " + index, "site.yml", 0, 0));
        }
        run.diags.addAll(plan.problems());
        Map<String, ParsedPage> byContent = new LinkedHashMap<>();
        Map<String, ParsedPage> byPath = new HashMap<>();
        for (ParsedPage p : published) {
            byContent.put(p.src().relPath(), p);
            byPath.putIfAbsent(p.path(), p);
        }
        ResponsiveImages images = ResponsiveImages.process(statics, config.images(), run.cache.resized(), run.opts.write(), run.pool,
                why -> run.notices.warning("--cache", 0, 0, "could not update the build cache: " + why, "the site was built; the next build will just take longer"));
        run.trace.accept(images.summary());
        LinkResolver links = new LinkResolver(new LinkTargets(byContent, byPath, parsed.broken(), parsed.drafts(), statics, sectionPaths,
                plan.sitePaths(), config.basePath()), new ImageSizes(), images);
        Map<String, List<MenuItem>> menus = Menus.resolve(config, links, plan.sitePaths(), run.diags);
        return new Linked(statics, sectionPaths, assets, tagged, generated, plan.sitePaths(), links, menus, images);
    }

    /** Every folder holding a published page (and each folder above it) is a section: folder to site path. */
    private static Map<String, String> sectionFolders(List<ParsedPage> pages) {
        Map<String, String> out = new TreeMap<>();
        out.put("", "/");
        for (ParsedPage p : pages) {
            String dir = p.src().dir();
            while (!dir.isEmpty()) {
                out.putIfAbsent(dir, "/" + dir + "/");
                dir = Section.parentOf(dir);
            }
        }
        return out;
    }

    /** An entry of the tags data file that no published page uses is a warning at its line. */
    private static void checkTagNames(Map<String, List<ParsedPage>> tagged, TagNames names, Run run) {
        List<String> used = new ArrayList<>();
        tagged.forEach((slug, pages) -> pages.get(0).fm().tags().stream().filter(t -> Tags.slug(t).equals(slug)).findFirst().ifPresent(used::add));
        for (TagNames.Entry e : names.entries().values()) {
            if (tagged.containsKey(Tags.slug(e.key()))) continue;
            run.diags.warning(names.path(), e.line(), e.col(), "tag '" + e.key() + "' is not used by any published page", TagNames.unusedHint(e.key(), used, names.path()));
        }
    }

    private static Map<String, List<ParsedPage>> tags(List<ParsedPage> pages) {
        Map<String, List<ParsedPage>> out = new TreeMap<>();
        for (ParsedPage p : pages) {
            for (String t : new LinkedHashSet<>(p.fm().tags())) out.computeIfAbsent(Tags.slug(t), k -> new ArrayList<>()).add(p);
        }
        return out;
    }
}
