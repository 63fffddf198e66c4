package dev.resurface.build;

import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Pos;
import dev.resurface.diag.Problem;
import dev.resurface.links.OutputPlan;
import dev.resurface.output.Assets;
import dev.resurface.output.OutputGuard;
import dev.resurface.render.Aliases;
import dev.resurface.render.Outputs;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every output file the site will have, claimed by what makes it: two claims on one file are an error before anything is written. */
final class OutputClaims {
    private OutputClaims() {}

    /** Claims every output file up front, so duplicates are found before anything is written. */
    static OutputPlan plan(List<ParsedPage> pages, Map<String, String> sections, Map<String, Path> statics,
                                   Map<String, List<ParsedPage>> tagged, List<Assets.Asset> assets, List<Page> referencePages) {
        OutputPlan plan = new OutputPlan();
        for (Page g : referencePages) plan.claim(Outputs.fileOf(g.path()), g.path(), new OutputPlan.Claim("the generated " + g.title().toLowerCase(Locale.ROOT) + " page", "content" + g.path(), 0, 0));
        Set<String> sectionPagePaths = new HashSet<>();
        for (ParsedPage p : pages) {
            boolean slug = p.fm().slug().isPresent() && p.kind() == PageKind.PAGE; // (a section page's slug is ignored)
            Pos at = slug ? p.fm().posOf("slug") : Pos.START;
            plan.claim(Outputs.fileOf(p.path()), p.path(), new OutputPlan.Claim(p.src().path(), p.src().path(), at.line(), at.col(), slug));
            if (p.kind() != PageKind.PAGE) sectionPagePaths.add(p.path());
        }
        for (String path : sections.values()) {
            if (!sectionPagePaths.contains(path)) plan.claim(Outputs.fileOf(path), path, new OutputPlan.Claim("section " + path, "content" + path, 0, 0));
        }
        for (Map.Entry<String, Path> e : statics.entrySet()) {
            plan.claim(e.getKey(), "/" + e.getKey(), new OutputPlan.Claim("content/" + e.getKey(), "content/" + e.getKey(), 0, 0));
        }
        for (String slug : tagged.keySet()) {
            String path = Outputs.tagPath(slug);
            ParsedPage first = tagged.get(slug).get(0);
            Pos at = first.fm().posOf("tags");
            plan.claim(Outputs.fileOf(path), path, new OutputPlan.Claim("tag '" + slug + "'", first.src().path(), at.line(), at.col()));
        }
        if (!tagged.isEmpty()) plan.claim(Outputs.fileOf(Outputs.TAGS), Outputs.TAGS, new OutputPlan.Claim("the tag index", Outputs.TAGS, 0, 0));
        for (String generated : List.of(Outputs.NOT_FOUND, Outputs.SITEMAP, Outputs.ROBOTS, Outputs.FEED)) {
            plan.claim(Outputs.fileOf(generated), generated, new OutputPlan.Claim("the generated " + generated, "content" + generated, 0, 0));
        }
        plan.claim(OutputGuard.MARKER, "/" + OutputGuard.MARKER, new OutputPlan.Claim("resurface's output marker", "content/" + OutputGuard.MARKER, 0, 0));
        for (Assets.Asset a : assets) {
            plan.claim(a.sitePath().substring(1), a.sitePath(), new OutputPlan.Claim(a.origin(), a.origin(), 0, 0));
        }
        for (ParsedPage p : pages) {
            Pos at = p.fm().posOf("aliases");
            for (String alias : p.fm().aliases()) {
                Optional<Problem> problem = Aliases.problem(alias);
                if (problem.isPresent()) {
                    plan.problems().add(problem.get().error(p.src().path(), at.line(), at.col()));
                    continue;
                }
                plan.claim(Aliases.fileOf(alias), Aliases.sitePathOf(alias),
                        new OutputPlan.Claim("alias '" + alias + "' in " + p.src().path(), p.src().path(), at.line(), at.col(), true));
            }
        }
        return plan;
    }

}
