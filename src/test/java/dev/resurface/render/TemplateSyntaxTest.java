package dev.resurface.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TemplateSyntax} on mistakes beyond those of the template-syntax-errors fixture, and the rule
 * that no message shows FreeMarker's parser jargon.
 */
class TemplateSyntaxTest {
    private static String explain(String template) {
        Configuration cfg = new Configuration(TemplateEngine.VERSION);
        cfg.setTabSize(1);
        try {
            new Template("t.ftlh", template, cfg);
        } catch (ParseException e) {
            TemplateSyntax.Explained x = TemplateSyntax.explain(e, template);
            return x.line() + ":" + x.col() + ": " + x.message() + " (" + x.hint() + ")";
        } catch (IOException e) {
            fail(e);
        }
        return "parsed";
    }

    @Test
    void anUnclosedUserDirectiveIsNamedWithTheLineItOpenedOn() {
        assertEquals("3:1: '</#if>' is here, but the '<@box>' opened at line 2 is not closed yet "
                        + "(close it with '</@box>' first: directives close in the reverse order they open)",
                explain("<#if a>\n<@box title=\"x\">\n</#if>"));
    }

    @Test
    void aTagCutOffByTheEndOfTheFile() {
        assertEquals("2:1: the tag '<#assign' that starts here is not closed with '>' (end the tag with '>' (or '/>' for a call without content))",
                explain("<p>\n<#assign x = 1"));
    }

    @Test
    void bracketsAndParenthesesThatAreNotClosed() {
        assertEquals("1:6: '[' is not closed before '}' (add ']')", explain("${a[1}"));
        assertEquals("1:10: '(' is not closed before '<' (add ')')", explain("<#if (a>x</#if>"));
    }

    @Test
    void anEmptyInterpolationAndTwoValuesInOne() {
        assertEquals("1:3: '${}' is empty (write a value inside, e.g. ${page.title})", explain("${}"));
        assertEquals("1:5: 'b' cannot follow a value inside ${…} (an interpolation holds one value: end it with '}', or join values with +)",
                explain("${a b}"));
    }

    @Test
    void anUnknownEndTagGetsADidYouMean() {
        assertEquals("1:21: unknown directive '</#lsit>' (did you mean '</#list>'?)", explain("<#list xs as x>${x}</#lsit>"));
    }

    @Test
    void anEndTagForADirectiveThatHasNone() {
        assertEquals("1:19: '</#else>' does not exist: '<#else>' has no end-tag (remove it; the directive around it has its own end-tag)",
                explain("<#if page.draft>x</#else>"));
        assertEquals("1:19: unknown directive '<#elsif>' (did you mean '<#elseif>'?)", explain("<#if page.draft>x<#elsif y>z</#if>"));
    }

    @Test
    void legacyEscapingInAnEscapingTemplate() {
        Configuration cfg = new Configuration(TemplateEngine.VERSION);
        cfg.setRecognizeStandardFileExtensions(true);
        try {
            new Template("t.ftlh", "${page.title?html}", cfg);
            fail("?html must be refused in .ftlh");
        } catch (ParseException e) {
            TemplateSyntax.Explained x = TemplateSyntax.explain(e, "${page.title?html}");
            assertEquals("'?html' is not needed here: this template escapes its output already", x.message());
        } catch (IOException e) {
            fail(e);
        }
    }

    @Test
    void aHashLiteralOrInterpolationLeftOpen() {
        assertEquals("1:21: '{' is not closed before '>' (add '}')", explain("<#assign a = {\"x\": 1>"));
        assertEquals("1:1: '${' is not closed: an interpolation ${…} must end with '}' (did you mean ${page.title}?)", explain("${page.title!\"x\""));
    }

    @Test
    void noMessageShowsParserJargon() {
        for (String t : List.of("<h1>${page.title</h1>", "<#if a>\n<#list xs as x>\n</#if>", "x\n</#if>", "<#list xs as>x</#list>",
                "${a +}", "<#if a = >x</#if>", "<@foo x=1", "<#if a>x<#else>y<#else>z</#if>", "<#list xs as x>${x}</#list></#list>",
                "${a?upper}", "<#switch a><#case 1>x</#switch", "${x!}}", "<#macro m a b>${a}</#macro><@m a=1 b=2 c", "${a[1}")) {
            String m = explain(t);
            for (String jargon : List.of("Encountered", "expecting", "<ID>", "<EOF>", "STRING_LITERAL", "Check if the FreeMarker")) {
                assertFalse(m.contains(jargon), t + " -> " + m);
            }
        }
    }
}
