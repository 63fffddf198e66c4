package dev.resurface.render;

import dev.resurface.content.LineIndex;
import dev.resurface.diag.Hints;
import freemarker.core.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FreeMarker syntax error in one plain sentence with the likely fix. FreeMarker's own message is a
 * parser's ("Encountered "/", but was expecting one of these patterns: …"); the common mistakes are
 * recognised here from that message, the tokens it expected and the template's text, and anything
 * else gets a generic sentence that still names what was found and what could come there.
 */
final class TemplateSyntax {
    private TemplateSyntax() {}

    /** Where to report and what to say. */
    record Explained(int line, int col, String message, String hint) {}

    /** Every FreeMarker directive name, for "did you mean" on an unknown one. */
    static final List<String> DIRECTIVES = List.of("assign", "attempt", "autoesc", "break", "case", "compress", "continue",
            "default", "else", "elseif", "escape", "fallback", "flush", "ftl", "function", "global", "if", "import", "include",
            "items", "list", "local", "lt", "macro", "nested", "noautoesc", "noescape", "noparse", "nt", "on", "outputformat",
            "recover", "recurse", "return", "rt", "sep", "setting", "stop", "switch", "t", "visit");

    /** How a directive is written, for "the tag is malformed". */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("if", "<#if page.draft>…</#if>"), Map.entry("elseif", "<#elseif page.draft>"),
            Map.entry("list", "<#list site.pages as p>…</#list>"), Map.entry("items", "<#items as p>"),
            Map.entry("include", "<#include \"partials/nav.ftlh\">"), Map.entry("import", "<#import \"macros.ftlh\" as m>"),
            Map.entry("assign", "<#assign name = value>"), Map.entry("global", "<#global name = value>"),
            Map.entry("local", "<#local name = value>"), Map.entry("macro", "<#macro card title>…</#macro>"),
            Map.entry("function", "<#function name arg>…</#function>"), Map.entry("switch", "<#switch value><#case 1>…</#switch>"),
            Map.entry("case", "<#case \"value\">"), Map.entry("return", "<#return value>"), Map.entry("setting", "<#setting locale=\"en\">"));

    /** Where a misplaced directive belongs. */
    private static final Map<String, String> BELONGS = Map.of(
            "else", "'<#else>' belongs inside <#if>…</#if> (once, after any <#elseif>) or <#list>…</#list>",
            "elseif", "'<#elseif …>' belongs inside <#if>…</#if>, before its <#else>",
            "items", "'<#items as x>' belongs directly inside <#list xs>…</#list>",
            "sep", "'<#sep>' belongs inside <#list>…</#list> or <#items>",
            "recover", "'<#recover>' belongs inside <#attempt>…</#attempt>",
            "case", "'<#case …>' belongs inside <#switch …>…</#switch>",
            "default", "'<#default>' belongs inside <#switch …>…</#switch>, after its <#case>s",
            "break", "'<#break>' belongs inside <#list> or <#switch>",
            "return", "'<#return>' belongs inside <#macro> or <#function>",
            "nested", "'<#nested>' belongs inside <#macro>");

    /** Built-ins by the names other languages give them. */
    private static final Map<String, String> BUILTIN_ALIASES = Map.ofEntries(Map.entry("upper", "upper_case"),
            Map.entry("lower", "lower_case"), Map.entry("uppercase", "upper_case"), Map.entry("lowercase", "lower_case"),
            Map.entry("len", "length"), Map.entry("count", "size"), Map.entry("strip", "trim"), Map.entry("format", "string"),
            Map.entry("capitalise", "capitalize"), Map.entry("title", "capitalize"), Map.entry("empty", "has_content"));

    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"(.*?)\", but");
    private static final Pattern ONLY_CLOSE = Pattern.compile("only this can be closed: \"(.*?)\"");
    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed #(\\w+)");
    private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("^Unknown directive: #(\\w+)");
    private static final Pattern UNKNOWN_BUILTIN = Pattern.compile("^Unknown built-in: \"(\\w+)\"");
    private static final Pattern MALFORMED = Pattern.compile("^#(\\w+) is an existing directive, but the tag is malformed");
    private static final Pattern LEXICAL_AFTER = Pattern.compile("^Lexical error: encountered .*? after \"(.*)\"\\.");
    private static final Pattern NOTHING_OPEN = Pattern.compile("^You can't have an? \"(.*?)\" here, as there's nothing open");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*");

    /**
     * @param text the template's text, or null when it cannot be read (then only FreeMarker's position is used)
     */
    static Explained explain(ParseException e, String text) {
        String full = e.getEditorMessage() == null ? "" : e.getEditorMessage().strip();
        String first = TemplateEngine.firstLine(full);
        int line = e.getLineNumber();
        int col = e.getColumnNumber();
        Source src = new Source(text, line, col);

        Matcher m = UNCLOSED.matcher(first);
        if (first.startsWith("Unexpected end of file reached.") && m.find()) return unclosedAtEnd(m.group(1), src);
        if (first.startsWith("Unexpected end of file reached.")) return tagCutOff(src);

        Optional<Explained> interpolation = unclosedInterpolation(src);
        if (interpolation.isPresent() && e.expectedTokenSequences != null) return interpolation.get();

        m = ENCOUNTERED.matcher(first);
        if (m.find()) return encountered(unescape(m.group(1)), first, e, src);
        if ((m = UNKNOWN_DIRECTIVE.matcher(first)).find()) return unknownDirective(m.group(1), src);
        if ((m = UNKNOWN_BUILTIN.matcher(first)).find()) return unknownBuiltin(m.group(1), full, src);
        if ((m = MALFORMED.matcher(first)).find()) {
            String d = m.group(1);
            int end = src.text == null ? -1 : src.text.lastIndexOf("</#" + d, src.offset());
            if (end >= 0 && src.offset() - end <= 3) {
                return src.at("'</#" + d + ">' does not exist: '<#" + d + ">' has no end-tag", "remove it; the directive around it has its own end-tag");
            }
            return src.at("'<#" + d + ">' is not written correctly",
                    EXAMPLES.containsKey(d) ? "write it like " + EXAMPLES.get(d) : "see https://freemarker.apache.org/docs/ref_directives.html");
        }
        if ((m = LEXICAL_AFTER.matcher(first)).find() && !m.group(1).isEmpty() && "\"'".indexOf(unescape(m.group(1)).charAt(0)) >= 0) {
            return unclosedQuote(unescape(m.group(1)), src);
        }
        if (first.startsWith("Unclosed \"<#--\"")) return src.at("the comment '<#--' is not closed", "end it with '-->'");
        if ((m = NOTHING_OPEN.matcher(first)).find()) {
            return src.at("'" + m.group(1) + "' has nothing to close here", "remove it, or add the opening bracket it belongs to");
        }
        if (first.startsWith("Using ?html") || first.startsWith("Using ?xhtml") || first.startsWith("Using ?xml")) {
            return src.at("'?" + first.substring(7, first.indexOf(' ', 7)) + "' is not needed here: this template escapes its output already",
                    "remove it: .ftlh templates escape HTML and .ftlx templates XML by themselves");
        }
        // FreeMarker's other messages are whole sentences already; keep the first, without its links
        String sentence = first.replaceAll("\\s*Help \\(latest version\\):.*$", "").replaceAll("\\s*\\(See FreeMarker Manual.*$", "");
        return src.at(sentence.isEmpty() ? "the template cannot be read here" : sentence, "");
    }

    private static final String GENERIC_HINT = "check the tag or ${…} just before this point: quotes, brackets and end-tags must match";

    /** "Unexpected end of file reached. You have an unclosed #if." — point at the opening tag. */
    private static Explained unclosedAtEnd(String named, Source src) {
        Optional<OpenTags.Tag> open = src.text == null ? Optional.empty() : OpenTags.scan(src.text, src.text.length()).innermost(named);
        if (open.isEmpty()) {
            String tag = named.equals("macro") ? "<#macro>" : "<#" + named + ">";
            return src.at("'" + tag + "' is not closed: the file ends before its end-tag", "add '</#" + named + ">' where its content ends");
        }
        OpenTags.Tag t = open.get();
        String hint = "add '" + t.closing() + "' where its content ends; the file ends at line " + src.lines.line(Math.max(0, src.text.stripTrailing().length() - 1)) + " without one";
        // a common slip: the end-tag written without its '#', which FreeMarker reads as plain text
        String bare = "</" + t.name() + ">";
        int slip = src.text.indexOf(bare, t.offset());
        if (!t.name().startsWith("@") && slip >= 0) {
            hint = "'" + bare + "' at line " + src.lines.line(slip) + " needs a '#': write '" + t.closing() + "'";
        }
        return src.atOffset(t.offset(), "'" + t.opening() + "' opened here is never closed", hint);
    }

    /** "Unexpected end of file reached." without a directive: the file ends inside a tag. */
    private static Explained tagCutOff(Source src) {
        if (src.text != null) {
            Optional<OpenTags.Tag> cut = OpenTags.scan(src.text, src.text.length()).unfinished();
            if (cut.isPresent()) {
                String name = cut.get().name();
                return src.atOffset(cut.get().offset(), "the tag '<" + (name.startsWith("@") ? "" : "#") + name + "' that starts here is not closed with '>'",
                        "end the tag with '>' (or '/>' for a call without content)");
            }
        }
        return unclosedInterpolation(src).orElseGet(() -> src.at("the file ends in the middle of a tag or ${…}", "close it with '>' or '}'"));
    }

    /** A '${' whose '}' never comes before the markup that follows, as in {@code ${page.title</h1>}. */
    private static Optional<Explained> unclosedInterpolation(Source src) {
        if (src.text == null) return Optional.empty();
        int err = src.offset();
        int start = src.text.lastIndexOf("${", Math.max(0, err - 1));
        if (start < 0) return Optional.empty();
        int close = OpenTags.closingBrace(src.text, start + 2);
        if (close >= 0 && close < err) return Optional.empty(); // closed before the error: not the cause
        int lt = src.text.indexOf('<', start + 2);
        boolean markupFirst = lt >= 0 && lt <= err && (close < 0 || lt < close);
        if (close >= 0 && !markupFirst) return Optional.empty();
        Matcher name = NAME.matcher(src.text);
        name.region(start + 2, src.text.length());
        String hint = name.lookingAt() ? "did you mean ${" + name.group() + "}?" : "write it as ${page.title}";
        return Optional.of(src.atOffset(start, "'${' is not closed: an interpolation ${…} must end with '}'", hint));
    }

    private static Explained encountered(String found, String first, ParseException e, Source src) {
        Matcher only = ONLY_CLOSE.matcher(first);
        if (only.find()) {
            String closable = only.group(1);
            if (closable.startsWith("#") || closable.startsWith("@")) {
                String name = closable.startsWith("#") ? closable.substring(1) : "@"; // FreeMarker names a user directive "@..."
                Optional<OpenTags.Tag> open = src.text == null ? Optional.empty() : OpenTags.scan(src.text, src.offset()).innermost(name);
                String opening = open.map(OpenTags.Tag::opening).orElse(closable.startsWith("#") ? "<" + closable + ">" : "<" + closable + ">");
                String closing = open.map(OpenTags.Tag::closing).orElse(closable.startsWith("#") ? "</" + closable + ">" : "</" + closable + ">");
                String where = open.map(t -> " opened at line " + src.lines.line(t.offset())).orElse("");
                return src.at("'" + found + "' is here, but the '" + opening + "'" + where + " is not closed yet",
                        "close it with '" + closing + "' first: directives close in the reverse order they open");
            }
            String pair = closable.equals("[") ? "]" : closable.equals("(") ? ")" : closable.equals("{") ? "}" : "";
            return src.at("'" + closable + "' is not closed before '" + found + "'", pair.isEmpty() ? GENERIC_HINT : "add '" + pair + "'");
        }
        Matcher end = Pattern.compile("^</([#@])([\\w.-]*)\\s*>$").matcher(found);
        if (end.matches()) {
            String opening = "<" + end.group(1) + end.group(2) + (end.group(1).equals("#") ? " …>" : ">");
            return src.at("'" + found + "' has no '" + opening + "' to close", "remove it, or add the '" + opening + "' it belongs to before it");
        }
        Matcher misplaced = Pattern.compile("^<#(\\w+)").matcher(found);
        if (misplaced.find()) {
            String d = misplaced.group(1);
            return src.at("'" + found + "' is not allowed here", BELONGS.getOrDefault(d, "check that the directives around it are closed in order"));
        }
        Set<String> expected = expected(e);
        boolean wantsValue = expected.contains("<ID>") && expected.contains("<STRING_LITERAL>");
        if (found.equals("}") && wantsValue && src.text != null && src.offset() >= 2 && src.text.startsWith("${", src.offset() - 2)) {
            return src.at("'${}' is empty", "write a value inside, e.g. ${page.title}");
        }
        if (wantsValue) {
            return src.at("a value is missing before '" + found + "'", "each operator needs a value after it, e.g. ${a + b} or <#if a == b>");
        }
        if (expected.equals(Set.of("<ID>"))) {
            return src.at("a name is missing before '" + found + "'", "e.g. <#list site.pages as p>");
        }
        if (expected.contains("\")\"")) return src.at("'(' is not closed before '" + found + "'", "add ')'");
        if (expected.contains("\"]\"")) return src.at("'[' is not closed before '" + found + "'", "add ']'");
        if (expected.contains("\"}\"") && insideInterpolation(src)) {
            return src.at("'" + found + "' cannot follow a value inside ${…}", "an interpolation holds one value: end it with '}', or join values with +");
        }
        if (expected.contains("\"}\"")) return src.at("'{' is not closed before '" + found + "'", "add '}'");
        if (expected.contains("\">\"")) return src.at("the tag is not closed with '>' before '" + found + "'", "end the tag with '>'");
        return src.at("'" + found + "' is not expected here", GENERIC_HINT);
    }

    /** Whether FreeMarker's position is between a '${' and its '}', not inside a tag. */
    private static boolean insideInterpolation(Source src) {
        if (src.text == null) return true;
        int err = src.offset();
        int start = src.text.lastIndexOf("${", Math.max(0, err - 1));
        if (start < 0 || src.text.lastIndexOf("<#", Math.max(0, err - 1)) > start) return false;
        int close = OpenTags.closingBrace(src.text, start + 2);
        return close < 0 || close >= err;
    }

    private static Explained unknownDirective(String name, Source src) {
        boolean closing = src.text != null && src.text.startsWith("</#", Math.max(0, src.offset() - 1));
        String prefix = closing ? "</#" : "<#";
        String hint = Hints.closest(name, DIRECTIVES).map(d -> "did you mean '" + prefix + d + ">'?")
                .orElse("see the list of directives at https://freemarker.apache.org/docs/ref_directive_alphaidx.html");
        return src.at("unknown directive '" + prefix + name + ">'", hint);
    }

    private static Explained unknownBuiltin(String name, String full, Source src) {
        List<String> builtins = new ArrayList<>();
        int list = full.indexOf("The alphabetical list of built-ins:");
        if (list >= 0) {
            for (String b : full.substring(list + 35).split("[,\\s]+")) if (!b.isBlank()) builtins.add(b);
        }
        Optional<String> close = Optional.ofNullable(BUILTIN_ALIASES.get(name)).or(() -> Hints.closest(name, builtins));
        return src.at("unknown built-in '?" + name + "'", close.map(b -> "did you mean '?" + b + "'?")
                .orElse("see the list of built-ins at https://freemarker.apache.org/docs/ref_builtins.html"));
    }

    /** "Lexical error: encountered <EOF> after "\"abc}"": a quote opened and never closed. Point at the quote. */
    private static Explained unclosedQuote(String after, Source src) {
        String quote = after.substring(0, 1);
        String hint = "end the text with " + quote + ", the quote mark it starts with";
        if (src.text != null) {
            int at = src.text.lastIndexOf(after, src.offset());
            if (at >= 0) return src.atOffset(at, "the quoted text that starts here is never closed", hint);
        }
        return src.at("a quoted text is never closed before this point", hint);
    }

    /** The token images FreeMarker would have accepted, e.g. {@code <ID>}, {@code "}"}. */
    private static Set<String> expected(ParseException e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.expectedTokenSequences == null || e.tokenImage == null) return out;
        for (int[] seq : e.expectedTokenSequences) if (seq.length > 0) out.add(e.tokenImage[seq[0]]);
        return out;
    }

    /** FreeMarker escapes quotes and backslashes in the images it quotes. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The template text (maybe null) and FreeMarker's position, with line/offset conversions. */
    private static final class Source {
        final String text;
        final LineIndex lines;
        final int line;
        final int col;

        Source(String text, int line, int col) {
            this.text = text;
            this.lines = text == null ? null : new LineIndex(text);
            this.line = line;
            this.col = col;
        }

        int offset() {
            if (text == null) return 0;
            return Math.max(0, Math.min(text.length(), lines.startOf(line) + col - 1));
        }

        Explained at(String message, String hint) { return new Explained(line, col, message, hint); }

        Explained atOffset(int offset, String message, String hint) {
            return new Explained(lines.line(offset), lines.col(offset), message, hint);
        }
    }
}
