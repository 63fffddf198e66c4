package dev.resurface.glossary;

import java.util.List;

/**
 * A glossary entry.
 *
 * @param id      the anchor on the glossary page, made from the term ({@code erythema}, {@code co2-laser})
 * @param letter  the A–Z heading it is listed under ("#" for a term starting with a digit or symbol)
 * @param aliases other forms that count as a use of the term (plurals, spellings, abbreviations)
 */
public record Term(String id, String term, String definition, List<String> aliases, String letter, int line) {
    public Term {
        aliases = List.copyOf(aliases);
    }
}
