package dev.resurface.render;

import dev.resurface.content.TextFiles;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.IoMessages;
import dev.resurface.theme.Theme;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The one FreeMarker configuration of a build: the site's {@code templates/} first, then its theme's
 * files, then the engine's built-in defaults (so a site overrides any of them by name, file by file). {@code .ftlh} templates
 * auto-escape HTML, {@code .ftlx} XML. Errors become diagnostics at {@code templates/<file>:line:col}.
 */
public final class TemplateEngine {
    public static final Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration cfg;
    private final Path templatesDir;
    private final Theme theme;
    private final String language;
    private final List<String> siteTemplates;
    private final List<String> links = new ArrayList<>();
    private final ReferenceHints referenceHints = new ReferenceHints();
    /** The templates loaded on this thread while {@link #recording} runs (null: not recording). */
    private final ThreadLocal<Set<String>> loaded = new ThreadLocal<>();
    /** Each thread's output buffer, between renders. */
    private final ThreadLocal<TextBuffer> buffers = new ThreadLocal<>();
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();

    /**
     * Every template a render uses is fetched here: the layout, each #include and #import (at run time,
     * so computed names too) and each shortcode. Noting what came back (by the file it was read from)
     * tells exactly which templates an output or a page's Markdown depends on.
     */
    private final class NotingConfiguration extends Configuration {
        NotingConfiguration() {
            super(VERSION);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding, boolean parseAsFTL,
                                    boolean ignoreMissing) throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            Set<String> into = loaded.get();
            if (into != null && t != null) into.add(t.getSourceName());
            return t;
        }
    }

    /**
     * FreeMarker refuses a template whose real path leaves templates/ by throwing SecurityException;
     * here it is simply not found, as symbolic links out of content/ are skipped.
     */
    private static final class SiteLoader extends FileTemplateLoader {
        SiteLoader(File dir) throws IOException {
            super(dir);
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return super.findTemplateSource(name);
            } catch (SecurityException outside) {
                return null;
            }
        }
    }

    /** With the plain built-in templates behind the site's own (the minimal theme). */
    public TemplateEngine(Path templatesDir, String language) throws IOException {
        this(templatesDir, Theme.MINIMAL, language);
    }

    public TemplateEngine(Path templatesDir, Theme theme, String language) throws IOException {
        this.templatesDir = templatesDir;
        this.theme = theme;
        this.language = language;
        cfg = new NotingConfiguration();
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(templatesDir)) loaders.add(new SiteLoader(templatesDir.toFile()));
        for (String folder : theme.templateFolders()) loaders.add(new ClassTemplateLoader(TemplateEngine.class, folder));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(referenceHints); // rethrows, as RETHROW_HANDLER, after noting a "did you mean"
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(Locale.forLanguageTag(language));
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setDateFormat("yyyy-MM-dd");
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setAttemptExceptionReporter((te, env) -> { });
        cfg.setTabSize(1); // error columns count characters, as an editor's do
        siteTemplates = listSiteTemplates(templatesDir, links);
    }

    /** Template names found in the site's templates/ folder (assets/ excluded), sorted. */
    public List<String> siteTemplates() { return siteTemplates; }

    public Theme theme() { return theme; }

    /** A new engine over the same folders, which reads every template afresh (serve, after a template edit). */
    public TemplateEngine reloaded() throws IOException {
        return new TemplateEngine(templatesDir, theme, language);
    }

    /** Whether {@code other} sees the same template files (and skips the same links) as this engine: none added, none gone. */
    public boolean sameFiles(TemplateEngine other) {
        return siteTemplates.equals(other.siteTemplates) && links.equals(other.links);
    }

    /**
     * Runs {@code work} on this thread, adding to {@code into} the name of every template it loads
     * (see {@link NotingConfiguration}); recordings nest.
     */
    public <T> T recording(Set<String> into, Supplier<T> work) {
        Set<String> outer = loaded.get();
        loaded.set(into);
        try {
            return work.get();
        } finally {
            if (outer == null) loaded.remove();
            else loaded.set(outer);
        }
    }

    /** Adds {@code names} to this thread's recording, if one runs: templates loaded once for work that is reused (a shortcode call's result). */
    public void noteLoaded(Collection<String> names) {
        Set<String> into = loaded.get();
        if (into != null) into.addAll(names);
    }

    /**
     * The template names an author chooses from (for "did you mean" and "available: …"): the site's own
     * and its theme's, sorted; the plain built-ins behind every theme are not offered.
     */
    public List<String> allTemplates() {
        TreeSet<String> names = new TreeSet<>(siteTemplates);
        if (theme != Theme.MINIMAL) for (String n : theme.ownFiles().keySet()) if (isTemplate(n) && !n.startsWith("assets/")) names.add(n);
        return List.copyOf(names);
    }

    private static boolean isTemplate(String name) {
        return name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl");
    }

    /** @param links receives the symbolic links that lead out of templates/, which are not used (see {@link SiteLoader}) */
    private static List<String> listSiteTemplates(Path dir, List<String> links) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        TreeSet<String> names = new TreeSet<>();
        Path real = dir.toRealPath();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("assets/")) return;
                if (Files.isSymbolicLink(p) && !inside(p, real)) links.add(rel);
                else if (Files.isRegularFile(p) && isTemplate(rel)) names.add(rel);
            });
        }
        Collections.sort(links);
        return List.copyOf(names);
    }

    private static boolean inside(Path link, Path realDir) {
        try {
            return link.toRealPath().startsWith(realDir);
        } catch (IOException loopOrDangling) {
            return false;
        }
    }

    /** Parses every site template, so syntax errors in any of them are reported at once. */
    public List<Diagnostic> checkSyntax() {
        List<Diagnostic> out = new ArrayList<>();
        for (String link : links) out.add(Diagnostic.warning("templates/" + link, 0, 0, "symbolic link skipped", "copy the file into templates/ instead"));
        out.addAll(checkSyntax(siteTemplates));
        return out;
    }

    /** Parses these site templates; the syntax errors found (and unreadable or non-text files). */
    public List<Diagnostic> checkSyntax(Collection<String> names) {
        List<Diagnostic> out = new ArrayList<>();
        for (String name : names) {
            String text = null;
            try {
                // FreeMarker would read other encodings as mojibake and copy NULs into every page
                text = TextFiles.readText(templatesDir.resolve(name));
                cfg.getTemplate(name);
            } catch (TextFiles.NotText e) {
                out.add(Diagnostic.error(pathOf(name), e.line(), e.col(), e.getMessage(), e.hint()));
            } catch (ParseException e) {
                out.add(syntaxError(e, name, text));
            } catch (IOException e) {
                out.add(Diagnostic.error(pathOf(name), 0, 0, "cannot read template: " + IoMessages.reason(e), ""));
            }
        }
        return out;
    }

    /** True when a template of this name exists in the site, its theme or among the built-in defaults. */
    public boolean exists(String name) {
        // asked for every page (its section's own layout?): a miss costs an exception, and templates never change under an engine
        return exists.computeIfAbsent(name, n -> {
            try {
                cfg.getTemplate(n);
                return true;
            } catch (TemplateNotFoundException e) {
                return false;
            } catch (IOException e) {
                return true; // exists but broken: reported by checkSyntax
            }
        });
    }

    /** Renders a template; a failure comes back as a diagnostic (never an exception). */
    public Result render(String name, Map<String, Object> model, ModelWrapper wrapper, String renderingWhat) {
        try {
            Template t = cfg.getTemplate(name);
            TextBuffer out = TextBuffer.take(buffers);
            t.process(model, out, wrapper);
            return new Result(Optional.of(out.done(buffers)), Optional.empty());
        } catch (TemplateException e) {
            return new Result(Optional.empty(), Optional.of(toDiagnostic(e, renderingWhat)));
        } catch (ParseException e) {
            return new Result(Optional.empty(), Optional.of(syntaxError(e, name, siteText(name))));
        } catch (IOException e) {
            return new Result(Optional.empty(), Optional.of(Diagnostic.error(pathOf(name), 0, 0, "cannot read template: " + IoMessages.reason(e), "")));
        }
    }

    public record Result(Optional<String> text, Optional<Diagnostic> problem) {}

    /** The parsed template, or empty when it does not exist or does not parse (reported elsewhere). */
    Optional<Template> template(String name) {
        try {
            return Optional.of(cfg.getTemplate(name));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A template made from text (not a file), using this configuration: for generated calls such as shortcodes. */
    Template inline(String name, String text) throws IOException {
        return new Template(name, text, cfg);
    }

    /** A syntax error in plain words (see {@link TemplateSyntax}), at templates/name:line:col. */
    private Diagnostic syntaxError(ParseException e, String name, String text) {
        String template = e.getTemplateName() != null ? e.getTemplateName() : name;
        TemplateSyntax.Explained x = TemplateSyntax.explain(e, template.equals(name) ? text : siteText(template));
        return Diagnostic.error(pathOf(template), x.line(), x.col(), x.message(), x.hint());
    }

    /** The text of a site template, or null (a theme's or built-in one, or unreadable: the message then goes without it). */
    private String siteText(String name) {
        try {
            Path p = templatesDir.resolve(name);
            return Files.isRegularFile(p) ? TextFiles.readText(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    Diagnostic toDiagnostic(TemplateException e, String renderingWhat) {
        String source = e.getTemplateSourceName();
        String path = source == null ? "templates" : pathOf(source);
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String while_ = renderingWhat.isEmpty() ? "" : "while rendering " + renderingWhat;
        Optional<String> missing = missingTemplate(e);
        if (missing.isPresent()) {
            // reported at the missing template, the same for every importer: once, not once per page or per importing template
            return Diagnostic.error("templates/" + missing.get(), 0, 0, "template '" + missing.get() + "' does not exist",
                    "add templates/" + missing.get() + ", or fix the name where " + path + (line > 0 ? ":" + line : "") + " imports or includes it"
                            + (while_.isEmpty() ? "" : "; " + while_));
        }
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            String expr = e.getBlamedExpressionString();
            Optional<String> meant = didYouMean(e);
            if (meant.isPresent()) return Diagnostic.error(path, line, col, "'" + expr + "' is undefined: did you mean '" + meant.get() + "'?", while_);
            return Diagnostic.error(path, line, col, "'" + expr + "' is undefined",
                    "check the spelling; for an optional value write ${" + expr + "!} or <#if " + expr + "??>"
                            + (while_.isEmpty() ? "" : "; " + while_));
        }
        String msg = firstLine(e.getMessageWithoutStackTop());
        return Diagnostic.error(path, line, col, "template error: " + msg, while_);
    }

    /** For an undefined name: the name the model has that the author probably meant (see {@link ReferenceHints}). */
    Optional<String> didYouMean(TemplateException e) {
        return referenceHints.take(e);
    }

    /** The template an #import or #include names that does not exist, if that is what failed. */
    private static Optional<String> missingTemplate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateNotFoundException nf) return Optional.of(nf.getTemplateName());
        }
        return Optional.empty();
    }

    /** templates/name for the site's own templates; the theme's and built-in ones are named as such. */
    String pathOf(String templateName) {
        return Files.isRegularFile(templatesDir.resolve(templateName)) ? "templates/" + templateName : theme.label(templateName);
    }

    static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
