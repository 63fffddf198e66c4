package dev.resurface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of src/main, read from the sources: the root package holds only its package-info,
 * every package has a package-info, no class is over 400 lines, no package imports (directly or
 * through others) a package that depends on it, and code names other classes by import, not inline.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java");
    static final Path ROOT = MAIN.resolve("dev/resurface");
    static final String BASE = "dev.resurface";
    static final int MAX_LINES = 400;
    static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.resurface\\.[a-z]+)\\.", Pattern.MULTILINE);
    static final Pattern INLINE = Pattern.compile("(?<![.\\w])(?:java|javax|dev|org|com)(?:\\.[a-z][a-z0-9]*)+\\.[A-Z]");
    static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('/', '.');
    }

    @Test
    void theRootPackageHoldsOnlyItsPackageInfo() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            assertEquals(List.of("package-info.java"), s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path p : sources()) if (!Files.exists(p.resolveSibling("package-info.java"))) missing.add(packageOf(p));
        assertEquals(Set.of(), missing);
    }

    @Test
    void noClassIsOver400Lines() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        for (Path p : sources()) {
            int lines = Files.readAllLines(p).size();
            if (lines > MAX_LINES) over.put(MAIN.relativize(p).toString(), lines);
        }
        assertEquals(Map.of(), over);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path p : sources()) {
            String pkg = packageOf(p);
            Set<String> out = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = IMPORT.matcher(Files.readString(p));
            while (m.find()) if (!m.group(1).equals(pkg)) out.add(m.group(1));
        }
        List<List<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = cycleFrom(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null && start.equals(path.stream().min(String::compareTo).orElseThrow())) cycles.add(path);
        }
        assertEquals(List.of(), cycles, "package import cycles (each starts and ends at the same package)");
    }

    /** A path of imports from {@code at} back to {@code start}, or null. */
    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> uses, List<String> path, Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (!next.startsWith(BASE) || !seen.add(next)) continue;
            path.add(next);
            List<String> found = cycleFrom(start, next, uses, path, seen);
            if (found != null) return found;
            path.remove(path.size() - 1);
        }
        return null;
    }

    @Test
    void classesAreNamedByImportNotInline() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path p : sources()) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) continue;
                String code = STRING.matcher(line).replaceAll("\"\"");
                int comment = code.indexOf("//");
                if (comment >= 0) code = code.substring(0, comment);
                if (INLINE.matcher(code).find()) inline.add(MAIN.relativize(p) + ":" + (i + 1) + ": " + line);
            }
        }
        assertEquals(List.of(), inline);
    }
}
