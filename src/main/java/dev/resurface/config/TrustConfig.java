package dev.resurface.config;

import dev.resurface.util.Frozen;
import java.net.URI;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The health-content features of {@code site.yml}: citations, review dates, glossary, the content
 * lint (claims, balance, readability) and structured data. Every part has a working default, so a
 * site that says nothing still gets citations and a glossary when it has the data files.
 */
public record TrustConfig(Citations citations, Review review, Glossary glossary, Lint lint, StructuredData structuredData) {
    public static final TrustConfig DEFAULT = new TrustConfig(Citations.DEFAULT, Review.DEFAULT, Glossary.DEFAULT, Lint.DEFAULT,
            StructuredData.DEFAULT);

    /**
     * @param data      the data file holding the bibliography
     * @param page      site path of the generated sources page
     * @param untrusted domains a source may not link to (mirrors, content farms, Q&A sites), each with its subdomains
     */
    public record Citations(String data, String page, List<String> untrusted) {
        public static final Citations DEFAULT = new Citations("sources", "/sources/", List.of());

        public Citations {
            untrusted = List.copyOf(untrusted);
        }

        /** The listed domain a URL's host is, or is under; empty when it is none of them. */
        public Optional<String> untrustedDomainOf(String url) {
            String host;
            try {
                host = URI.create(url).getHost();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (host == null) return Optional.empty();
            String h = host.toLowerCase(Locale.ROOT);
            if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
            for (String d : untrusted) if (h.equals(d) || h.endsWith("." + d)) return Optional.of(d);
            return Optional.empty();
        }
    }

    /**
     * @param period time from lastReviewed to the next review (nextReview's default)
     * @param people the data file of reviewers that {@code reviewedBy} names ("" until site.yml has a review section)
     */
    public record Review(Optional<Period> period, String people) {
        public static final Review DEFAULT = new Review(Optional.empty(), "");
    }

    /** @param data the glossary data file ("" until site.yml has a glossary section: then "glossary" unless named) */
    public record Glossary(String data, String page) {
        public static final Glossary DEFAULT = new Glossary("", "/glossary/");
    }

    /** A phrase that advertising rules treat as misleading, and why. */
    public record Claim(String phrase, String reason, int line, int col) {}

    /** Pages matching {@code when} need a heading matching {@code heading} (case-insensitive). */
    public record BalanceRule(Map<String, Object> when, Pattern heading, String message, int line) {
        public BalanceRule {
            when = Frozen.map(when);
        }
    }

    /**
     * @param maxGrade a page whose Flesch-Kincaid grade is above this is a warning
     * @param minWords pages with fewer prose words are not graded (too little text to score)
     */
    public record Lint(List<Claim> claims, List<BalanceRule> balance, Optional<Double> maxGrade, int minWords) {
        public static final Lint DEFAULT = new Lint(List.of(), List.of(), Optional.empty(), 100);

        public Lint {
            claims = List.copyOf(claims);
            balance = List.copyOf(balance);
        }
    }

    /**
     * @param pageType  schema.org type of every page (e.g. MedicalWebPage)
     * @param audience  schema.org audience type (e.g. Patient), "" for none
     * @param procedure pages matching this {@code when} are about a MedicalProcedure (empty: none)
     */
    /**
     * @param medical conditions (written like a schema rule's {@code when}) a page must match one of to be typed
     *                {@code pageType}; other content pages are plain {@code WebPage}s. Empty: every content page is.
     */
    public record StructuredData(String pageType, String audience, Map<String, Object> procedure, List<Map<String, Object>> medical) {
        public static final StructuredData DEFAULT = new StructuredData("WebPage", "", Map.of(), List.of());

        public StructuredData {
            procedure = Frozen.map(procedure);
            medical = medical.stream().map(Frozen::map).toList();
        }
    }
}
