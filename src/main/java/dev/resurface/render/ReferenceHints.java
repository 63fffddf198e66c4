package dev.resurface.render;

import dev.resurface.diag.Hints;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * "Did you mean" for an undefined name in a template ({@code page.titel}, {@code pgae.title}), from the
 * names the model really has. It must look while the template is still running: only then are loop
 * variables and macro parameters known. So it is FreeMarker's exception handler: it notes a suggestion
 * for the exception, then rethrows it as the default handler would.
 */
final class ReferenceHints implements TemplateExceptionHandler {
    private static final Pattern PATH = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");

    /** By exception (identity); weak, so an exception nobody asks about is simply forgotten. */
    private final Map<TemplateException, String> suggestions = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void handleTemplateException(TemplateException te, Environment env, Writer out) throws TemplateException {
        if (te instanceof InvalidReferenceException && te.getBlamedExpressionString() != null && !suggestions.containsKey(te)) {
            suggest(te.getBlamedExpressionString(), env).ifPresent(s -> suggestions.put(te, s));
        }
        throw te;
    }

    /** The expression the author probably meant, e.g. {@code page.title}, if one was found for this exception. */
    Optional<String> take(TemplateException te) {
        return Optional.ofNullable(suggestions.remove(te));
    }

    /** @param expr the undefined expression as written: the last name in it is the one that is missing */
    static Optional<String> suggest(String expr, Environment env) {
        if (!PATH.matcher(expr).matches()) return Optional.empty(); // a[0], a?b, f(x): nothing simple to compare
        try {
            String[] names = expr.split("\\.");
            if (names.length == 1) return closest(expr, known(env));
            TemplateModel parent = env.getVariable(names[0]);
            for (int i = 1; i < names.length - 1 && parent instanceof TemplateHashModel h; i++) parent = h.get(names[i]);
            if (!(parent instanceof TemplateHashModelEx hash)) return Optional.empty();
            String prefix = expr.substring(0, expr.lastIndexOf('.') + 1);
            return closest(names[names.length - 1], keys(hash)).map(k -> prefix + k);
        } catch (TemplateException | RuntimeException e) {
            return Optional.empty(); // a suggestion is a nicety: never a second error
        }
    }

    /** As {@link Hints#closest}, but two swapped letters ({@code titel}) beat any other two-letter slip ({@code site}). */
    static Optional<String> closest(String word, Collection<String> candidates) {
        for (String c : new TreeSet<>(candidates)) if (swapped(word, c)) return Optional.of(c);
        return Hints.closest(word, candidates);
    }

    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (first >= 0) return i == first + 1 && a.charAt(i) == b.charAt(first) && a.charAt(first) == b.charAt(i) && a.substring(i + 1).equals(b.substring(i + 1));
            first = i;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> known(Environment env) throws TemplateException {
        return (Set<String>) env.getKnownVariableNames();
    }

    private static List<String> keys(TemplateHashModelEx hash) throws TemplateException {
        List<String> out = new ArrayList<>();
        for (TemplateModelIterator it = hash.keys().iterator(); it.hasNext(); ) {
            if (it.next() instanceof TemplateScalarModel s) out.add(s.getAsString());
        }
        return out;
    }
}
