package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.MenuItem;
import dev.resurface.content.Page;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Section;
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
        Map<String, List<ParsedPage>> tagged = tags(published);
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
        LinkResolver links = new LinkResolver(new LinkTargets(byContent, byPath, parsed.broken(), parsed.drafts(), statics, sectionPaths,
                plan.sitePaths(), config.basePath()), new ImageSizes());
        Map<String, List<MenuItem>> menus = Menus.resolve(config, links, plan.sitePaths(), run.diags);
        return new Linked(statics, sectionPaths, assets, tagged, generated, plan.sitePaths(), links, menus);
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

    private static Map<String, List<ParsedPage>> tags(List<ParsedPage> pages) {
        Map<String, List<ParsedPage>> out = new TreeMap<>();
        for (ParsedPage p : pages) {
            for (String t : new LinkedHashSet<>(p.fm().tags())) out.computeIfAbsent(Tags.slug(t), k -> new ArrayList<>()).add(p);
        }
        return out;
    }
}
