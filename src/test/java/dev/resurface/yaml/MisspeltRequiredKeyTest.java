package dev.resurface.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.cite.Bibliography;
import dev.resurface.cite.People;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import dev.resurface.glossary.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** In data files and site.yml too, a misspelt required key is one error (unknown key, did you mean), not two. */
class MisspeltRequiredKeyTest {
    static YNode yaml(String text) {
        return YamlReader.read(text, "content/_data/x.yml", 0).root().orElseThrow();
    }

    @Test
    void aSourceWithATitleTypo() {
        Checked<Bibliography> b = Bibliography.read(yaml("- id: a\n  titel: A\n  url: https://a.org/\n"), "content/_data/x.yml");
        assertEquals(List.of("content/_data/x.yml:2:3: error: unknown key 'titel' in a source (did you mean 'title'?)"), b.problems().stream().map(Diagnostic::format).toList());
        assertEquals(true, b.value().file().covers("a"), "its citations follow from this error");
    }

    @Test
    void aPersonAGlossaryTermAndAnIdWithTypos() {
        List<Diagnostic> problems = new ArrayList<>();
        problems.addAll(People.read(yaml("- id: jo\n  nmae: Jo\n"), "p.yml").problems());
        problems.addAll(Glossary.read(yaml("- term: ablative\n  defintion: Removes skin.\n"), "g.yml", "en").problems());
        problems.addAll(Bibliography.read(yaml("- ide: a\n  title: A\n  url: https://a.org/\n"), "s.yml").problems());
        assertEquals(List.of("p.yml:2:3: error: unknown key 'nmae' in a person (did you mean 'name'?)",
                "g.yml:2:3: error: unknown key 'defintion' in a glossary entry (did you mean 'definition'?)",
                "s.yml:1:3: error: unknown key 'ide' in a source (did you mean 'id'?)"), problems.stream().map(Diagnostic::format).toList());
    }

    @Test
    void aSiteYmlTitleTypo() {
        assertEquals(List.of("site.yml:1:1: error: unknown key 'titel' in site.yml (did you mean 'title'?)"),
                SiteConfigLoader.load("titel: T\nbaseUrl: https://e.org/\n", Optional.empty()).problems().stream().map(Diagnostic::format).toList());
    }
}
