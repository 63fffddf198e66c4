package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How Java values look to templates ({@link ModelWrapper}, {@link RecordModel}). */
class ModelWrapperTest {
    private final ModelWrapper w = new ModelWrapper(TemplateEngine.VERSION, null);

    /** A record with a derived value, a static method and the methods every record has. */
    public record Entry(String title, int year) {
        public String label() { return title + " (" + year + ")"; }

        public static String helper() { return "never shown"; }
    }

    @Test
    void anEmptyOptionalIsMissingAndAFullOneIsItsValue() throws TemplateModelException {
        assertNull(w.wrap(Optional.empty()));
        assertEquals("x", ((TemplateScalarModel) w.wrap(Optional.of("x"))).getAsString());
    }

    @Test
    void aLocalDateIsADateAtMidnightUtcWhateverTheMachinesTimeZone() throws TemplateModelException {
        TemplateDateModel d = assertInstanceOf(TemplateDateModel.class, w.wrap(LocalDate.of(2026, 1, 10)));
        assertEquals(TemplateDateModel.DATE, d.getDateType());
        assertEquals(Instant.parse("2026-01-10T00:00:00Z").toEpochMilli(), d.getAsDate().getTime());
    }

    @Test
    void aPageBecomesAPageModel() throws TemplateModelException {
        assertInstanceOf(PageModel.class, w.wrap(TinySite.page("a.md", "A")));
    }

    @Test
    void aRecordShowsItsComponentsThenItsDerivedValuesButNotObjectsMethods() throws TemplateModelException {
        TemplateHashModelEx hash = assertInstanceOf(TemplateHashModelEx.class, w.wrap(new Entry("Study", 2024)));
        List<String> keys = new ArrayList<>();
        for (TemplateModelIterator it = hash.keys().iterator(); it.hasNext(); ) keys.add(((TemplateScalarModel) it.next()).getAsString());
        assertEquals(List.of("title", "year", "label"), keys);
        assertEquals(3, hash.size());
        assertEquals("Study (2024)", ((TemplateScalarModel) hash.get("label")).getAsString());
        assertNull(hash.get("toString"));
        assertNull(hash.get("helper"));
        assertNull(hash.get("nope"));
    }

    @Test
    void templatesReadRecordsOptionalsAndDatesByName(@TempDir Path tmp) {
        Map<String, Object> model = Map.of("e", new Entry("Study", 2024), "d", LocalDate.of(2026, 12, 2), "none", Optional.empty());
        assertEquals("Study (2024) 2 December 2026 missing",
                TinySite.render(tmp, "${e.label} ${d?string(\"d MMMM yyyy\")} ${none!\"missing\"}", model, w));
    }
}
