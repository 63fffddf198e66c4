package dev.resurface;

import dev.resurface.cite.Bibliography;
import dev.resurface.cite.People;
import dev.resurface.config.SiteConfig;
import dev.resurface.content.DataLoader;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.glossary.Glossary;
import dev.resurface.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/** The data files the trust features read entry by entry: bibliography, reviewers, glossary. */
record ReferenceData(Bibliography bibliography, People people, Glossary glossary) {

    static ReferenceData load(SiteConfig config, DataLoader.Loaded loaded, Diagnostics diags) {
        var t = config.trust();
        Bibliography bib = read(loaded, t.citations().data(), (root, path, problems) -> Bibliography.read(root, path, t.citations(), problems),
                Bibliography.EMPTY, diags);
        People people = read(loaded, t.review().people(), People::read, People.EMPTY, diags);
        Glossary glossary = read(loaded, t.glossary().data(),
                (root, path, problems) -> Glossary.read(root, path, config.language(), problems), Glossary.EMPTY, diags);
        return new ReferenceData(bib, people, glossary);
    }

    interface Reader<T> {
        T read(YNode root, String path, List<Diagnostic> problems);
    }

    private static <T> T read(DataLoader.Loaded loaded, String name, Reader<T> reader, T empty, Diagnostics diags) {
        if (name.isEmpty()) return empty; // the feature is not configured in site.yml
        YNode root = loaded.trees().get(name);
        if (root == null) return empty;
        List<Diagnostic> problems = new ArrayList<>();
        T value = reader.read(root, loaded.files().get(name), problems);
        diags.addAll(problems);
        return value;
    }
}
