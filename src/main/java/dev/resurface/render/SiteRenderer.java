package dev.resurface.render;

import dev.resurface.cards.CardSpec;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.Site;
import dev.resurface.content.Tag;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.IoMessages;
import dev.resurface.output.OutputSink;
import dev.resurface.util.Parallel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Renders every output of a site through its template and writes it to the staging folder:
 * pages, section pages, home, tag pages, the tag index, 404, alias redirects, sitemap, robots.txt
 * and the Atom feed. Each job is independent, so they run in parallel; their diagnostics come back
 * as values.
 */
public final class SiteRenderer {
    private final TemplateEngine templates;
    private final Site site;
    private final ModelWrapper wrapper;
    private final SiteModel siteModel;
    /** Output file → the page facets its render read ({@link Facet#key}); null when not recording. */
    private final Map<String, Set<String>> reads;
    /** Output file → the templates its render loaded; recorded with the reads. */
    private final Map<String, Set<String>> templatesUsed;
    /** One instance of each distinct set of templates: thousands of pages share a handful. */
    private final Map<Set<String>, Set<String>> sameTemplates = new ConcurrentHashMap<>();
    private final LocalDate today;
    private final AtomicInteger reused = new AtomicInteger();

    /** How many outputs the last {@link #renderAll} kept from the last build. */
    public int reusedOutputs() { return reused.get(); }

    /**
     * @param recordReads note which page facets each output reads (serve: see {@link #reads()})
     * @param today       the build's date: only the feed of a site without a single dated page shows it
     */
    public SiteRenderer(TemplateEngine templates, Site site, String generator, boolean recordReads, LocalDate today) {
        this.templates = templates;
        this.site = site;
        this.today = today;
        this.wrapper = new ModelWrapper(TemplateEngine.VERSION, site);
        this.siteModel = new SiteModel(wrapper, generator);
        this.reads = recordReads ? new ConcurrentHashMap<>() : null;
        this.templatesUsed = recordReads ? new ConcurrentHashMap<>() : null;
    }

    /** For each output rendered so far, the page facets it read (empty unless recording). */
    public Map<String, Set<String>> reads() {
        return reads == null ? Map.of() : Map.copyOf(reads);
    }

    /**
     * For each output rendered so far (not those kept from the last build), the names of the templates
     * its render loaded (empty unless recording): after a template edit only those that loaded it change.
     */
    public Map<String, Set<String>> templatesUsed() {
        return templatesUsed == null ? Map.of() : Map.copyOf(templatesUsed);
    }

    /** One file to render: template, output file, extra model values, what it is (for messages). */
    record Job(String template, String file, Map<String, Object> model, String what) {}

    /** The template a page uses: front matter {@code layout}, then the section's default, then the kind's. */
    public String layoutOf(Page p) {
        if (p.fm().layout().isPresent()) return p.fm().layout().get() + ".ftlh";
        var trust = site.config().trust();
        if (p.kind() == PageKind.PAGE && p.path().equals(trust.citations().page()) && !site.reference().sources().isEmpty()) return "sources.ftlh";
        if (p.kind() == PageKind.PAGE && p.path().equals(trust.glossary().page()) && !site.reference().glossary().isEmpty()) return "glossary.ftlh";
        String top = p.section().isEmpty() ? "" : p.section().split("/")[0];
        return switch (p.kind()) {
            case PAGE -> first(top.isEmpty() ? null : top + "/page.ftlh", "page.ftlh");
            case SECTION -> first(top.isEmpty() ? null : top + "/section.ftlh", "section.ftlh");
            case HOME -> first("home.ftlh", "section.ftlh");
        };
    }

    private String first(String preferred, String fallback) {
        return preferred != null && templates.exists(preferred) ? preferred : fallback; // the engine remembers each answer
    }

    /** Renders and writes everything; returns the number of files written and the problems. */
    public List<Diagnostic> renderAll(OutputSink out, ExecutorService pool, int[] filesWritten) {
        return run(jobs(f -> true), out, pool, filesWritten, null);
    }

    /** Which outputs the last build's files can stand in for, with what their render read ({@code build --cache}). */
    public interface Reuse {
        Optional<Set<String>> reads(String file);
    }

    /** {@link #renderAll}, keeping the outputs {@code reuse} allows (when the sink can) instead of rendering them. */
    public List<Diagnostic> renderAll(OutputSink out, ExecutorService pool, int[] filesWritten, Reuse reuse) {
        return run(jobs(f -> true), out, pool, filesWritten, reuse);
    }

    /** Renders and writes only these output files (those the site has; others are ignored). */
    public List<Diagnostic> render(Set<String> files, OutputSink out, int[] filesWritten) {
        return render(files, out, null, filesWritten);
    }

    /** {@link #render(Set, OutputSink, int[])} on a pool (null: on this thread). */
    public List<Diagnostic> render(Set<String> files, OutputSink out, ExecutorService pool, int[] filesWritten) {
        return run(jobs(files::contains), out, pool, filesWritten, null);
    }

    /** The render jobs for the outputs {@code wanted} accepts (each job's model is only built if wanted). */
    private List<Job> jobs(Predicate<String> wanted) {
        List<Job> jobs = new ArrayList<>();
        for (Page p : site.pages()) {
            if (!wanted.test(p.outputFile())) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", p);
            jobs.add(new Job(layoutOf(p), p.outputFile(), m, !p.source().isEmpty() ? p.source()
                    : p.kind() == PageKind.PAGE ? "the generated page " + p.path() : "section " + p.path()));
        }
        for (Tag t : site.tags().values()) {
            if (!wanted.test(Outputs.fileOf(t.path()))) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            String description = t.description().isEmpty() ? "Pages about " + t.name() + "." : t.description();
            m.put("page", new PageModel(virtualPage(t.name(), description, t.path()), wrapper, "tag", t.pages()));
            m.put("tag", SiteModel.TagModel.of(t, site));
            jobs.add(new Job("tag.ftlh", Outputs.fileOf(t.path()), m, "tag page " + t.path()));
        }
        if (!site.tags().isEmpty() && wanted.test(Outputs.fileOf(Outputs.TAGS))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", new PageModel(virtualPage("Tags", "Every topic on this site, with its pages.", Outputs.TAGS), wrapper, "tags", List.of()));
            jobs.add(new Job("tags.ftlh", Outputs.fileOf(Outputs.TAGS), m, "tag index"));
        }
        if (wanted.test(Outputs.fileOf(Outputs.NOT_FOUND))) {
            Map<String, Object> nf = new LinkedHashMap<>();
            nf.put("page", new PageModel(virtualPage("Page not found", "There is no page at this address.", Outputs.NOT_FOUND), wrapper, "404", List.of()));
            jobs.add(new Job("404.ftlh", Outputs.fileOf(Outputs.NOT_FOUND), nf, "404 page"));
        }
        for (Page p : site.pages()) {
            for (String alias : p.fm().aliases()) {
                if (!wanted.test(Aliases.fileOf(alias))) continue;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("page", p);
                m.put("target", site.url(p.path()));
                m.put("canonical", site.permalink(p.path()));
                jobs.add(new Job("alias.ftlh", Aliases.fileOf(alias), m, "alias " + alias + " of " + p.source()));
            }
        }
        if (wanted.test(Outputs.fileOf(Outputs.SITEMAP))) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("pages", site.pages().stream().filter(p -> !p.fm().draft()).toList());
            jobs.add(new Job("sitemap.xml.ftlx", Outputs.fileOf(Outputs.SITEMAP), sm, "sitemap"));
        }
        if (wanted.test(Outputs.fileOf(Outputs.ROBOTS))) jobs.add(new Job("robots.txt.ftl", Outputs.fileOf(Outputs.ROBOTS), new LinkedHashMap<>(), "robots.txt"));
        if (wanted.test(Outputs.fileOf(Outputs.FEED))) {
            FeedEntries feed = FeedEntries.of(site, today);
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("pages", feed.pages());
            fm.put("updated", feed.updated());
            fm.put("withContent", site.config().feed().content());
            jobs.add(new Job("feed.xml.ftlx", Outputs.fileOf(Outputs.FEED), fm, "feed"));
        }
        return jobs;
    }

    /** The social preview card of every page rendered (not of redirects), each distinct card once, by file name. */
    public List<CardSpec> cards() {
        Map<String, CardSpec> out = new TreeMap<>();
        for (Job j : jobs(f -> true)) {
            if (j.template().equals("alias.ftlh")) continue;
            Object p = j.model().get("page");
            PageModel m = p instanceof PageModel pm ? pm : p instanceof Page page ? new PageModel(page, wrapper) : null;
            if (m != null) m.card().ifPresent(c -> out.putIfAbsent(c.file(), c));
        }
        return List.copyOf(out.values());
    }

    private List<Diagnostic> run(List<Job> jobs, OutputSink out, ExecutorService pool, int[] filesWritten, Reuse reuse) {
        List<Optional<Diagnostic>> results = Parallel.map(pool, jobs, job -> run(job, out, reuse));
        int written = 0;
        // The same template mistake usually breaks every page that uses it: report it once.
        Map<String, List<Diagnostic>> byPlace = new LinkedHashMap<>();
        for (Optional<Diagnostic> r : results) {
            if (r.isEmpty()) {
                written++;
                continue;
            }
            Diagnostic d = r.get();
            byPlace.computeIfAbsent(d.path() + ":" + d.line() + ":" + d.col() + ":" + d.message(), k -> new ArrayList<>()).add(d);
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (List<Diagnostic> same : byPlace.values()) {
            Diagnostic first = same.get(0);
            int others = same.size() - 1;
            problems.add(others == 0 ? first : new Diagnostic(first.path(), first.line(), first.col(), first.severity(), first.message(),
                    first.hint() + " and " + others + " other " + (others == 1 ? "file" : "files")));
        }
        filesWritten[0] += written;
        return problems;
    }

    private Optional<Diagnostic> run(Job job, OutputSink out, Reuse reuse) {
        if (reuse != null) {
            Optional<Set<String>> kept = reuse.reads(job.file());
            if (kept.isPresent() && out.reuse(job.file())) {
                if (reads != null) reads.put(job.file(), kept.get());
                reused.incrementAndGet();
                return Optional.empty();
            }
        }
        Map<String, Object> model = new LinkedHashMap<>(job.model());
        model.put("site", siteModel);
        model.put("data", site.data());
        TemplateEngine.Result r;
        if (reads == null) {
            r = templates.render(job.template(), model, wrapper, job.what());
        } else {
            Set<String> read = new HashSet<>();
            Set<String> used = new HashSet<>();
            wrapper.track(read);
            try {
                r = templates.recording(used, () -> templates.render(job.template(), model, wrapper, job.what()));
            } finally {
                wrapper.track(null);
            }
            reads.put(job.file(), read);
            Set<String> copy = Set.copyOf(used);
            Set<String> shared = sameTemplates.putIfAbsent(copy, copy);
            templatesUsed.put(job.file(), shared == null ? copy : shared);
        }
        if (r.problem().isPresent()) return r.problem();
        try {
            out.write(job.file(), r.text().get().getBytes(StandardCharsets.UTF_8));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Diagnostic.error(job.what(), 0, 0, "cannot write " + job.file() + ": " + IoMessages.reason(e),
                    "check free disk space and permissions of the output folder"));
        }
    }

    private Page virtualPage(String title, String description, String path) {
        FrontMatter fm = FrontMatter.of(title, Optional.of(description));
        return Page.madeUp(PageKind.SECTION, "", "", path, fm, "");
    }
}
