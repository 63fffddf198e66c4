package dev.resurface.cli;

import dev.resurface.config.SiteConfigLoader;
import dev.resurface.diag.Diagnostic;
import dev.resurface.util.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resurface init DIR}: a new site that builds at once, with the health theme, a commented
 * site.yml, a home, about and search page, a publishing workflow and, unless {@code --minimal}, a small
 * example section whose three example pages are drafts. The files are in {@code dev/resurface/init/}.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Create a new site in DIR (a new or empty folder): site.yml, content/ and a publishing workflow.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the site was created", "1:DIR is not empty, or could not be written (nothing was written)", "2:usage error"})
public final class InitCommand implements Callable<Integer> {
    private static final String FILES = "/dev/resurface/init/";
    /** Every site: resource name → where it goes in the new site. */
    private static final Map<String, String> COMMON = ordered(
            "site.yml", "site.yml",
            "gitignore", ".gitignore",
            "publish.yml", ".github/workflows/publish.yml",
            "content/_index.md", "content/_index.md",
            "content/about.md", "content/about.md",
            "content/search.md", "content/search.md");
    /** The example section (left out by --minimal). */
    private static final Map<String, String> EXAMPLES = ordered(
            "content/_data/sources.yml", "content/_data/sources.yml",
            "content/_data/glossary.yml", "content/_data/glossary.yml",
            "content/_snippets/sunscreen-alone.md", "content/_snippets/sunscreen-alone.md",
            "content/sun-safety/_index.md", "content/sun-safety/_index.md",
            "content/sun-safety/sunscreen.md", "content/sun-safety/sunscreen.md",
            "content/sun-safety/staying-safe-in-the-sun.md", "content/sun-safety/staying-safe-in-the-sun.md",
            "content/sun-safety/sunscreen-labels.md", "content/sun-safety/sunscreen-labels.md",
            "content/sun-safety/img/sunscreen-label.svg", "content/sun-safety/img/sunscreen-label.svg");
    /** With --minimal: the data files, empty, with an example entry in their comments. */
    private static final Map<String, String> EMPTY_DATA = ordered(
            "content/_data/sources.yml.minimal", "content/_data/sources.yml",
            "content/_data/glossary.yml.minimal", "content/_data/glossary.yml");

    @Parameters(paramLabel = "DIR", description = "The folder for the new site: it must be new or empty.")
    Path dir;

    @Option(names = "--title", description = "The site's name (default: from the folder's name).")
    String title;

    @Option(names = "--base-url", paramLabel = "URL", description = "The address the site will be published at (default: https://example.org/, to change before publishing).")
    String baseUrl = "https://example.org/";

    @Option(names = "--minimal", description = "Leave out the example pages, sources and glossary entry.")
    boolean minimal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            err.println(Diagnostic.error(dir.toString(), 0, 0, (Files.isDirectory(target) ? "the folder is not empty" : "this is a file, not a folder") + "; nothing was written",
                    "choose a new folder (resurface init my-site), or empty this one first; to add the example pages to a site you have, make a new one and copy them across").format());
            return 1;
        }
        String name = title != null ? title : Names.humanize(target.getFileName() == null ? "" : target.getFileName().toString(), "My health website");
        Map<String, String> values = Map.of(
                "@TITLE@", name,
                "@TITLE_YAML@", NewCommand.quote(name),
                "@BASE_URL@", baseUrl,
                "@PUBLISHER@", name,
                "@TODAY@", LocalDate.now().toString(),
                "@EXAMPLE_MENU@", minimal ? "" : "    - {name: Sun safety, page: sun-safety/_index.md, weight: 2}\n",
                "@EXAMPLE_ENTRY@", minimal ? "" : "    - {page: sun-safety/_index.md, text: \"How to protect your skin from the sun, and how to choose sunscreen.\"}\n",
                "@EXAMPLE_FOOTER@", minimal ? "" : "    - {name: Sources, url: /sources/, weight: 3}\n    - {name: Glossary, url: /glossary/, weight: 4}\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> plan = new LinkedHashMap<>(COMMON);
        plan.putAll(minimal ? EMPTY_DATA : EXAMPLES);
        for (Map.Entry<String, String> f : plan.entrySet()) files.put(f.getValue(), fill(f.getKey(), values));
        Optional<String> bad = checkConfig(new String(files.get(SiteConfigLoader.FILE), StandardCharsets.UTF_8));
        if (bad.isPresent()) throw new CommandLine.ParameterException(spec.commandLine(), bad.get());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = target.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue(), StandardOpenOption.CREATE_NEW);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("created " + dir + " (" + files.size() + " files)" + (minimal ? "" : "; the example pages in content/sun-safety/ are drafts"));
        out.println("next:");
        out.println("  resurface serve --site " + dir + (minimal ? "" : " --drafts") + "   preview it at http://127.0.0.1:4000/ while you write");
        out.println("  resurface build --site " + dir + " --strict   build it into " + dir + "/site-output/");
        return 0;
    }

    /** The --title and --base-url as site.yml will read them: a bad base URL is a usage error before anything is written. */
    private static Optional<String> checkConfig(String siteYml) {
        SiteConfigLoader.Result r = SiteConfigLoader.load(siteYml, Optional.empty());
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : r.problems()) if (d.isError()) errors.add(d.message() + (d.hint().isEmpty() ? "" : " (" + d.hint() + ")"));
        return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
    }

    /** A resource with its placeholders filled in; site.yml gets its text values as quoted YAML strings. */
    private static byte[] fill(String resource, Map<String, String> values) throws IOException {
        byte[] raw = read(resource);
        if (resource.endsWith(".svg")) return raw;
        String text = new String(raw, StandardCharsets.UTF_8);
        boolean yaml = resource.equals(SiteConfigLoader.FILE);
        for (Map.Entry<String, String> v : values.entrySet()) {
            boolean quoted = yaml && (v.getKey().equals("@TITLE@") || v.getKey().equals("@PUBLISHER@") || v.getKey().equals("@BASE_URL@"));
            String value = quoted ? NewCommand.quote(v.getValue()) : v.getKey().equals("@PUBLISHER@") ? markdownText(v.getValue()) : v.getValue();
            text = text.replace(v.getKey(), value);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text placed in Markdown as written: characters that would start markup are escaped. */
    static String markdownText(String s) {
        return s.replaceAll("([\\\\`*_{}\\[\\]<>#|!])", "\\\\$1");
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(FILES + resource)) {
            if (in == null) throw new IOException("missing from the engine: " + FILES + resource);
            return in.readAllBytes();
        }
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p)) return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
