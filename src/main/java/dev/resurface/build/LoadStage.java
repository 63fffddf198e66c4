package dev.resurface.build;

import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.ContentScanner;
import dev.resurface.content.DataLoader;
import dev.resurface.content.TextFiles;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import dev.resurface.output.OutputGuard;
import dev.resurface.snippet.Snippets;
import dev.resurface.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The first stage: site.yml, the content folder's files, the data files and snippets. Empty when nothing can be built. */
final class LoadStage {
    private LoadStage() {}

    static Optional<Inputs> load(Run run) throws IOException {
        Path siteDir = run.opts.site();
        Diagnostics diags = run.diags;
        Optional<SiteConfig> loaded = config(siteDir, run.opts.baseUrl(), diags);
        if (loaded.isEmpty()) {
            notChecked(siteDir, diags);
            return Optional.empty();
        }
        SiteConfig config = loaded.get();
        if (run.opts.write() && run.target == null) {
            Optional<String> refusal = OutputGuard.check(siteDir, run.opts.output());
            if (refusal.isPresent()) {
                diags.error("--output", 0, 0, refusal.get(), "choose a new or empty folder, e.g. the default site-output/");
                return Optional.empty();
            }
        }
        ContentScanner.Result scan = ContentScanner.scan(siteDir.resolve("content"), diags);
        DataLoader.Loaded data = DataLoader.loadAll(scan.data(), diags);
        ReferenceData refs = ReferenceData.load(config, data, diags);
        Snippets snippets = Snippets.load(scan.snippets(), diags);
        return Optional.of(new Inputs(config, scan, data.data(), refs, snippets, Theme.forSite(config.theme(), siteDir)));
    }

    private static Optional<SiteConfig> config(Path siteDir, Optional<String> baseUrl, Diagnostics diags) throws IOException {
        Path yml = siteDir.resolve(SiteConfigLoader.FILE);
        if (!Files.isRegularFile(yml)) {
            diags.error(SiteConfigLoader.FILE, 0, 0, "no site.yml in " + siteDir.toAbsolutePath().normalize(),
                    "run resurface in the site folder, or pass --site DIR");
            return Optional.empty();
        }
        String text;
        try {
            text = TextFiles.readText(yml);
        } catch (TextFiles.NotText e) {
            diags.error(SiteConfigLoader.FILE, e.line(), e.col(), e.getMessage(), e.hint());
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        SiteConfigLoader.Result r = SiteConfigLoader.load(text, baseUrl);
        diags.addAll(r.problems());
        return r.config();
    }

    /** Without a usable site.yml no page can be checked: one follow-on per page, counted in site.yml's note. */
    private static void notChecked(Path siteDir, Diagnostics diags) throws IOException {
        if (!Files.isRegularFile(siteDir.resolve(SiteConfigLoader.FILE)) || !Files.isDirectory(siteDir.resolve("content"))) return;
        for (ContentScanner.Entry e : ContentScanner.scan(siteDir.resolve("content"), new Diagnostics()).markdown()) {
            diags.add(Diagnostic.followOn(SiteConfigLoader.FILE, "page", "content/" + e.relPath(), 0, 0, "not checked"));
        }
    }
}
