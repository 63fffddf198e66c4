package dev.resurface.yaml;

import dev.resurface.diag.Diagnostic;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
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
    private static final Pattern FIRST_ALIAS = Pattern.compile("(?:^|[\\s\\[{,:])(\\*[^\\s,\\]}]+)", Pattern.MULTILINE);
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
            node = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            YamlProblems.Plain p = YamlProblems.explain(e, text, lineOffset);
            problems.add(Diagnostic.error(path, p.line() + 1 + lineOffset, p.col() + 1, "invalid YAML: " + p.message(), p.hint()));
            return new Result(Optional.empty(), problems);
        } catch (YAMLException e) {
            String message = clean(String.valueOf(e.getMessage()));
            if (message.contains("Nesting Depth")) {
                problems.add(Diagnostic.error(path, lineOffset + 1, 1, "invalid YAML: lists and maps are nested too deeply",
                        "at most " + MAX_DEPTH + " levels of lists and maps inside one another"));
            } else if (message.contains("Number of aliases")) {
                // the composer refuses the first alias of a list or map before expanding anything (no "billion laughs");
                // its exception has no position, so point at the first '*name' in the text
                Matcher m = FIRST_ALIAS.matcher(text);
                int at = m.find() ? m.start(1) : 0;
                int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
                int col = at - (text.lastIndexOf('\n', at - 1) + 1);
                problems.add(Diagnostic.error(path, lineOffset + line + 1, col + 1, "invalid YAML: aliases ('*name') of a list or map are not supported", "write the value out"));
            } else {
                problems.add(Diagnostic.error(path, lineOffset + 1, 1, "invalid YAML: " + (message.contains("<") ? YamlProblems.GENERIC : message),
                        YamlProblems.GENERIC_HINT));
            }
            return new Result(Optional.empty(), problems);
        }
        if (node == null) return new Result(Optional.empty(), problems);
        if (node instanceof ScalarNode s) dashWithoutSpace(s, path, lineOffset, problems);
        YNode root = convert(node, path, lineOffset, problems, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new Result(Optional.ofNullable(root), problems);
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** @param seen nodes already converted: meeting one again means a YAML alias ({@code *name}), which is refused */
    private static YNode convert(Node node, String path, int off, List<Diagnostic> problems, int depth, Set<Node> seen) {
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
            // "tags:" then "-acne" on the next line: meant as a list, read as the text "-acne"
            if (t.getValueNode() instanceof ScalarNode v && v.getStartMark().getLine() > k.getStartMark().getLine()) dashWithoutSpace(v, path, off, problems);
            entries.put(key, new YNode.Entry(key, kl, kc, convert(t.getValueNode(), path, off, problems, depth + 1, seen)));
        }
        return new YNode.Mapping(entries, line, col);
    }

    private static final Pattern DASH_WORD = Pattern.compile("-[^\\s\\d.-].*", Pattern.DOTALL);

    /** A plain value on its own line that starts like '-item': a list item without the space after its '-'. */
    private static void dashWithoutSpace(ScalarNode s, String path, int off, List<Diagnostic> problems) {
        if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || !DASH_WORD.matcher(s.getValue()).matches()) return;
        String first = s.getValue().split("\\s", 2)[0];
        problems.add(Diagnostic.error(path, s.getStartMark().getLine() + 1 + off, s.getStartMark().getColumn() + 1,
                "invalid YAML: '" + first + "' is not a list item: a '-' needs a space after it", "write '- " + first.substring(1) + "'"));
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
