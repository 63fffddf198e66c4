package dev.resurface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cause, one message: when a data file, site.yml or a template fails to load, its error is
 * reported and what only follows from it is not; at most one note says how much could not be checked.
 */
@Tag("slow") // builds fixture sites through the CLI
class CascadeTest {
    static final String SITE_YML = """
            title: Cascade fixture
            baseUrl: https://example.org/
            schema:
              fields:
                expert: {type: string, in: experts}
            review:
              people: people
            glossary:
              data: glossary
            menus:
              main:
                - {name: Glossary, url: /glossary/}
                - {name: Sources, url: /sources/}
            """;
    static final String SOURCES = """
            - id: aad
              title: Laser resurfacing
              url: https://www.aad.org/laser
              year: 2024
            - id: nhs
              title: Laser treatment
              url: https://www.nhs.uk/laser
              year: 2024
            """;

    @TempDir
    Path tmp;

    /** A small site whose pages cite sources, name a reviewer and an expert, and call a shortcode reading data. */
    Path site(Map<String, String> changes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.yml", SITE_YML);
        files.put("templates/page.ftlh", "<!DOCTYPE html><html lang=\"en\"><head><title>${page.title}</title></head><body>${page.content}</body></html>\n");
        files.put("templates/shortcodes/table.ftlh", "<#macro shortcode name><#assign t = data[name]><p>${t.caption}</p></#macro>\n");
        files.put("content/_index.md", "---\ntitle: Home\n---\nSee [a](a.md), [b](b.md) and the [glossary](/glossary/).\n");
        files.put("content/a.md", "---\ntitle: A\nreviewedBy: jo\nlastReviewed: 2026-01-01\nexpert: sam\n---\nOne [@aad]. Two [@nhs; @aad].\n\n{{< table name=\"tables\" >}}\n");
        files.put("content/b.md", "---\ntitle: B\n---\nThree [@nhs].\n");
        files.put("content/_data/sources.yml", SOURCES);
        files.put("content/_data/people.yml", "- id: jo\n  name: Jo Bloggs\n");
        files.put("content/_data/experts.yml", "- id: sam\n");
        files.put("content/_data/glossary.yml", "- term: ablative\n  definition: Removes the top layer of skin.\n");
        files.put("content/_data/tables.yml", "caption: A table\n");
        files.putAll(changes);
        Path site = tmp.resolve("site");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = site.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            if (f.getValue() != null) Files.write(p, f.getValue().getBytes(StandardCharsets.ISO_8859_1));
        }
        return site;
    }

    /** The problem lines of a failed check (the count line left out). */
    List<String> problems(Map<String, String> changes) throws IOException {
        Fixtures.Run r = Fixtures.cli("check", "--site", site(changes).toString());
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.errLines();
        return lines.subList(0, lines.size() - 1);
    }

    static void assertOneErrorAndNote(List<String> lines, String file, String note) {
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith(file + ":") && lines.get(0).contains(": error: "), lines.get(0));
        String at = lines.get(0).substring(0, lines.get(0).indexOf(": error: "));
        assertEquals(at + ": note: " + note, lines.get(1));
    }

    @Test
    void theBaseSiteChecksClean() throws IOException {
        Fixtures.Run r = Fixtures.cli("check", "--site", site(Map.of()).toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aBadByteInTheSourcesIsOneErrorAndOneNote() throws IOException {
        assertOneErrorAndNote(problems(Map.of("content/_data/sources.yml", SOURCES + "- id: x\u00ff\n")), "content/_data/sources.yml",
                "4 citations on 2 pages could not be checked because of the error in this file (they are checked once the error is fixed)");
    }

    @Test
    void aYamlErrorInTheSourcesIsOneErrorAndOneNote() throws IOException {
        assertOneErrorAndNote(problems(Map.of("content/_data/sources.yml", SOURCES + "- id: [unclosed\n")), "content/_data/sources.yml",
                "4 citations on 2 pages could not be checked because of the error in this file (they are checked once the error is fixed)");
        assertOneErrorAndNote(problems(Map.of("content/_data/sources.yml", "sources: not a list\n")), "content/_data/sources.yml",
                "4 citations on 2 pages could not be checked because of the error in this file (they are checked once the error is fixed)");
    }

    @Test
    void aBrokenSourceEntryCountsOnlyTheCitationsOfThatSource() throws IOException {
        List<String> lines = problems(Map.of("content/_data/sources.yml", SOURCES.replace("  title: Laser treatment\n", "")));
        assertEquals(List.of("content/_data/sources.yml:5:3: error: source 'nhs' has no 'title' (readers need the title to find the source)",
                "content/_data/sources.yml:5:3: note: 2 citations on 2 pages could not be checked because of the error in this file (they are checked once the error is fixed)"),
                lines);
    }

    @Test
    void aBrokenGlossaryIsOneErrorAndItsPageStillExists() throws IOException {
        List<String> lines = problems(Map.of("content/_data/glossary.yml", "- term: ablative\n  definition: [unclosed\n"));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("content/_data/glossary.yml:2:"), lines.get(0));
    }

    @Test
    void brokenPeopleDataIsOneErrorAndOneNote() throws IOException {
        assertOneErrorAndNote(problems(Map.of("content/_data/people.yml", "- id: jo\n  name: Jo\u00ff\n")), "content/_data/people.yml",
                "1 reviewer could not be checked because of the error in this file (it is checked once the error is fixed)");
    }

    @Test
    void brokenDataUsedByAFieldOrAShortcodeIsOneErrorAndOneNote() throws IOException {
        assertOneErrorAndNote(problems(Map.of("content/_data/experts.yml", "- id: [sam\n")), "content/_data/experts.yml",
                "1 'expert' value could not be checked because of the error in this file (it is checked once the error is fixed)");
        assertOneErrorAndNote(problems(Map.of("content/_data/tables.yml", "caption: [x\n")), "content/_data/tables.yml",
                "1 shortcode could not be checked because of the error in this file (it is checked once the error is fixed)");
    }

    @Test
    void aBrokenSiteYmlIsItsErrorAndOneNote() throws IOException {
        assertOneErrorAndNote(problems(Map.of("site.yml", SITE_YML.replace("baseUrl: https://example.org/", "baseUrl: [https://example.org/"))), "site.yml",
                "3 pages could not be checked because of the error in this file (they are checked once the error is fixed)");
    }

    @Test
    void aBrokenOrMissingBaseTemplateIsOneError() throws IOException {
        Map<String, String> base = Map.of(
                "templates/base.ftlh", "<#macro layout><!DOCTYPE html><html lang=\"en\"><head><title>${page.titel}</title></head><body><#nested></body></html></#macro>\n",
                "templates/page.ftlh", "<#import \"base.ftlh\" as b><@b.layout>${page.content}</@b.layout>\n",
                "templates/section.ftlh", "<#import \"base.ftlh\" as b><@b.layout><h1>${page.title}</h1></@b.layout>\n");
        List<String> lines = problems(base);
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("templates/base.ftlh:1:"), lines.get(0));

        Files.delete(tmp.resolve("site/templates/base.ftlh"));
        Fixtures.Run r = Fixtures.cli("check", "--site", tmp.resolve("site").toString());
        assertEquals(List.of("templates/base.ftlh: error: template 'base.ftlh' does not exist (add templates/base.ftlh, or fix the name where "
                        + "templates/section.ftlh:1 imports or includes it; while rendering content/_index.md and 2 other files)",
                "1 error, 0 warnings"), r.errLines());
    }
}
