package dev.resurface.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a template's text up to a point and tells which block directives ({@code <#if>}, {@code <#list>},
 * {@code <@box>} …) are still open there, and where each was opened. FreeMarker's parse errors name the
 * directive that is not closed but not the line it was opened on; this supplies that line.
 * Only the tags are read, not the expressions inside them: it is a helper for messages, not a parser.
 */
final class OpenTags {
    private OpenTags() {}

    /** A tag: its name ({@code if}, or {@code @box} for a user directive) and where its '<' is. */
    record Tag(String name, int offset) {
        /** How an author writes the opening tag: {@code <#if>}, {@code <@box>}. */
        String opening() { return name.startsWith("@") ? "<" + name + ">" : "<#" + name + ">"; }

        /** The end-tag that closes it: {@code </#if>}, {@code </@box>}. */
        String closing() { return name.startsWith("@") ? "</" + name + ">" : "</#" + name + ">"; }
    }

    /** Directives that have an end-tag (assign, global and local only in their capturing form, see below). */
    private static final Set<String> BLOCKS = Set.of("if", "list", "items", "macro", "function", "switch", "attempt",
            "compress", "escape", "noescape", "autoesc", "noautoesc", "outputformat", "assign", "global", "local", "foreach");

    /** What {@link #scan} found: the directives open at the limit (outermost first), and a tag cut off by the limit. */
    record State(List<Tag> open, Optional<Tag> unfinished) {
        Optional<Tag> innermost() { return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1)); }

        /**
         * The innermost open directive of this name: {@code macro} also finds a function and {@code assign} a global or
         * local, as FreeMarker names them together; {@code @} finds any user directive.
         */
        Optional<Tag> innermost(String name) {
            for (int i = open.size() - 1; i >= 0; i--) {
                String n = open.get(i).name();
                if (n.equals(name) || name.equals("@") && n.startsWith("@") || name.equals("macro") && n.equals("function") || name.equals("assign") && (n.equals("global") || n.equals("local"))) {
                    return Optional.of(open.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /** The directives open just before {@code limit}. */
    static State scan(String text, int limit) {
        List<Tag> open = new ArrayList<>();
        int end = Math.min(limit, text.length());
        int i = 0;
        while (i < end) {
            int lt = text.indexOf('<', i);
            int dollar = text.indexOf("${", i);
            if (dollar >= 0 && dollar < end && (lt < 0 || dollar < lt)) { // an interpolation may hold "<#" in a string: skip it whole
                int close = closingBrace(text, dollar + 2);
                if (close < 0) break;
                i = close + 1;
                continue;
            }
            if (lt < 0 || lt >= end) break;
            if (text.startsWith("<#--", lt)) {
                int c = text.indexOf("-->", lt + 4);
                if (c < 0) break;
                i = c + 3;
                continue;
            }
            boolean closing = text.startsWith("</", lt);
            int nameStart = lt + (closing ? 2 : 1);
            if (nameStart >= text.length() || (text.charAt(nameStart) != '#' && text.charAt(nameStart) != '@')) {
                i = lt + 1;
                continue;
            }
            boolean user = text.charAt(nameStart) == '@';
            int n = nameStart + 1;
            while (n < text.length() && (Character.isLetterOrDigit(text.charAt(n)) || "_.-:".indexOf(text.charAt(n)) >= 0)) n++;
            String name = (user ? "@" : "") + text.substring(nameStart + 1, n);
            int tagEnd = tagEnd(text, n);
            if (tagEnd < 0 || tagEnd >= end) return new State(List.copyOf(open), Optional.of(new Tag(name, lt)));
            if (closing) {
                close(open, name);
            } else if (name.equals("noparse")) {
                int c = text.indexOf("</#noparse>", tagEnd);
                if (c < 0) break;
                i = c + "</#noparse>".length();
                continue;
            } else if (opensBlock(name, user, text.substring(n, tagEnd))) {
                open.add(new Tag(name, lt));
            }
            i = tagEnd + 1;
        }
        return new State(List.copyOf(open), Optional.empty());
    }

    private static boolean opensBlock(String name, boolean user, String body) {
        if (body.endsWith("/")) return false; // <@box/>, <#assign x = 1/>
        if (user) return true;
        if (!BLOCKS.contains(name)) return false;
        // <#assign x = 1> sets a value; <#assign x>…</#assign> captures what is between the tags
        return !(name.equals("assign") || name.equals("global") || name.equals("local")) || !body.contains("=");
    }

    /** Pops the end-tag's directive when it is the innermost one ({@code </@>} closes any user directive). */
    private static void close(List<Tag> open, String name) {
        if (open.isEmpty()) return;
        String top = open.get(open.size() - 1).name();
        if (top.equals(name) || name.equals("@") && top.startsWith("@")) open.remove(open.size() - 1);
    }

    /** The '>' that ends a tag whose name ends before {@code from}: not inside quotes or parentheses, as FreeMarker reads it. */
    static int tagEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = quoteEnd(text, i);
                if (i < 0) return -1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == '>' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The '}' that closes an interpolation whose content starts at {@code from}, or -1. */
    static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = quoteEnd(text, i);
                if (i < 0) return -1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int quoteEnd(String text, int open) {
        char q = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == q) return i;
        }
        return -1;
    }
}
