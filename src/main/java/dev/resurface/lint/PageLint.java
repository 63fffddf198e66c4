package dev.resurface.lint;

import dev.resurface.cite.Bibliography;
import dev.resurface.cite.People;
import dev.resurface.config.Schema;
import dev.resurface.config.SchemaRule;
import dev.resurface.config.TrustConfig;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Pos;
import dev.resurface.content.SourceMap;
import dev.resurface.diag.Diagnostic;
import dev.resurface.markdown.Citation;
import dev.resurface.markdown.Prose;
import dev.resurface.prose.ClaimLint;
import dev.resurface.prose.Readability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one parsed page against the site's trust rules. Stateless after construction and safe to
 * share between threads; each call returns its findings as values.
 */
public final class PageLint {
    private final TrustConfig trust;
    private final Schema schema;
    private final Bibliography bibliography;
    private final People people;
    private final LocalDate today;
    private final ClaimLint claims;
    /** Each worker thread remembers the syllables of the words it has counted (most words recur from page to page). */
    private final ThreadLocal<Readability.Memo> syllables = ThreadLocal.withInitial(Readability.Memo::new);

    public PageLint(TrustConfig trust, Schema schema, Bibliography bibliography, People people, LocalDate today) {
        this.trust = trust;
        this.schema = schema;
        this.bibliography = bibliography;
        this.people = people;
        this.today = today;
        this.claims = new ClaimLint(trust.lint().claims().stream().map(c -> new ClaimLint.Claim(c.phrase(), c.reason())).toList());
    }

    /** What the checks found, and the figures the page report and templates show. */
    public record Result(List<Diagnostic> problems, Optional<Readability.Score> readability, Optional<LocalDate> nextReview) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public Result check(ParsedPage p) {
        List<Diagnostic> out = new ArrayList<>();
        citations(p, out);
        Optional<LocalDate> next = review(p, out);
        minCitations(p, out);
        balance(p, out);
        List<Prose.Block> prose = Prose.of(p.md().document());
        claims(p, prose, out);
        Optional<Readability.Score> score = readability(p, prose, out);
        return new Result(out, score, next);
    }

    /** nextReview as written, else lastReviewed plus the site's review period. */
    public Optional<LocalDate> nextReview(FrontMatter.Review r) {
        if (r.nextReview().isPresent()) return r.nextReview();
        return r.lastReviewed().flatMap(d -> trust.review().period().map(d::plus));
    }

    private void citations(ParsedPage p, List<Diagnostic> out) {
        for (Citation c : p.md().citations()) {
            if (!c.problem().isEmpty()) {
                out.add(p.at(c.getStartOffset()).error("malformed citation '" + c.getChars() + "': " + c.problem(),
                        "write [@source-id], or [@first; @second] for several"));
                continue;
            }
            for (int i = 0; i < c.ids().size(); i++) {
                String id = c.ids().get(i);
                if (bibliography.get(id).isPresent()) continue;
                SourceMap.Where at = p.at(c.offsets().get(i));
                String message = "unknown source '" + id + "'";
                if (bibliography.file().covers(id)) out.add(Diagnostic.followOn(bibliography.file().path(), "citation", at.path(), at.line(), at.col(), message));
                else out.add(at.error(message, bibliography.hint(id)));
            }
        }
    }

    private Optional<LocalDate> review(ParsedPage p, List<Diagnostic> out) {
        String path = p.src().path();
        FrontMatter fm = p.fm();
        FrontMatter.Review r = fm.review();
        r.reviewedBy().ifPresent(id -> {
            if (people.get(id).isEmpty()) {
                Pos at = fm.posOf("reviewedBy");
                String message = "'reviewedBy' names '" + id + "', who is not in the people data file";
                if (people.file().covers(id)) out.add(Diagnostic.followOn(people.file().path(), "reviewer", path, at.line(), at.col(), message));
                else out.add(Diagnostic.error(path, at.line(), at.col(), message, people.hint(id)));
            }
        });
        if (r.reviewedBy().isPresent() && r.lastReviewed().isEmpty()) {
            Pos at = fm.posOf("reviewedBy");
            out.add(Diagnostic.error(path, at.line(), at.col(), "'reviewedBy' without 'lastReviewed'", "say when the review happened: lastReviewed: YYYY-MM-DD"));
        }
        if (r.nextReview().isPresent() && r.lastReviewed().isEmpty()) {
            Pos at = fm.posOf("nextReview");
            out.add(Diagnostic.error(path, at.line(), at.col(), "'nextReview' without 'lastReviewed'", "a next review follows a last one: add lastReviewed"));
        }
        r.lastReviewed().ifPresent(last -> {
            if (last.isAfter(today)) {
                Pos at = fm.posOf("lastReviewed");
                out.add(Diagnostic.warning(path, at.line(), at.col(), "'lastReviewed' " + last + " is in the future", "write the date the review actually happened"));
            }
        });
        Optional<LocalDate> next = nextReview(r);
        if (next.isPresent() && r.lastReviewed().isPresent()) {
            LocalDate last = r.lastReviewed().get();
            if (!next.get().isAfter(last)) {
                Pos at = fm.posOf("nextReview");
                out.add(Diagnostic.error(path, at.line(), at.col(), "'nextReview' " + next.get() + " is not after 'lastReviewed' " + last, ""));
            } else if (next.get().isBefore(today)) {
                String field = r.nextReview().isPresent() ? "nextReview" : "lastReviewed";
                Pos at = fm.posOf(field);
                out.add(Diagnostic.warning(path, at.line(), at.col(), "review overdue: the next review was due on " + next.get(),
                        "check the page against its sources, then set lastReviewed to the review date"));
            }
        }
        return next;
    }

    /** A draft may cite fewer sources than the schema asks for (a warning, not an error); a published page may not. */
    private void minCitations(ParsedPage p, List<Diagnostic> out) {
        long cited = p.md().cited().stream().filter(id -> bibliography.get(id).isPresent()).count();
        boolean uncounted = p.md().cited().stream().anyMatch(id -> bibliography.get(id).isEmpty() && bibliography.file().covers(id));
        for (SchemaRule rule : schema.rules()) {
            if (rule.minCitations() == 0 || cited >= rule.minCitations()) continue;
            if (!FrontMatterParser.matches(rule, p.kind().label(), p.section(), Map.of(), p.fm().params())) continue;
            String message = "page cites " + cited + (cited == 1 ? " source" : " sources") + "; the schema rule at site.yml:"
                    + rule.line() + " needs at least " + rule.minCitations();
            if (bibliography.file().failed() || uncounted) {
                out.add(Diagnostic.followOn(bibliography.file().path(), "citation count", p.src().path(), 1, 1, message));
            } else if (p.fm().draft()) {
                out.add(Diagnostic.warning(p.src().path(), 1, 1, message, "a draft may cite fewer; before publishing, cite each claim's source with [@source-id]"));
            } else {
                out.add(Diagnostic.error(p.src().path(), 1, 1, message, "cite each claim's source with [@source-id] right after it"));
            }
        }
    }

    private void balance(ParsedPage p, List<Diagnostic> out) {
        for (TrustConfig.BalanceRule rule : trust.lint().balance()) {
            if (!FrontMatterParser.matches(new SchemaRule(rule.when(), List.of(), 0, rule.line()), p.kind().label(), p.section(), Map.of(), p.fm().params())) continue;
            if (p.md().headings().stream().anyMatch(h -> rule.heading().matcher(h).find())) continue;
            out.add(Diagnostic.warning(p.src().path(), 1, 1, rule.message(),
                    "add a section whose heading matches '" + rule.heading().pattern() + "' (rule at site.yml:" + rule.line() + ")"));
        }
    }

    private void claims(ParsedPage p, List<Prose.Block> prose, List<Diagnostic> out) {
        if (trust.lint().claims().isEmpty()) return;
        for (Prose.Block b : prose) {
            if (b.quoted()) continue; // a block quote reports what someone else said
            for (ClaimLint.Match m : claims.find(b.text())) {
                String found = b.text().substring(m.start(), m.end());
                out.add(p.at(b.offsetOf(m.start())).warning("misleading claim '" + found + "': " + m.claim().reason(),
                        "reword it, or quote it (\"…\") if you are reporting what others say"));
            }
        }
    }

    private Optional<Readability.Score> readability(ParsedPage p, List<Prose.Block> prose, List<Diagnostic> out) {
        List<String> paragraphs = prose.stream().filter(b -> b.kind() == Prose.Kind.PARAGRAPH).map(Prose.Block::text).toList();
        if (paragraphs.isEmpty()) return Optional.empty();
        Readability.Score s = Readability.score(paragraphs, syllables.get());
        Optional<Double> max = trust.lint().maxGrade();
        if (max.isPresent() && s.words() >= trust.lint().minWords() && s.grade() > max.get()) {
            out.add(Diagnostic.warning(p.src().path(), 1, 1, String.format(Locale.ROOT,
                    "hard to read: Flesch-Kincaid grade %.1f is above the site's limit of %s (reading ease %.1f, %.1f words a sentence)",
                    s.grade(), trim(max.get()), s.readingEase(), s.wordsPerSentence()),
                    "shorter sentences and everyday words lower the grade"));
        }
        return Optional.of(s);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
