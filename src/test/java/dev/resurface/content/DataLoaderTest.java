package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DataLoader}: content/_data files become {@code data.<name>}. */
class DataLoaderTest {
    @TempDir
    Path content;

    private void write(String rel, String text) throws IOException {
        Path p = content.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private Map<String, Object> load(Diagnostics d) throws IOException {
        return DataLoader.load(ContentScanner.scan(content, d).data(), d);
    }

    private static List<String> formatted(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void yamlAndJsonFilesAreLoadedByName() throws IOException {
        write("_data/people.yml", "- name: Ann\n  since: 2020-05-01\n- name: Bo\n");
        write("_data/numbers.json", "{\"count\": 3, \"ratio\": 0.5, \"ok\": true, \"list\": [1, 2]}");
        Diagnostics d = new Diagnostics();
        Map<String, Object> data = load(d);
        assertEquals(List.of(), d.sorted());
        assertEquals(List.of("numbers", "people"), List.copyOf(data.keySet()));
        assertEquals(List.of(Map.of("name", "Ann", "since", LocalDate.of(2020, 5, 1)), Map.of("name", "Bo")), data.get("people"));
        assertEquals(Map.of("count", 3L, "ratio", 0.5, "ok", true, "list", List.of(1L, 2L)), data.get("numbers"));
    }

    @Test
    void yamlExtensionIsAccepted() throws IOException {
        write("_data/a.yaml", "k: v\n");
        assertEquals(Map.of("a", Map.of("k", "v")), load(new Diagnostics()));
    }

    @Test
    void subFoldersNest() throws IOException {
        write("_data/clinics/london.yml", "city: London\n");
        write("_data/clinics/deep/x.yml", "v: 1\n");
        Diagnostics d = new Diagnostics();
        Map<String, Object> data = load(d);
        assertEquals(List.of(), d.sorted());
        assertEquals(Map.of("london", Map.of("city", "London"), "deep", Map.of("x", Map.of("v", 1L))), data.get("clinics"));
    }

    @Test
    void theSameNameInTwoFormatsIsAnError() throws IOException {
        write("_data/people.json", "[]");
        write("_data/people.yml", "- a\n");
        Diagnostics d = new Diagnostics();
        Map<String, Object> data = load(d);
        assertEquals(List.of("content/_data/people.yml: error: data name 'people' is already defined by content/_data/people.json (keep one of the two files)"),
                formatted(d));
        assertEquals(List.of(), data.get("people"), "the first file (in path order) is kept");
    }

    @Test
    void nestedNameClashIsNamedWithDots() throws IOException {
        write("_data/a/b.yml", "x: 1\n");
        write("_data/a/b.json", "{}");
        Diagnostics d = new Diagnostics();
        load(d);
        assertEquals(List.of("content/_data/a/b.yml: error: data name 'a.b' is already defined by content/_data/a/b.json (keep one of the two files)"),
                formatted(d));
    }

    @Test
    void aFileAndAFolderOfTheSameNameIsAnError() throws IOException {
        write("_data/clinics.yml", "x: 1\n");
        write("_data/clinics/london.yml", "city: London\n");
        Diagnostics d = new Diagnostics();
        Map<String, Object> data = load(d);
        assertEquals(List.of("content/_data/clinics/london.yml: error: data name 'clinics' is both a file and a folder (rename one of them)"), formatted(d));
        assertEquals(Map.of("x", 1L), data.get("clinics"));
    }

    @Test
    void invalidUtf8IsAnErrorAndTheFileIsLeftOut() throws IOException {
        Path p = content.resolve("_data/bad.yml");
        Files.createDirectories(p.getParent());
        Files.write(p, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Diagnostics d = new Diagnostics();
        Map<String, Object> data = load(d);
        assertEquals(List.of("content/_data/bad.yml:1:10: error: file is not valid UTF-8 text (save it as UTF-8 (a binary file named .yml also causes this))"), formatted(d));
        assertFalse(data.containsKey("bad"));
    }

    @Test
    void aBomIsIgnored() throws IOException {
        write("_data/a.yml", "\uFEFFk: v\n");
        Diagnostics d = new Diagnostics();
        assertEquals(Map.of("a", Map.of("k", "v")), load(d));
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void yamlErrorsArePositionedInTheDataFile() throws IOException {
        write("_data/people.yml", "a: 1\na: 2\n");
        Diagnostics d = new Diagnostics();
        load(d);
        assertEquals(List.of("content/_data/people.yml:2:1: error: duplicate key 'a' (first set at line 1; keep one)"), formatted(d));
    }

    @Test
    void anUnreadableYamlFileBecomesAnEmptyMapAfterItsError() throws IOException {
        write("_data/people.yml", "name: \"Ann\n");
        Diagnostics d = new Diagnostics();
        Map<String, Object> data = load(d);
        assertTrue(d.hasErrors());
        assertEquals(Map.of(), data.get("people"));
    }

    @Test
    void anEmptyFileIsAnEmptyMap() throws IOException {
        write("_data/empty.yml", "");
        Diagnostics d = new Diagnostics();
        assertEquals(Map.of("empty", Map.of()), load(d));
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void namesMayContainDots() throws IOException {
        write("_data/v1.2.yml", "k: v\n");
        assertEquals(Map.of("v1.2", Map.of("k", "v")), load(new Diagnostics()));
    }

    @Test
    void topLevelNamesAreSorted() throws IOException {
        write("_data/zeta.yml", "a: 1\n");
        write("_data/alpha.yml", "a: 1\n");
        write("_data/mid.json", "{}");
        assertEquals(List.of("alpha", "mid", "zeta"), List.copyOf(load(new Diagnostics()).keySet()));
    }
}
