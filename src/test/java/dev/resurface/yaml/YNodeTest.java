package dev.resurface.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link YNode}: type names used in messages, and immutability. */
class YNodeTest {

    @Test
    void describeNamesEachType() {
        assertEquals("a list", YNode.describe(new YNode.Seq(List.of(), 1, 1)));
        assertEquals("a map", YNode.describe(new YNode.Mapping(Map.of(), 1, 1)));
        assertEquals("nothing (null)", YNode.describe(new YNode.Scalar(null, 1, 1)));
        assertEquals("text", YNode.describe(new YNode.Scalar("x", 1, 1)));
        assertEquals("a whole number", YNode.describe(new YNode.Scalar(3L, 1, 1)));
        assertEquals("a number", YNode.describe(new YNode.Scalar(2.5, 1, 1)));
        assertEquals("true/false", YNode.describe(new YNode.Scalar(true, 1, 1)));
        assertEquals("a date", YNode.describe(new YNode.Scalar(LocalDate.of(2025, 1, 1), 1, 1)));
    }

    @Test
    void mappingIsACopyInInsertionOrder() {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        entries.put("b", new YNode.Entry("b", 1, 1, new YNode.Scalar("x", 1, 4)));
        entries.put("a", new YNode.Entry("a", 2, 1, new YNode.Scalar("y", 2, 4)));
        YNode.Mapping m = new YNode.Mapping(entries, 1, 1);
        entries.clear();
        assertEquals(List.of("b", "a"), List.copyOf(m.entries().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> m.entries().clear());
        assertEquals("x", m.get("b").toJava());
        assertNull(m.get("zzz"));
    }

    @Test
    void seqIsACopy() {
        java.util.ArrayList<YNode> items = new java.util.ArrayList<>(List.of(new YNode.Scalar("x", 1, 1)));
        YNode.Seq s = new YNode.Seq(items, 1, 1);
        items.clear();
        assertEquals(1, s.items().size());
        assertEquals(List.of("x"), s.toJava());
    }
}
