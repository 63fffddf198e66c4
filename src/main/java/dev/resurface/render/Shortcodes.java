package dev.resurface.render;

import dev.resurface.diag.Hints;
import dev.resurface.diag.Problem;
import dev.resurface.markdown.Shortcode;
import freemarker.core.InvalidReferenceException;
import freemarker.core.Macro;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shortcodes: {@code {{< name a="1" >}}} in Markdown calls the macro {@code shortcode} defined in
 * {@code templates/shortcodes/<name>.ftlh}, with the arguments as the macro's parameters. The macro's
 * signature is the contract: an argument it does not declare, or a required one left out, is an error
 * at the call. The macro sees {@code data} (the site's data files) and {@code site}, the same model
 * templates see, with the keys known before pages exist ({@link SiteModel#SHORTCODE_KEYS}); values look
 * as they do to templates. Its output is HTML-escaped like any {@code .ftlh} template.
 */
public final class Shortcodes {
    static final String DIR = "shortcodes/";

    private final TemplateEngine templates;
    private final Map<String, Object> globals;
    private final ObjectWrapper wrapper;
    private final Map<String, Template> calls = new ConcurrentHashMap<>();

    /** @param site what every shortcode sees as {@code site} (see {@link SiteModel#forShortcodes}); its data also as {@code data} */
    public Shortcodes(TemplateEngine templates, SiteModel site) {
        this.templates = templates;
        Map<String, Object> g = new LinkedHashMap<>(); // a fixed order: a shortcode listing its model gets the same output every run
        g.put("data", site.data());
        g.put("site", site);
        this.globals = Collections.unmodifiableMap(g);
        this.wrapper = site.wrapper();
    }

    private Shortcodes(TemplateEngine templates, Map<String, Object> globals, ObjectWrapper wrapper) {
        this.templates = templates;
        this.globals = globals;
        this.wrapper = wrapper;
    }

    /** The same shortcodes, read through another engine (serve, after a template edit). */
    public Shortcodes with(TemplateEngine other) {
        return new Shortcodes(other, globals, wrapper);
    }

    /** The engine the shortcode templates are read through. */
    public TemplateEngine templates() {
        return templates;
    }

    /** A problem with a call found before rendering (unknown name or argument), or empty. */
    public Optional<Problem> check(Shortcode sc) {
        if (!sc.problem().isEmpty()) {
            return Optional.of(new Problem(sc.problem(), sc.name().equals("snippet")
                    ? "put {{< snippet \"name\" >}} on a line of its own, with an empty line before and after it"
                    : "e.g. {{< comparison-table data=\"treatments\" >}}"));
        }
        String file = DIR + sc.name() + ".ftlh";
        Optional<Template> t = templates.template(file);
        if (t.isEmpty()) {
            List<String> names = templates.allTemplates().stream().filter(n -> n.startsWith(DIR) && n.endsWith(".ftlh"))
                    .map(n -> n.substring(DIR.length(), n.length() - 5)).toList();
            String hint = Hints.didYouMean(sc.name(), names);
            return Optional.of(new Problem("unknown shortcode '" + sc.name() + "' (no templates/" + file + ")",
                    !hint.isEmpty() ? hint : names.isEmpty() ? "add templates/" + file + " defining <#macro shortcode …>" : "available: " + String.join(", ", names)));
        }
        Object m = t.get().getMacros().get("shortcode");
        if (!(m instanceof Macro macro)) {
            return Optional.of(new Problem("templates/" + file + " does not define <#macro shortcode …>",
                    "the shortcode's parameters are that macro's parameters"));
        }
        if (macro.getCatchAll() == null) {
            List<String> declared = Arrays.asList(macro.getArgumentNames());
            for (String arg : sc.args().keySet()) {
                if (!declared.contains(arg)) {
                    String hint = Hints.didYouMean(arg, declared);
                    return Optional.of(new Problem("shortcode '" + sc.name() + "' has no argument '" + arg + "'",
                            !hint.isEmpty() ? hint : declared.isEmpty() ? "it takes no arguments" : "its arguments: " + String.join(", ", declared)));
                }
            }
        }
        return Optional.empty();
    }

    /** Renders a call that passed {@link #check}; a failure comes back as a {@link Problem}. */
    public Result render(Shortcode sc) {
        try {
            Template call = calls.computeIfAbsent(sc.name(), name -> {
                try {
                    return templates.inline("shortcode " + name,
                            "<#import \"/" + DIR + name + ".ftlh\" as sc><@sc.shortcode?with_args(args)/>");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Map<String, Object> model = new LinkedHashMap<>(globals);
            model.put("args", sc.args());
            StringWriter out = new StringWriter();
            FailedData.reset();
            call.process(model, out, wrapper);
            return Result.html(out.toString());
        } catch (TemplateException e) {
            Optional<String> failedData = FailedData.used();
            if (failedData.isPresent()) return new Result("", Optional.of(Problem.of("shortcode '" + sc.name() + "' failed")), failedData);
            String where = e.getTemplateSourceName() != null && !e.getTemplateSourceName().startsWith("shortcode ")
                    ? "at " + templates.pathOf(e.getTemplateSourceName()) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() : "";
            String msg = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                    ? "'" + e.getBlamedExpressionString() + "' is undefined" + templates.didYouMean(e).map(m -> ": did you mean '" + m + "'?").orElse("")
                    : TemplateEngine.firstLine(e.getMessageWithoutStackTop());
            return Result.failed(new Problem("shortcode '" + sc.name() + "' failed: " + msg,
                    where.isEmpty() ? "check the arguments against the macro's parameters" : "the error is " + where));
        } catch (IOException | UncheckedIOException e) {
            return Result.failed(Problem.of("shortcode '" + sc.name() + "' could not be read: " + e.getMessage()));
        }
    }

    /**
     * Either the HTML or a problem.
     *
     * @param failedData when the shortcode failed after using a data file that failed to load: that file
     *                   (the problem then only follows from the file's own error)
     */
    public record Result(String html, Optional<Problem> problem, Optional<String> failedData) {
        static Result html(String html) {
            return new Result(html, Optional.empty(), Optional.empty());
        }

        static Result failed(Problem p) {
            return new Result("", Optional.of(p), Optional.empty());
        }
    }
}
