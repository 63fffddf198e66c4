package dev.resurface.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every dependency and build plugin in pom.xml is pinned to one exact release (no ranges, SNAPSHOT,
 * LATEST or missing versions), and every runtime dependency's version is the one the "Dependencies"
 * table of docs/architecture.md was checked against (there is no offline advisory database to ask).
 */
class DependenciesTest {
    static final String EXACT = "\\d+(\\.\\d+)*";

    /** groupId:artifactId (scope) -> version, with ${properties} resolved. */
    static Map<String, String> pinned() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Map<String, String> props = new HashMap<>();
        NodeList p = ((Element) pom.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < p.getLength(); i++) if (p.item(i) instanceof Element e) props.put(e.getTagName(), e.getTextContent().trim());
        Map<String, String> out = new HashMap<>();
        for (String tag : List.of("dependency", "plugin")) {
            NodeList nodes = pom.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String version = text(e, "version");
                if (version.startsWith("${")) version = props.getOrDefault(version.substring(2, version.length() - 1), version);
                String scope = text(e, "scope");
                out.put(text(e, "groupId") + ":" + text(e, "artifactId") + (scope.isEmpty() ? "" : " (" + scope + ")"), version);
            }
        }
        return out;
    }

    private static String text(Element e, String child) {
        NodeList n = e.getElementsByTagName(child);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }

    @Test
    void everyDependencyAndPluginIsPinnedToOneRelease() throws Exception {
        Map<String, String> all = pinned();
        assertTrue(all.size() >= 20, all.toString());
        List<String> loose = new ArrayList<>();
        all.forEach((what, version) -> { if (!version.matches(EXACT)) loose.add(what + " = '" + version + "'"); });
        assertEquals(List.of(), loose, "versions that are missing, ranges or moving targets");
    }

    @Test
    void theDependenciesTableNamesTheVersionOfEveryRuntimeDependency() throws Exception {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        String table = doc.substring(doc.indexOf("## Dependencies"));
        int end = table.indexOf("\n## ", 3);
        if (end >= 0) table = table.substring(0, end);
        List<String> missing = new ArrayList<>();
        for (var e : pinned().entrySet()) {
            if (e.getKey().contains("(test)") || e.getKey().startsWith("org.apache.maven.plugins:")) continue;
            if (!table.contains("| " + e.getValue() + " |")) missing.add(e.getKey() + " " + e.getValue());
        }
        assertEquals(List.of(), missing, "runtime dependencies whose version the table in docs/architecture.md does not list");
    }
}
