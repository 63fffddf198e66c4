package dev.resurface.yaml;

import dev.resurface.diag.Diagnostic;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML with SnakeYAML's composer (not its object constructor), so every value keeps its
 * position. Only plain data is accepted: no custom tags, no anchors/aliases, no duplicate keys.
 */
public final class YamlReader {
    private static final int MAX_DEPTH = 64;

    private YamlReader() {}

    /** Result of reading: the tree (absent on a fatal error) and what went wrong. */
    public record Result(Optional<YNode> root, List<Diagnostic> problems) {}

    /**
     * @param text       the YAML text
     * @param path       the file it came from, for diagnostics
     * @param lineOffset added to YAML line numbers (front matter starts below the first {@code ---})
     */
    public static Result read(String text, String path, int lineOffset) {
        List<Diagnostic> problems = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we detect duplicates ourselves, with positions
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(16 * 1024 * 1024);
        options.setProcessComments(false);
        Node node;
        try {
            // what Yaml.compose does, without building the Yaml facade's object constructor and
            // representer, which a composer never uses (that was a tenth of a warm cached build)
            node = new Composer(new ParserImpl(new StreamReader(new java.io.StringReader(text)), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            String problemText = String.valueOf(e.getProblem());
            // an unclosed quote or bracket is noticed far from where it opened; point at where it opened
            boolean unclosed = unclosed(problemText, String.valueOf(e.getContext()));
            Mark m = unclosed && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? lineOffset + 1 : m.getLine() + 1 + lineOffset;
            int col = m == null ? 1 : m.getColumn() + 1;
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext();
            problems.add(Diagnostic.error(path, line, col, "invalid YAML: " + clean(context.isEmpty() ? problem : problem + " " + context),
                    unclosed ? UNCLOSED : yamlHint(problem)));
            return new Result(Optional.empty(), problems);
        } catch (YAMLException e) {
            String message = clean(String.valueOf(e.getMessage()));
            problems.add(Diagnostic.error(path, lineOffset + 1, 1, "invalid YAML: " + message,
                    message.contains("Nesting Depth") ? "at most " + MAX_DEPTH + " levels of lists and maps inside one another" : yamlHint(message)));
            return new Result(Optional.empty(), problems);
        }
        if (node == null) return new Result(Optional.empty(), problems);
        YNode root = convert(node, path, lineOffset, problems, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return new Result(Optional.ofNullable(root), problems);
    }

    private static final String UNCLOSED = "a quote or bracket that opens here is not closed";

    static boolean unclosed(String problem, String context) {
        return problem.contains("end of stream") || problem.contains("<stream end>")
                || (context.contains("while parsing a flow") && !problem.contains("found"))
                || context.contains("while scanning a quoted scalar");
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String yamlHint(String problem) {
        if (problem == null) return "";
        if (problem.contains("\\t") || problem.contains("tab")) return "indent with spaces, not tabs";
        if (problem.contains("mapping values are not allowed")) return "put quotes around a value that contains ': '";
        if (problem.contains("could not find expected ':'")) return "each line needs 'key: value'; quote values that contain ':' or '#'";
        return "check indentation and quoting";
    }

    /** @param seen nodes already converted: meeting one again means a YAML alias ({@code *name}), which is refused */
    private static YNode convert(Node node, String path, int off, List<Diagnostic> problems, int depth, java.util.Set<Node> seen) {
        int line = node.getStartMark().getLine() + 1 + off;
        int col = node.getStartMark().getColumn() + 1;
        if (depth > MAX_DEPTH) {
            problems.add(Diagnostic.error(path, line, col, "YAML is nested too deeply", "at most " + MAX_DEPTH + " levels"));
            return new YNode.Scalar(null, line, col);
        }
        if (!seen.add(node)) {
            problems.add(Diagnostic.error(path, line, col, "YAML aliases ('*name') are not supported", "write the value out"));
            return new YNode.Scalar(null, line, col);
        }
        if (node instanceof ScalarNode s) {
            return new YNode.Scalar(scalarValue(s, path, line, col, problems), line, col);
        }
        if (node instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node child : s.getValue()) items.add(convert(child, path, off, problems, depth + 1, seen));
            return new YNode.Seq(items, line, col);
        }
        MappingNode m = (MappingNode) node;
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            int kl = k.getStartMark().getLine() + 1 + off;
            int kc = k.getStartMark().getColumn() + 1;
            if (!(k instanceof ScalarNode ks)) {
                problems.add(Diagnostic.error(path, kl, kc, "a key must be plain text", "write keys as plain words, e.g. 'title:'"));
                continue;
            }
            if (Tag.MERGE.equals(ks.getTag())) {
                problems.add(Diagnostic.error(path, kl, kc, "YAML merge keys ('<<') are not supported", "write the fields out"));
                continue;
            }
            String key = ks.getValue();
            if (entries.containsKey(key)) {
                YNode.Entry first = entries.get(key);
                problems.add(Diagnostic.error(path, kl, kc, "duplicate key '" + key + "'",
                        "first set at line " + first.keyLine() + "; keep one"));
                continue;
            }
            if (seen.contains(t.getValueNode())) { // the alias node carries the anchor's position: report at this key
                problems.add(Diagnostic.error(path, kl, kc, "'" + key + "' is a YAML alias ('*name'); aliases are not supported", "write the value out"));
                continue;
            }
            entries.put(key, new YNode.Entry(key, kl, kc, convert(t.getValueNode(), path, off, problems, depth + 1, seen)));
        }
        return new YNode.Mapping(entries, line, col);
    }

    private static Object scalarValue(ScalarNode s, String path, int line, int col, List<Diagnostic> problems) {
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
            if (Tag.INT.equals(tag)) return Long.parseLong(v.replace("_", "").replace("+", ""));
            if (Tag.FLOAT.equals(tag)) return Double.parseDouble(v.replace("_", ""));
            if (Tag.TIMESTAMP.equals(tag)) return parseDate(v);
        } catch (NumberFormatException | DateTimeParseException e) {
            // Unusual YAML 1.1 forms (octal, sexagesimal, timestamps with time) stay as text.
            return v;
        }
        if (!Tag.STR.equals(tag) && !tag.getValue().startsWith("tag:yaml.org,2002:")) {
            problems.add(Diagnostic.error(path, line, col, "YAML tag '" + tag.getValue() + "' is not supported", "remove the '!' tag"));
        }
        return v;
    }

    private static Object parseDate(String v) {
        if (v.length() == 10) return LocalDate.parse(v);
        return v; // a date-time: kept as written, templates may format it
    }
}
