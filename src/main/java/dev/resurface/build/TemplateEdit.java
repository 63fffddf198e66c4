package dev.resurface.build;

import dev.resurface.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Templates serve can take up without a full build: existing site templates whose text changed, with
 * the engine, Markdown stage and fingerprint that read them anew. An output, or a page's Markdown (its
 * shortcodes), can only change if its last render loaded one of them: every template a render loads
 * is noted as it is loaded (see {@link TemplateEngine#recording}), includes and imports with computed
 * names too. A new or deleted template (which may change which layout a page gets, or what an optional
 * include finds), a syntax error, or anything else under templates/ (assets) gives none: a full build.
 *
 * @param names the edited templates (empty: none, and the rest is the last build's)
 */
record TemplateEdit(Set<String> names, TemplateEngine templates, MarkdownStage markdown, Fingerprint fingerprint) {

    /**
     * The edit of these paths under templates/ (relative to it) on top of the last build; empty when only a
     * full build will do. A folder is passed over: the listing of every template is compared all the same.
     */
    static Optional<TemplateEdit> of(LastBuild s, Set<String> paths) {
        TemplateEngine old = s.stages().templates();
        if (paths.isEmpty()) return Optional.of(new TemplateEdit(Set.of(), old, s.stages().markdown(), s.fingerprint()));
        Set<String> names = new TreeSet<>();
        Path dir = s.opts().site().resolve("templates");
        for (String p : paths) {
            if (old.siteTemplates().contains(p)) names.add(p);
            else if (!Files.isDirectory(dir.resolve(p), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        }
        try {
            TemplateEngine fresh = old.reloaded();
            if (!old.sameFiles(fresh) || !fresh.checkSyntax(names).isEmpty()) return Optional.empty();
            Fingerprint fp = s.fingerprint().withTemplatesNow(s.opts().site(), old.theme());
            return Optional.of(new TemplateEdit(Set.copyOf(names), fresh, s.stages().markdown().withTemplates(fresh), fp));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a render that loaded {@code used} (null: not known) may come out differently now. */
    boolean touches(Set<String> used) {
        if (names.isEmpty()) return false;
        if (used == null) return true;
        for (String n : names) if (used.contains(n)) return true;
        return false;
    }
}
