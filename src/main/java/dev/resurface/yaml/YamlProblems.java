package dev.resurface.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's parser messages ("expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'") as the
 * plain sentences an author can act on, with the likely fix. The raw message says what the parser met;
 * the text of the line (and the one above) tells which mistake that usually is. Anything not recognised
 * gets a general sentence that never shows the parser's token names.
 */
final class YamlProblems {
    private YamlProblems() {}

    /** A problem at a 0-based line and column of the YAML text. */
    record Plain(int line, int col, String message, String hint) {}

    static final String GENERIC = "this line cannot be read as YAML";
    static final String GENERIC_HINT = "line fields up under each other, and put values that contain ': ' or ' #', or start with a special character, in quotes";

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- +)?)([^\\s:#][^:#]*?):(?: +(.*))?$");
    private static final Pattern KEY_NO_SPACE = Pattern.compile("^\\s*(?:- +)?[\\w-]+:\\S");

    /** @param lineOffset added to line numbers a hint mentions (front matter starts below the file's first line) */
    static Plain explain(MarkedYAMLException e, String text, int lineOffset) {
        String[] lines = text.split("\n", -1);
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark pm = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark cm = e.getContextMark();
        int line = pm == null ? 0 : pm.getLine();
        int col = pm == null ? 0 : pm.getColumn();
        String here = line < lines.length ? lines[line] : "";

        if (context.contains("while scanning a quoted scalar") && problem.contains("end of stream") && cm != null) {
            return new Plain(cm.getLine(), cm.getColumn(), "the quote that opens here is never closed", "end the value with the same quote mark, on the same line");
        }
        if (context.contains("while parsing a flow") && cm != null && (problem.contains("<stream end>") || pm == null || pm.getLine() > cm.getLine())) {
            String bracket = context.contains("sequence") ? "[" : "{";
            String close = bracket.equals("[") ? "]" : "}";
            return new Plain(cm.getLine(), cm.getColumn(), "the '" + bracket + "' that opens here is never closed",
                    "end it with '" + close + "' on the same line, e.g. " + (bracket.equals("[") ? "tags: [acne, scars]" : "size: {w: 3, h: 2}"));
        }
        if (context.contains("while parsing a flow")) {
            return new Plain(line, col, "this " + (context.contains("sequence") ? "[ … ] list" : "{ … } map") + " cannot be read at '" + charAt(here, col) + "'",
                    "put items that contain ':' or ',' in quotes, e.g. [\"Laser: the facts\", other]");
        }
        Matcher m = CANNOT_START.matcher(problem);
        if (m.find()) return cannotStart(m.group(1), here, line, col);
        if (problem.contains("mapping values are not allowed")) return colon(lines, line, col, lineOffset);
        if (problem.contains("could not find expected ':'") && cm != null) {
            String key = cm.getLine() < lines.length ? lines[cm.getLine()].strip() : "";
            return new Plain(cm.getLine(), cm.getColumn(), "this line has no ':' after its field name",
                    "write it as '" + (key.isEmpty() ? "name" : key) + ": value'; text that continues a value goes in quotes");
        }
        if (problem.contains("unknown escape character") || context.contains("while scanning a double-quoted scalar")) {
            return new Plain(line, Math.max(0, col - 1), "a backslash '\\' inside double quotes must start a known escape such as \\n or \\\"",
                    "write '\\\\' for a backslash, or use single quotes: 'C:\\files'");
        }
        if (context.contains("while scanning an alias") || problem.contains("found undefined alias")) {
            return new Plain(line, cm != null ? cm.getColumn() : col, "a value cannot start with '*'", quoteHint(here));
        }
        if (context.contains("while scanning an anchor")) return new Plain(line, col, "a value cannot start with '&'", quoteHint(here));
        if (context.contains("while scanning a block scalar")) {
            return new Plain(cm != null ? cm.getLine() : line, cm != null ? cm.getColumn() : col,
                    "a value that starts with '|' or '>' is a block of text on the lines below", quoteHint(here));
        }
        if (problem.contains("found another document")) {
            return new Plain(line, col, "a second '---' starts another document here", "this file holds one document: remove the '---' line");
        }
        if (problem.contains("Global tag is not allowed") || context.contains("while scanning a tag")) {
            return new Plain(line, col, "a value cannot start with '!'", quoteHint(here));
        }
        if (problem.contains("<block mapping start>") || problem.contains("<block sequence start>")) return indentation(lines, line, col, lineOffset);
        if (problem.contains("but found '<scalar>'")) return textAfterValue(here, line, col);
        if (problem.contains("but found '?'") && context.contains("block collection")) {
            return new Plain(line, col, "a 'name: value' line among '- item' lines",
                    "a list holds only '- item' lines: write '- " + here.strip() + "', or move it out to the column of the field that holds the list");
        }
        if (problem.contains("but found '-'") && context.contains("block mapping")) {
            return new Plain(line, col, "a '- item' line among 'name: value' lines",
                    "put the list under its own field: 'name:' on one line, then the '- item' lines indented below it");
        }
        if (problem.contains("but found ':'")) return new Plain(line, col, "a ':' with no field name before it", "write it as 'name: value'");
        return new Plain(line, col, GENERIC, GENERIC_HINT);
    }

    /** "found character '\t(TAB)' that cannot start any token": a tab, or a value starting with '@', '`' or '%'. */
    private static Plain cannotStart(String what, String here, int line, int col) {
        if (what.startsWith("\\t")) {
            boolean indent = here.substring(0, Math.min(col, here.length())).isBlank();
            return indent ? new Plain(line, col, "this line is indented with a tab; YAML needs spaces", "replace the tab with spaces")
                    : new Plain(line, col, "a tab character here; YAML separates with spaces", "replace the tab with a space");
        }
        return new Plain(line, col, "a value cannot start with '" + what + "'", quoteHint(here));
    }

    /** "mapping values are not allowed here": a ':' where a new field cannot start. */
    private static Plain colon(String[] lines, int line, int col, int lineOffset) {
        String here = line < lines.length ? lines[line] : "";
        String before = here.substring(0, Math.min(col, here.length()));
        if (before.matches(".*:(\\s.*|$)")) {
            return new Plain(line, col, "this value contains ': ', which YAML reads as the start of a new field", quoteHint(here));
        }
        int above = previousLine(lines, line);
        if (above < 0) return new Plain(line, col, GENERIC, GENERIC_HINT);
        String prev = lines[above];
        if (KEY_NO_SPACE.matcher(prev).find()) {
            int c = prev.indexOf(':');
            return new Plain(above, c, "a ':' needs a space after it", "write '" + prev.substring(0, c + 1).strip() + " " + prev.substring(c + 1).strip() + "'");
        }
        Matcher kv = KEY_VALUE.matcher(prev);
        if (!kv.matches()) {
            return new Plain(above, indent(prev), "this line has no ':' after its field name", "write it as 'name: value'");
        }
        int fieldCol = kv.group(1).length();
        if (indent(here) > fieldCol) {
            return new Plain(line, indent(here), "this line is indented more than the field above it",
                    "line fields up under each other: start it in column " + (fieldCol + 1) + ", like '" + kv.group(2).strip() + "' on line " + (above + 1 + lineOffset));
        }
        return new Plain(line, col, GENERIC, GENERIC_HINT);
    }

    /** "expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'": a line out of step with those around it. */
    private static Plain indentation(String[] lines, int line, int col, int lineOffset) {
        String here = line < lines.length ? lines[line] : "";
        int above = previousLine(lines, line);
        if (above < 0) return new Plain(line, col, "this line is indented differently from the lines above it", "line fields up under each other");
        String prev = lines[above];
        Matcher kv = KEY_VALUE.matcher(prev);
        int fieldCol = kv.matches() ? kv.group(1).length() : indent(prev);
        String more = indent(here) > fieldCol ? "more" : "less";
        return new Plain(line, indent(here), "this line is indented " + more + " than the field above it",
                "line fields up under each other: line " + (above + 1 + lineOffset) + " starts in column " + (fieldCol + 1) + ", this one in column " + (indent(here) + 1));
    }

    /** "expected &lt;block end&gt;, but found '&lt;scalar&gt;'": more text after a quoted or bracketed value. */
    private static Plain textAfterValue(String here, int line, int col) {
        Matcher kv = KEY_VALUE.matcher(here);
        String value = kv.matches() && kv.group(3) != null ? kv.group(3) : "";
        if (value.startsWith("'") && col > 0 && col <= here.length() && Character.isLetter(charAt(here, col))) {
            return new Plain(line, col, "the apostrophe ends the single-quoted value early",
                    "inside single quotes write an apostrophe twice ('it''s'), or use double quotes");
        }
        if (value.startsWith("\"") || value.startsWith("'")) {
            return new Plain(line, col, "there is more text after the closing quote", quoteHint(here));
        }
        if (value.startsWith("[") || value.startsWith("{")) {
            return new Plain(line, col, "a value that starts with '" + value.charAt(0) + "' is read as a " + (value.startsWith("[") ? "list" : "map")
                    + ", and more text follows it", quoteHint(here));
        }
        return new Plain(line, col, GENERIC, GENERIC_HINT);
    }

    /** "put the value in quotes: title: "…"", built from the line when it is a 'name: value' line. */
    static String quoteHint(String line) {
        Matcher kv = KEY_VALUE.matcher(line);
        if (!kv.matches() || kv.group(3) == null || kv.group(3).isBlank()) return "put the value in quotes";
        String v = kv.group(3).strip();
        String quoted = v.contains("\"") ? "'" + v.replace("'", "''") + "'" : "\"" + v.replace("\\", "\\\\") + "\"";
        return "put the whole value in quotes: " + kv.group(1).strip() + (kv.group(1).isBlank() ? "" : " ") + kv.group(2).strip() + ": " + quoted;
    }

    private static int previousLine(String[] lines, int line) {
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            String s = lines[i].strip();
            if (!s.isEmpty() && !s.startsWith("#")) return i;
        }
        return -1;
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i;
    }

    private static char charAt(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
    }
}
