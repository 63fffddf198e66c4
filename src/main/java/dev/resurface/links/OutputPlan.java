package dev.resurface.links;

import dev.resurface.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every file the build will write, claimed before anything is written: two sources claiming the
 * same output is an error naming both; names that differ only in case are a warning, since they
 * collide on case-insensitive file systems (macOS, Windows).
 */
public final class OutputPlan {
    /**
     * Who claimed a file, and where to report a clash.
     *
     * @param chosen the author chose this URL at that position (a slug, an alias): a clash is reported there
     */
    public record Claim(String origin, String path, int line, int col, boolean chosen) {
        public Claim(String origin, String path, int line, int col) {
            this(origin, path, line, col, false);
        }
    }

    private final Map<String, Claim> files = new HashMap<>();
    private final Map<String, String> lowerCase = new HashMap<>();
    private final Set<String> sitePaths = new LinkedHashSet<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    /**
     * @param file     output file relative to the output folder
     * @param sitePath the URL path visitors use for it
     */
    public boolean claim(String file, String sitePath, Claim claim) {
        Claim prev = files.putIfAbsent(file, claim);
        if (prev != null) {
            // at the line that made the clash: the slug of a.md, not the start of b.md whose URL a.md's slug took
            Claim at = prev.chosen() && !claim.chosen() ? prev : claim;
            problems.add(Diagnostic.error(at.path(), at.line(), at.col(),
                    "URL " + sitePath + " is produced by both " + prev.origin() + " and " + claim.origin(),
                    "change a slug, a file name or an alias so each URL has one source"));
            return false;
        }
        String lower = file.toLowerCase(Locale.ROOT);
        String other = lowerCase.putIfAbsent(lower, file);
        if (other != null && !other.equals(file)) {
            problems.add(Diagnostic.warning(claim.path(), claim.line(), claim.col(),
                    "output " + file + " differs from " + other + " only in letter case",
                    "they overwrite each other on macOS and Windows; rename one"));
        }
        sitePaths.add(sitePath);
        return true;
    }

    public Set<String> sitePaths() { return sitePaths; }

    public List<Diagnostic> problems() { return problems; }
}
