package dev.resurface.cli;

import dev.resurface.config.FieldSpec;
import dev.resurface.config.FrontMatterFields;
import dev.resurface.config.SchemaRule;
import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.TextFiles;
import dev.resurface.config.SchemaRule;
import dev.resurface.diag.Diagnostic;
import dev.resurface.links.Urls;
import dev.resurface.theme.Theme;
import dev.resurface.util.Names;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resurface new PATH}: a new draft page with the front matter its section and type need, dated today. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Create a draft page under content/ with the front matter the site's schema requires. Never overwrites.")
public final class NewCommand implements Callable<Integer> {
    /** Page kinds with a body skeleton (an archetype); the anatomy of a treatment page follows the site plan. */
    enum Type { treatment, guide, reference }

    @Parameters(paramLabel = "PATH", description = "Path under content/, e.g. types/erbium-yag.md")
    String path;

    @Option(names = "--title", description = "The page title (default: from the file name).")
    String title;

    @Option(names = "--type", description = "treatment, guide or reference: adds a matching outline (and 'type:' if the schema declares it).")
    Type type;

    @Mixin
    SharedOptions.Site site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String rel = path.replace('\\', '/');
        if (rel.startsWith("content/")) rel = rel.substring("content/".length());
        if (!rel.endsWith(".md")) rel = rel + ".md";
        Optional<String> clean = Urls.resolve("", rel);
        if (clean.isEmpty() || clean.get().isEmpty() || !clean.get().matches("([\\p{L}\\p{N}._-]+/)*[\\p{L}\\p{N}._-]+\\.md")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "PATH must be a .md file under content/ using letters, digits, '-', '_' and '.': " + path);
        }
        Path siteDir = site.dir();
        Path file = siteDir.resolve("content").resolve(clean.get());
        Optional<SiteConfig> loaded = site.loadConfig(spec.commandLine().getErr());
        if (loaded.isEmpty()) return 1;
        SiteConfig config = loaded.get();
        String name = clean.get().substring(clean.get().lastIndexOf('/') + 1, clean.get().length() - 3);
        boolean index = name.equals("_index") || name.equals("index");
        String section = clean.get().contains("/") ? clean.get().substring(0, clean.get().lastIndexOf('/')) : "";
        String kind = !index ? "page" : section.isEmpty() ? "home" : "section";
        String text = frontMatter(config, kind, section, name) + body(config, siteDir);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println(Diagnostic.error("content/" + clean.get(), 0, 0, "already exists; nothing was written", "choose another name").format());
            return 1;
        }
        spec.commandLine().getOut().println("created content/" + clean.get());
        return 0;
    }

    /**
     * A draft's front matter: every field the schema requires of such a page, with a value where a
     * placeholder is honest (a date of creation, an empty list) and left empty where only the author
     * can fill it in (description, review dates). The build lists what is still missing as warnings
     * until 'draft: true' is removed; then they are errors.
     */
    private String frontMatter(SiteConfig config, String kind, String section, String name) {
        String today = LocalDate.now().toString();
        StringBuilder sb = new StringBuilder("---\n");
        String t = title != null ? title : Names.humanize(name.equals("_index") || name.equals("index") ? lastSegment(section) : name, "Untitled");
        sb.append("title: ").append(quote(t)).append('\n');
        sb.append("description:   # one or two plain sentences, shown in search results\n");
        sb.append("date: ").append(today).append('\n');
        sb.append("draft: true   # remove this line to publish the page\n");
        Set<String> fields = new LinkedHashSet<>();
        if (type != null && config.schema().fields().containsKey("type")) fields.add("type");
        for (SchemaRule rule : config.schema().rules()) {
            Map<String, Object> given = type == null ? Map.of() : Map.of("type", type.name());
            if (FrontMatterParser.matches(rule, kind, section, given, Map.of())) fields.addAll(rule.required());
        }
        for (String f : fields) {
            if (f.equals("title") || f.equals("description") || f.equals("date") || f.equals("draft")) continue;
            if (f.equals("type")) {
                sb.append("type: ").append(type.name()).append('\n');
                continue;
            }
            FieldSpec spec = config.schema().fields().getOrDefault(f, FrontMatterFields.ENGINE.get(f));
            sb.append(f).append(':').append(placeholder(f, spec)).append('\n');
        }
        return sb.append("---\n").toString();
    }

    /** What follows "field:" for a required field: a value that is true of a new page, or nothing and a comment. */
    private static String placeholder(String field, FieldSpec spec) {
        if (spec == null) return "";
        String atLeast = spec.minItems().filter(n -> n > 0).map(n -> "   # at least " + n + " before publishing").orElse("");
        return switch (spec.type()) {
            case "date" -> field.equals("lastReviewed")
                    ? "   # YYYY-MM-DD, the day the page was checked against its sources (not before)" : "   # YYYY-MM-DD";
            case "list" -> " []" + atLeast;
            case "int", "number" -> " 0";
            case "bool" -> " false";
            case "map" -> " {}";
            default -> spec.values().isEmpty() ? "" : " " + spec.values().get(0);
        };
    }

    /**
     * The page's body: the archetype for its type ({@code archetypes/treatment.md}, or
     * {@code archetypes/default.md} without a type), from the site's templates/ if it has one, else from its theme.
     */
    private String body(SiteConfig config, Path siteDir) throws IOException {
        String name = "archetypes/" + (type == null ? "default" : type.name()) + ".md";
        Path file = Theme.forSite(config.theme(), siteDir).resolve(siteDir.resolve("templates"), name)
                .orElseThrow(() -> new IOException("missing from the engine: " + name));
        return "\n" + Files.readString(file);
    }

    private static String lastSegment(String s) {
        return s.substring(s.lastIndexOf('/') + 1);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
