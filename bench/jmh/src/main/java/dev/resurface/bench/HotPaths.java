package dev.resurface.bench;

import com.vladsch.flexmark.util.ast.Document;
import dev.resurface.config.SiteConfig;
import dev.resurface.config.SiteConfigLoader;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.Page;
import dev.resurface.content.PageKind;
import dev.resurface.content.Reference;
import dev.resurface.content.Section;
import dev.resurface.content.Site;
import dev.resurface.content.SourceFile;
import dev.resurface.content.Tag;
import dev.resurface.content.Trust;
import dev.resurface.markdown.MarkdownEngine;
import dev.resurface.markdown.ParsedMarkdown;
import dev.resurface.markdown.ResurfaceSyntax;
import dev.resurface.output.Staging;
import dev.resurface.render.ModelWrapper;
import dev.resurface.render.Outputs;
import dev.resurface.render.SiteModel;
import dev.resurface.render.Tags;
import dev.resurface.render.TemplateEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * resurface's per-page hot paths, one article at a time, through the engine's public classes, set up the
 * way {@code Build} sets them up (one parser, one renderer, one template configuration per build):
 * <ul>
 *   <li>{@code frontMatterParse}: {@link FrontMatterParser#parse} (split, YAML, schema checks);</li>
 *   <li>{@code markdownParse}: {@link MarkdownEngine#parse} (flexmark parse, heading ids, links, words, summary);</li>
 *   <li>{@code markdownRender}: {@link MarkdownEngine#render} of the parsed article to HTML;</li>
 *   <li>{@code templateRender}: {@link TemplateEngine#render} of one article page with the model
 *       {@code SiteRenderer} gives it ({@code page}, {@code site}, {@code data}), for the built-in
 *       {@code page.ftlh} and for the minimal template the comparison corpus uses;</li>
 *   <li>{@code writeOutputFile}: {@link Staging#write} of the rendered page (UTF-8 bytes) as a new
 *       {@code <section>/<slug>/index.html} in a fresh staging folder, as a build writes every page; measured
 *       as single-shot batches of 1,000 files, so its score (ms per batch) reads as µs per file.</li>
 * </ul>
 * Not covered, because the pieces are private to {@code Build}: the link stage ({@code LinkResolver}
 * rewrites links before rendering; here the article's relative {@code .md} links are rendered as written),
 * page lint and shortcodes. The article comes from {@code gen-corpus.py} (pass it with {@code -p article=FILE}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HotPaths {
    static final String SITE_YML = "title: Bench\nbaseUrl: https://example.org/\n";
    static final String MINIMAL_PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>${page.title}</title></head>"
            + "<body><main><h1>${page.title}</h1>${page.content}</main></body></html>";

    /** One article, parsed and rendered once, with everything a template render needs. */
    @State(Scope.Benchmark)
    public static class Article {
        @Param("")
        public String article;

        SiteConfig config;
        FrontMatterParser frontMatter;
        MarkdownEngine markdown;
        SourceFile src;
        String body;
        Document document;
        FrontMatter fm;
        ParsedMarkdown parsed;
        String html;
        String section;
        String path;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            if (article.isEmpty()) throw new IllegalArgumentException("pass the article with -p article=/path/to/content/<section>/article-NNNNN.md");
            Path file = Path.of(article).toAbsolutePath();
            section = file.getParent().getFileName().toString();
            String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
            String rel = section + "/" + file.getFileName();
            path = "/" + section + "/" + slug + "/";
            config = SiteConfigLoader.load(SITE_YML, Optional.empty()).config().orElseThrow();
            frontMatter = new FrontMatterParser(config.schema());
            markdown = new MarkdownEngine(config.options().tocLevels(), config.options().summaryWords());
            src = SourceFile.of("content/" + rel, rel, file, Files.readString(file, StandardCharsets.UTF_8));
            FrontMatterParser.Result fr = frontMatter.parse(src, PageKind.PAGE.label(), section);
            if (fr.frontMatter().isEmpty()) throw new IllegalStateException("front matter does not parse: " + fr.problems());
            fm = fr.frontMatter().get();
            body = src.text().substring(fr.bodyOffset());
            parsed = markdown.parse(body);
            document = parsed.document();
            document.set(ResurfaceSyntax.CITE_TITLES, Map.of());
            html = markdown.render(document);
            int words = parsed.words();
            if (words < 500) throw new IllegalStateException("the article has only " + words + " words: pass a gen-corpus.py article");
        }

        Page page() {
            int wpm = config.options().wordsPerMinute();
            return new Page(src.path(), src.relPath(), PageKind.PAGE, section, path, fm, html, parsed.toc(),
                    fm.summary().orElse(parsed.summary()), parsed.words(), Math.max(1, (parsed.words() + wpm - 1) / wpm), Trust.NONE);
        }
    }

    /** A one-article site (home, the article's section, its tags) and the template configuration. */
    @State(Scope.Benchmark)
    public static class Templates {
        /** builtin: the engine's default page.ftlh (head, JSON-LD, sources, review); minimal: the comparison corpus's page.ftlh. */
        @Param({"builtin", "minimal"})
        public String layout;

        TemplateEngine engine;
        ModelWrapper wrapper;
        Map<String, Object> model;
        Path dir;

        @Setup(Level.Trial)
        public void setUp(Article a) throws IOException {
            dir = Files.createTempDirectory("resurface-jmh-templates");
            if (layout.equals("minimal")) Files.writeString(dir.resolve("page.ftlh"), MINIMAL_PAGE);
            engine = new TemplateEngine(dir, a.config.language());
            Page page = a.page();
            Page home = new Page("", "", PageKind.HOME, "", "/", FrontMatter.of("Bench", Optional.empty()), "", List.of(), "", 0, 0, Trust.NONE);
            Page sectionPage = new Page("", a.section + "/_index.md", PageKind.SECTION, a.section, "/" + a.section + "/",
                    FrontMatter.of(a.section, Optional.empty()), "", List.of(), "", 0, 0, Trust.NONE);
            Map<String, Section> sections = new LinkedHashMap<>();
            sections.put("", new Section("", home, List.of(sectionPage), List.of(a.section)));
            sections.put(a.section, new Section(a.section, sectionPage, List.of(page), List.of()));
            Map<String, Tag> tags = new TreeMap<>();
            for (String t : a.fm.tags()) tags.put(Tags.slug(t), new Tag(t, Tags.slug(t), Outputs.tagPath(Tags.slug(t)), List.of(page)));
            Site site = new Site(a.config, List.of(home, sectionPage, page), sections, tags, Map.of(), Map.of(), Map.of(), Reference.NONE);
            wrapper = new ModelWrapper(TemplateEngine.VERSION, site);
            model = new LinkedHashMap<>();
            model.put("page", page);
            model.put("site", new SiteModel(wrapper, "resurface-jmh"));
            model.put("data", site.data());
            TemplateEngine.Result r = engine.render("page.ftlh", model, wrapper, "bench");
            if (r.problem().isPresent()) throw new IllegalStateException(r.problem().get().toString());
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            Files.deleteIfExists(dir.resolve("page.ftlh"));
            Files.deleteIfExists(dir);
        }
    }

    /** A fresh staging folder per iteration (deleted afterwards, outside the measurement). */
    @State(Scope.Benchmark)
    public static class Output {
        byte[] bytes;
        String section;
        Path parent;
        Staging staging;
        int n;

        @Setup(Level.Trial)
        public void setUpTrial(Article a) throws IOException {
            Templates t = new Templates();
            t.layout = "builtin";
            t.setUp(a);
            bytes = t.engine.render("page.ftlh", t.model, t.wrapper, "bench").text().orElseThrow().getBytes(StandardCharsets.UTF_8);
            t.tearDown();
            section = a.section;
            parent = Files.createTempDirectory("resurface-jmh-output");
        }

        @Setup(Level.Iteration)
        public void setUpIteration() throws IOException {
            staging = Staging.begin(parent.resolve("out"));
            n = 0;
        }

        @TearDown(Level.Iteration)
        public void tearDownIteration() throws IOException {
            staging.close(); // not committed: deletes the staging folder
        }

        @TearDown(Level.Trial)
        public void tearDownTrial() throws IOException {
            try (var s = Files.list(parent)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(parent);
        }
    }

    @Benchmark
    public FrontMatterParser.Result frontMatterParse(Article a) {
        return a.frontMatter.parse(a.src, PageKind.PAGE.label(), a.section);
    }

    @Benchmark
    public ParsedMarkdown markdownParse(Article a) {
        return a.markdown.parse(a.body);
    }

    @Benchmark
    public String markdownRender(Article a) {
        return a.markdown.render(a.document);
    }

    @Benchmark
    public TemplateEngine.Result templateRender(Templates t) {
        return t.engine.render("page.ftlh", t.model, t.wrapper, "bench");
    }

    /** Single-shot batches of 1,000 new files (a fresh staging folder each), so ms per batch reads as µs per file. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, batchSize = 1000)
    @Measurement(iterations = 10, batchSize = 1000)
    public int writeOutputFile(Output o) throws IOException {
        int i = o.n++;
        o.staging.write(o.section + "/article-" + i + "/index.html", o.bytes);
        return i;
    }
}
