package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OpenTags}: which block directives are open at a point of a template, and where they opened. */
class OpenTagsTest {
    private static List<String> open(String text) {
        return OpenTags.scan(text, text.length()).open().stream().map(t -> t.name() + "@" + t.offset()).toList();
    }

    @Test
    void nestedBlocksOpenUntilTheirEndTags() {
        assertEquals(List.of("if@0", "list@7"), open("<#if a><#list xs as x>"));
        assertEquals(List.of("if@0"), open("<#if a><#list xs as x>${x}</#list>"));
        assertEquals(List.of(), open("<#if a><#list xs as x>${x}</#list></#if>"));
    }

    @Test
    void assignOpensABlockOnlyInItsCapturingForm() {
        assertEquals(List.of(), open("<#assign x = 1><#assign y = \"a\"/>"));
        assertEquals(List.of("assign@0"), open("<#assign x>text"));
    }

    @Test
    void commentsStringsAndInterpolationsAreNotTags() {
        assertEquals(List.of(), open("<#-- <#if a> --><p>${\"<#if b>\"}</p><#noparse><#list x></#noparse>"));
        assertEquals(List.of(), open("<#if a > 1 || (b > 2)>x</#if>"));
    }

    @Test
    void userDirectivesOpenUnlessSelfClosed() {
        assertEquals(List.of("@box@8"), open("<@card/><@box title=\"x\">"));
        assertEquals(List.of(), open("<@box>x</@box><@box>y</@>"));
    }

    @Test
    void aTagCutOffByTheEndIsReported() {
        assertEquals("assign@3", OpenTags.scan("<p><#assign x = 1", 17).unfinished().map(t -> t.name() + "@" + t.offset()).orElse("none"));
    }
}
