package dev.resurface.snippet;

import dev.resurface.content.SourceFile;
import dev.resurface.content.SourceMap;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Hints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands one page body: each line that is a snippet call ({@code {{< snippet "name" >}}}, alone on
 * its line, outside fenced code) is replaced by the snippet's Markdown, itself expanded, with the
 * call's indentation in front of each line (so a call inside a list item stays in the item). Every
 * character is mapped back to the file it was written in ({@link SourceMap}).
 */
final class Expander {
    /** Snippets inside snippets inside …: deeper than this is surely a mistake. */
    static final int MAX_DEPTH = 16;
    /** Characters snippets may add to one page (a snippet included many times over through others). */
    static final int MAX_ADDED = 4_000_000;

    private static final Pattern CALL = Pattern.compile("([ \\t]*)\\{\\{<\\s*snippet\\s+(?:\"([^\"\\n]*)\"|'([^'\\n]*)')\\s*/?>\\}\\}[ \\t]*");
    /** Something meant as a snippet call that is not one: reported, so it never silently vanishes. */
    private static final Pattern LOOKS_LIKE_CALL = Pattern.compile("[ \\t]*\\{\\{<\\s*snippet(?:\\s.*|>.*)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final Pattern FENCE = Pattern.compile("[ \\t]*(`{3,}|~{3,}).*");
    static final String SYNTAX_HINT = "write {{< snippet \"name\" >}} on a line of its own, for content/_snippets/name.md";

    private final Snippets snippets;
    private final SourceFile page;
    private final int bodyOffset;
    private final SourceMap.Builder out;
    private final List<Diagnostic> problems = new ArrayList<>();
    private int added;
    private boolean tooBig;

    Expander(Snippets snippets, SourceFile page, int bodyOffset) {
        this.snippets = snippets;
        this.page = page;
        this.bodyOffset = bodyOffset;
        this.out = new SourceMap.Builder(SourceMap.origin(page), bodyOffset);
    }

    Snippets.Expanded run() {
        expand(SourceMap.origin(page), page.text(), bodyOffset, "", new ArrayList<>());
        return new Snippets.Expanded(out.text(), out.map(), problems);
    }

    /** Copies {@code text} from {@code from} to its end, line by line, with {@code indent} before each line and calls expanded. */
    private void expand(SourceMap.Origin origin, String text, int from, String indent, List<String> stack) {
        char fence = 0;
        int fenceLength = 0;
        int pos = from;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? end : nl + 1;
            String line = text.substring(pos, end);
            Matcher f = line.contains("``") || line.contains("~~") ? FENCE.matcher(line) : null; // the regex only where a fence can be
            if (f != null && f.matches()) {
                String run = f.group(1);
                if (fence == 0) {
                    fence = run.charAt(0);
                    fenceLength = run.length();
                } else if (run.charAt(0) == fence && run.length() >= fenceLength && line.strip().length() == run.length()) {
                    fence = 0;
                }
            } else if (fence == 0 && line.contains("{{<")) {
                Matcher m = CALL.matcher(line);
                if (m.matches()) {
                    String name = m.group(2) != null ? m.group(2) : m.group(3);
                    int before = out.length();
                    call(origin, pos + m.group(1).length(), name, indent + m.group(1), stack);
                    // the snippet's last line ends the call's line; an empty or failed call leaves an empty line
                    if (next > end && (out.length() == before || !out.endsWithNewline())) out.append(origin, end, "\n");
                    pos = next;
                    continue;
                }
                if (LOOKS_LIKE_CALL.matcher(line).matches()) {
                    int at = pos + line.indexOf("{{<");
                    problems.add(where(origin, at).error("cannot read this snippet call", SYNTAX_HINT));
                    if (next > end) out.append(origin, end, "\n");
                    pos = next;
                    continue;
                }
            }
            copyLine(origin, pos, next, text, indent);
            pos = next;
        }
    }

    private void copyLine(SourceMap.Origin origin, int from, int to, String text, String indent) {
        if (!indent.isEmpty() && to > from && text.charAt(from) != '\n') out.append(origin, from, indent);
        out.append(origin, from, text.subSequence(from, to));
    }

    /** Includes one snippet at a call, or reports why it cannot. */
    private void call(SourceMap.Origin origin, int at, String name, String indent, List<String> stack) {
        if (!NAME.matcher(name).matches()) {
            problems.add(where(origin, at).error("'" + name + "' is not a snippet name",
                    "name a file under content/_snippets/ without '.md', e.g. {{< snippet \"isotretinoin\" >}}"));
            return;
        }
        out.read(name, snippets.fingerprint(name));
        Optional<Snippet> found = snippets.get(name);
        if (found.isEmpty()) {
            String hint = Hints.didYouMean(name, snippets.names());
            problems.add(where(origin, at).error("unknown snippet '" + name + "' (no content/" + Snippets.DIR + "/" + name + ".md)",
                    !hint.isEmpty() ? hint : snippets.names().isEmpty() ? "create content/" + Snippets.DIR + "/" + name + ".md"
                            : "available: " + String.join(", ", snippets.names())));
            return;
        }
        if (stack.contains(name)) {
            List<String> loop = new ArrayList<>(stack.subList(stack.indexOf(name), stack.size()));
            loop.add(name);
            problems.add(where(origin, at).error("snippet '" + name + "' includes itself: " + String.join(" → ", loop),
                    "a snippet cannot include itself, directly or through another snippet"));
            return;
        }
        if (stack.size() >= MAX_DEPTH) {
            problems.add(where(origin, at).error("snippets are nested more than " + MAX_DEPTH + " deep here", "include the snippets one after another instead"));
            return;
        }
        Snippet s = found.get();
        int length = s.file().text().length() - s.bodyOffset();
        if (tooBig || (added += length) > MAX_ADDED) {
            if (!tooBig) problems.add(where(origin, at).error("snippets add more than " + MAX_ADDED + " characters to this page",
                    "a snippet is probably included many times over through other snippets"));
            tooBig = true;
            return;
        }
        SourceMap.Where from = where(origin, at);
        String via = "included from " + from.path() + ":" + from.line() + ":" + from.col() + (origin.via().isEmpty() ? "" : ", itself " + origin.via());
        SourceMap.Origin inner = new SourceMap.Origin(s.path(), s.file().dir(), s.file().lines(), via);
        List<String> deeper = new ArrayList<>(stack);
        deeper.add(name);
        expand(inner, s.file().text(), s.bodyOffset(), indent, deeper);
    }

    private static SourceMap.Where where(SourceMap.Origin origin, int fileOffset) {
        return new SourceMap.Where(origin.path(), origin.lines().line(fileOffset), origin.lines().col(fileOffset), origin.via());
    }
}
