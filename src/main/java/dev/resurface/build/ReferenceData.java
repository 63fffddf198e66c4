package dev.resurface.build;

import dev.resurface.cite.Bibliography;
import dev.resurface.cite.DataFile;
import dev.resurface.cite.People;
import dev.resurface.config.SiteConfig;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.DataLoader;
import dev.resurface.content.TagNames;
import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.Hints;
import dev.resurface.glossary.Glossary;
import dev.resurface.search.Synonyms;
import dev.resurface.util.Frozen;
import dev.resurface.yaml.YNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data files the trust features and search read entry by entry: bibliography, reviewers, glossary,
 * tag names, search synonyms.
 *
 * @param failed data name → site path of every data file that failed to load as a whole (unreadable,
 *               not YAML, or not the list a feature needs): checks that depend on one report nothing
 *               of their own, only a follow-on (see {@link dev.resurface.diag.FollowOn})
 */
record ReferenceData(Bibliography bibliography, People people, Glossary glossary, TagNames tagNames, Synonyms synonyms,
                     Map<String, String> failed) {

    ReferenceData {
        failed = Frozen.map(failed);
    }

    static ReferenceData load(SiteConfig config, DataLoader.Loaded loaded, Diagnostics diags) {
        var t = config.trust();
        Map<String, String> failed = new TreeMap<>(loaded.failed());
        Bibliography bib = read(loaded, t.citations().data(), (root, path) -> Bibliography.read(root, path, t.citations()),
                Bibliography.EMPTY, diags, failed);
        if (bib != Bibliography.EMPTY && bib.file().failed()) failed.put(t.citations().data(), bib.file().path());
        bib = bib == Bibliography.EMPTY ? new Bibliography(Map.of(), state(loaded, t.citations().data())) : bib;
        People people = read(loaded, t.review().people(), People::read, People.EMPTY, diags, failed);
        if (people != People.EMPTY && people.file().failed()) failed.put(t.review().people(), people.file().path());
        people = people == People.EMPTY && !t.review().people().isEmpty() ? new People(Map.of(), state(loaded, t.review().people())) : people;
        Glossary glossary = read(loaded, t.glossary().data(),
                (root, path) -> Glossary.read(root, path, config.language()), Glossary.EMPTY, diags, failed);
        TagNames tagNames = read(loaded, config.meta().tags().data(), TagNames::read, TagNames.EMPTY, diags, failed);
        return new ReferenceData(bib, people, glossary, tagNames, synonyms(config.search().synonyms(), loaded, diags, failed), failed);
    }

    /** The search synonyms; a name in site.yml with no such data file is an error there. */
    private static Synonyms synonyms(SiteConfig.Search.Synonyms named, DataLoader.Loaded loaded, Diagnostics diags, Map<String, String> failed) {
        String name = named.data();
        if (!name.isEmpty() && !loaded.trees().containsKey(name) && !loaded.failed().containsKey(name)) {
            diags.error("site.yml", named.line(), named.col(), "search.synonyms names '" + name + "', but there is no content/" + ContentScanner.DATA_DIR + "/" + name + ".yml",
                    Hints.orElse(Hints.didYouMean(name, loaded.files().keySet()), "create the file, or remove 'synonyms' from search"));
            return Synonyms.NONE;
        }
        return read(loaded, name, Synonyms::read, Synonyms.NONE, diags, failed);
    }

    /** A data file that gave no tree: failed to load (already reported), or not written yet. */
    private static DataFile state(DataLoader.Loaded loaded, String name) {
        if (name.isEmpty()) return DataFile.NONE;
        String failedPath = loaded.failed().get(name);
        return failedPath != null ? DataFile.failed(failedPath)
                : DataFile.missing(loaded.files().getOrDefault(name, "content/" + ContentScanner.DATA_DIR + "/" + name + ".yml"));
    }

    interface Reader<T> {
        Checked<T> read(YNode root, String path);
    }

    /** Reads one data file; a file whose errors leave nothing usable is added to {@code failed}. */
    private static <T> T read(DataLoader.Loaded loaded, String name, Reader<T> reader, T empty, Diagnostics diags, Map<String, String> failed) {
        if (name.isEmpty()) return empty; // the feature is not configured in site.yml
        YNode root = loaded.trees().get(name);
        if (root == null) return empty;
        String path = loaded.files().get(name);
        Checked<T> read = reader.read(root, path);
        diags.addAll(read.problems());
        if (read.value() == empty && read.hasErrors()) failed.put(name, path);
        return read.value();
    }
}
