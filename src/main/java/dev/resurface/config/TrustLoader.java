package dev.resurface.config;

import dev.resurface.yaml.MapReader;
import dev.resurface.yaml.YNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the health-content sections of {@code site.yml} (see {@link TrustConfig}). */
final class TrustLoader {
    static final List<String> CITATION_KEYS = List.of("data", "page", "untrusted");
    static final List<String> REVIEW_KEYS = List.of("period", "people");
    static final List<String> GLOSSARY_KEYS = List.of("data", "page");
    static final List<String> LINT_KEYS = List.of("claims", "balance", "readability");
    static final List<String> CLAIM_KEYS = List.of("phrase", "reason");
    static final List<String> BALANCE_KEYS = List.of("when", "heading", "message");
    static final List<String> READABILITY_KEYS = List.of("maxGrade", "minWords");
    static final List<String> STRUCTURED_KEYS = List.of("pageType", "audience", "procedure", "medical");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*(day|week|month|year)s?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern PAGE = Pattern.compile("/([a-z0-9_-]+/)+");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]");

    private TrustLoader() {}

    static TrustConfig load(MapReader root) {
        TrustConfig d = TrustConfig.DEFAULT;
        TrustConfig.Citations citations = root.mapping("citations").map(m -> {
            MapReader r = reader(root.at(m), CITATION_KEYS, "citations");
            return new TrustConfig.Citations(dataName(r, "data", d.citations().data()), page(r, "page", d.citations().page()), domains(r, "untrusted"));
        }).orElse(d.citations());
        TrustConfig.Review review = root.mapping("review").map(m -> {
            MapReader r = reader(root.at(m), REVIEW_KEYS, "review");
            Optional<Period> period = r.string("period").flatMap(p -> {
                Optional<Period> parsed = period(p);
                if (parsed.isEmpty()) r.error(r.node("period"), "'period' must be a time such as '12 months', '1 year' or '90 days', found '" + p + "'", "");
                return parsed;
            });
            return new TrustConfig.Review(period, dataName(r, "people", "people"));
        }).orElse(d.review());
        TrustConfig.Glossary glossary = root.mapping("glossary").map(m -> {
            MapReader r = reader(root.at(m), GLOSSARY_KEYS, "glossary");
            return new TrustConfig.Glossary(dataName(r, "data", "glossary"), page(r, "page", d.glossary().page()));
        }).orElse(d.glossary());
        TrustConfig.Lint lint = root.mapping("lint").map(m -> lint(root.at(m))).orElse(d.lint());
        TrustConfig.StructuredData sd = root.mapping("structuredData").map(m -> {
            MapReader r = reader(root.at(m), STRUCTURED_KEYS, "structuredData");
            String type = r.string("pageType").orElse(d.structuredData().pageType());
            if (!type.matches("[A-Z][A-Za-z]+")) r.error(r.node("pageType"), "'pageType' must be a schema.org type name such as MedicalWebPage", "");
            String audience = r.string("audience").orElse("");
            if (!audience.isEmpty() && !audience.matches("[A-Z][A-Za-z]+")) r.error(r.node("audience"), "'audience' must be a schema.org audience type such as Patient", "");
            Map<String, Object> procedure = r.mapping("procedure").map(w -> SiteConfigLoader.castMap(w.toJava())).orElse(Map.of());
            return new TrustConfig.StructuredData(type, audience, procedure, conditions(r, "medical"));
        }).orElse(d.structuredData());
        return new TrustConfig(citations, review, glossary, lint, sd);
    }

    /** One condition ({@code {type: treatment}}) or a list of them ({@code [{type: treatment}, {type: guide}]}). */
    private static List<Map<String, Object>> conditions(MapReader r, String key) {
        YNode n = r.node(key);
        if (n == null) return List.of();
        List<YNode> items = n instanceof YNode.Seq seq ? seq.items() : List.of(n);
        List<Map<String, Object>> out = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YNode.Mapping m && !m.entries().isEmpty()) out.add(SiteConfigLoader.castMap(m.toJava()));
            else r.error(item, "each of '" + key + "' must be a condition such as {type: treatment}",
                    "a condition is written like a schema rule's 'when'; a page matching any of them is medical content");
        }
        return out;
    }

    private static MapReader reader(MapReader r, List<String> keys, String where) {
        r.rejectUnknown(keys, where);
        return r;
    }

    private static String dataName(MapReader r, String key, String fallback) {
        String v = r.string(key).orElse(fallback);
        if (!NAME.matcher(v).matches()) {
            r.error(r.node(key), "'" + key + "' must name a data file under content/_data without its extension, found '" + v + "'", "e.g. 'sources'");
            return fallback;
        }
        return v;
    }

    /** A list of domain names such as 'scribd.com' (each also stands for its subdomains), in lower case. */
    private static List<String> domains(MapReader r, String key) {
        List<String> out = new ArrayList<>();
        r.seq(key).ifPresent(q -> {
            for (YNode item : q.items()) {
                String d = item instanceof YNode.Scalar s && s.value() instanceof String str ? str.trim().toLowerCase(Locale.ROOT) : "";
                if (DOMAIN.matcher(d).matches()) out.add(d);
                else r.error(item, "each of '" + key + "' must be a domain name such as scribd.com, found "
                        + (d.isEmpty() ? YNode.describe(item) : "'" + d + "'"), "write the domain alone, without https:// or a path; its subdomains are included");
            }
        });
        return out;
    }

    private static String page(MapReader r, String key, String fallback) {
        String v = r.string(key).orElse(fallback);
        if (!PAGE.matcher(v).matches()) {
            r.error(r.node(key), "'" + key + "' must be a site path such as '/sources/', found '" + v + "'",
                    "lower-case letters, digits, '-' or '_', with a '/' at both ends");
            return fallback;
        }
        return v;
    }

    static Optional<Period> period(String text) {
        Matcher m = PERIOD.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        int n = Integer.parseInt(m.group(1));
        if (n == 0) return Optional.empty();
        return Optional.of(switch (m.group(2)) {
            case "day" -> Period.ofDays(n);
            case "week" -> Period.ofWeeks(n);
            case "month" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        });
    }

    private static TrustConfig.Lint lint(MapReader lint) {
        MapReader r = reader(lint, LINT_KEYS, "lint");
        List<TrustConfig.Claim> claims = new ArrayList<>();
        r.seq("claims").ifPresent(q -> {
            for (YNode item : q.items()) {
                if (!(item instanceof YNode.Mapping im)) {
                    r.error(item, "a claim must be a map with 'phrase' and 'reason'",
                            "e.g. - {phrase: painless, reason: \"most people feel some discomfort\"}");
                    continue;
                }
                MapReader ir = reader(r.at(im), CLAIM_KEYS, "a claim");
                String phrase = ir.string("phrase").orElse("");
                String reason = ir.string("reason").orElse("");
                if (phrase.isBlank()) r.error(im, "claim has no 'phrase'", "");
                else if (reason.isBlank()) r.error(im,
                        "claim '" + phrase + "' has no 'reason'", "say why the phrase misleads; the warning shows it to the author");
                else claims.add(new TrustConfig.Claim(phrase.trim(), reason.trim(), im.line(), im.col()));
            }
        });
        List<TrustConfig.BalanceRule> balance = new ArrayList<>();
        r.seq("balance").ifPresent(q -> {
            for (YNode item : q.items()) {
                if (!(item instanceof YNode.Mapping im)) {
                    r.error(item, "a balance rule must be a map with 'when' and 'heading'", "");
                    continue;
                }
                MapReader ir = reader(r.at(im), BALANCE_KEYS, "a balance rule");
                Map<String, Object> when = ir.mapping("when").map(w -> SiteConfigLoader.castMap(w.toJava())).orElse(Map.of());
                String heading = ir.string("heading").orElse("");
                if (heading.isBlank()) {
                    r.error(im, "balance rule has no 'heading'",
                            "a regular expression for the heading the page needs, e.g. 'risks|side effects'");
                    continue;
                }
                try {
                    Pattern p = Pattern.compile(heading, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    String message = ir.string("message").orElse("page has no section on risks and side effects");
                    balance.add(new TrustConfig.BalanceRule(when, p, message, im.line()));
                } catch (PatternSyntaxException e) {
                    ir.error(ir.node("heading"), "invalid regular expression: " + e.getDescription(), "");
                }
            }
        });
        Optional<Double> maxGrade = Optional.empty();
        int minWords = TrustConfig.Lint.DEFAULT.minWords();
        Optional<YNode.Mapping> rm = r.mapping("readability");
        if (rm.isPresent()) {
            MapReader rr = reader(r.at(rm.get()), READABILITY_KEYS, "lint.readability");
            maxGrade = rr.number("maxGrade");
            minWords = rr.integer("minWords").orElse(minWords);
            if (minWords < 0) rr.error(rr.node("minWords"), "'minWords' cannot be negative", "");
        }
        return new TrustConfig.Lint(claims, balance, maxGrade, Math.max(0, minWords));
    }
}
