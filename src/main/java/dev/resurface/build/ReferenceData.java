package dev.resurface.build;

import dev.resurface.cite.Bibliography;
import dev.resurface.cite.DataFile;
import dev.resurface.cite.People;
import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.DataLoader;
import dev.resurface.content.TagNames;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.glossary.Glossary;
import dev.resurface.util.Frozen;
import dev.resurface.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data files the trust features read entry by entry: bibliography, reviewers, glossary, tag names.
 *
 * @param failed data name → site path of every data file that failed to load as a whole (unreadable,
 *               not YAML, or not the list a feature needs): checks that depend on one report nothing
 *               of their own, only a follow-on (see {@link dev.resurface.diag.FollowOn})
 */
record ReferenceData(Bibliography bibliography, People people, Glossary glossary, TagNames tagNames, Map<String, String> failed) {

    ReferenceData {
        failed = Frozen.map(failed);
    }

    static ReferenceData load(SiteConfig config, DataLoader.Loaded loaded, Diagnostics diags) {
        var t = config.trust();
        Map<String, String> failed = new TreeMap<>(loaded.failed());
        Bibliography bib = read(loaded, t.citations().data(), (root, path, problems) -> Bibliography.read(root, path, t.citations(), problems),
                Bibliography.EMPTY, diags, failed);
        if (bib != Bibliography.EMPTY && bib.file().failed()) failed.put(t.citations().data(), bib.file().path());
        bib = bib == Bibliography.EMPTY ? new Bibliography(Map.of(), state(loaded, t.citations().data())) : bib;
        People people = read(loaded, t.review().people(), People::read, People.EMPTY, diags, failed);
        if (people != People.EMPTY && people.file().failed()) failed.put(t.review().people(), people.file().path());
        people = people == People.EMPTY && !t.review().people().isEmpty() ? new People(Map.of(), state(loaded, t.review().people())) : people;
        Glossary glossary = read(loaded, t.glossary().data(),
                (root, path, problems) -> Glossary.read(root, path, config.language(), problems), Glossary.EMPTY, diags, failed);
        TagNames tagNames = read(loaded, config.meta().tags().data(), TagNames::read, TagNames.EMPTY, diags, failed);
        return new ReferenceData(bib, people, glossary, tagNames, failed);
    }

    /** A data file that gave no tree: failed to load (already reported), or not written yet. */
    private static DataFile state(DataLoader.Loaded loaded, String name) {
        if (name.isEmpty()) return DataFile.NONE;
        String failedPath = loaded.failed().get(name);
        return failedPath != null ? DataFile.failed(failedPath)
                : DataFile.missing(loaded.files().getOrDefault(name, "content/" + ContentScanner.DATA_DIR + "/" + name + ".yml"));
    }

    interface Reader<T> {
        T read(YNode root, String path, List<Diagnostic> problems);
    }

    /** Reads one data file; a file whose errors leave nothing usable is added to {@code failed}. */
    private static <T> T read(DataLoader.Loaded loaded, String name, Reader<T> reader, T empty, Diagnostics diags, Map<String, String> failed) {
        if (name.isEmpty()) return empty; // the feature is not configured in site.yml
        YNode root = loaded.trees().get(name);
        if (root == null) return empty;
        List<Diagnostic> problems = new ArrayList<>();
        String path = loaded.files().get(name);
        T value = reader.read(root, path, problems);
        diags.addAll(problems);
        if (value == empty && problems.stream().anyMatch(Diagnostic::isError)) failed.put(name, path);
        return value;
    }
}
