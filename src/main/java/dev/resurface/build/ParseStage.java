package dev.resurface.build;

import dev.resurface.content.ContentScanner;
import dev.resurface.content.FrontMatter;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.PageKind;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.Pos;
import dev.resurface.content.LineIndex;
import dev.resurface.content.SourceFile;
import dev.resurface.content.SourceMap;
import dev.resurface.content.TextFiles;
import dev.resurface.diag.Diagnostics;
import dev.resurface.diag.IoMessages;
import dev.resurface.glossary.GlossaryMarker;
import dev.resurface.links.Urls;
import dev.resurface.markdown.MarkdownEngine;
import dev.resurface.markdown.NestingGuard;
import dev.resurface.markdown.ParsedMarkdown;
import dev.resurface.snippet.Snippets;
import dev.resurface.config.SiteConfig;
import dev.resurface.util.Parallel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * The parse stage for one Markdown file: bytes to text, front matter, snippets included, Markdown
 * syntax tree (with glossary terms marked). Problems go to the diagnostics given; a file that cannot
 * be parsed gives no page. Shared by every thread of a build, and by serve's quick rebuild.
 *
 * @param snippets     the site's snippets, included where a page calls them
 * @param glossary     marks glossary terms, or null when the site has no glossary
 * @param glossaryPage the glossary's site path (its own terms are not marked there)
 */
record ParseStage(MarkdownEngine markdown, FrontMatterParser frontMatter, Snippets snippets, GlossaryMarker glossary, String glossaryPage) {

    /** The stage for a site: its Markdown settings, front-matter schema, snippets and glossary. */
    static ParseStage of(Inputs in) {
        SiteConfig config = in.config();
        String glossaryPage = config.trust().glossary().page();
        GlossaryMarker marker = in.refs().glossary().isEmpty() ? null
                : new GlossaryMarker(in.refs().glossary(), config.basePath() + glossaryPage.substring(1));
        return new ParseStage(new MarkdownEngine(config.options().tocLevels(), config.options().summaryWords()),
                new FrontMatterParser(config.schema()), in.snippets(), marker, glossaryPage);
    }

    /** Parses every Markdown file, in parallel; drafts are left out unless the build shows them. */
    Parsed parseAll(Inputs in, Fingerprint fp, Run run) {
        List<ContentScanner.Entry> files = in.scan().markdown();
        List<Optional<ParsedPage>> results = Parallel.map(run.pool, files, e -> run.cache.parse(e, this, fp, run.diags));
        List<ParsedPage> published = new ArrayList<>();
        Set<String> broken = new TreeSet<>();
        Set<String> drafts = new TreeSet<>();
        for (int i = 0; i < results.size(); i++) {
            Optional<ParsedPage> p = results.get(i);
            if (p.isEmpty()) broken.add(files.get(i).relPath());
            else if (p.get().fm().draft() && !run.opts.drafts()) drafts.add(p.get().src().relPath());
            else published.add(p.get());
        }
        return new Parsed(this, published, broken, drafts);
    }

    /** A parse and the snippets it read, which a cache keeps even when the parse failed: a fixed snippet must be tried again. */
    record Outcome(Optional<ParsedPage> page, Map<String, String> snippets) {}

    Optional<ParsedPage> parse(ContentScanner.Entry e, Diagnostics diags) {
        return read(e, diags).flatMap(bytes -> parse(e, bytes, diags));
    }

    /** The file's bytes; a file that cannot be read is reported. */
    static Optional<byte[]> read(ContentScanner.Entry e, Diagnostics diags) {
        try {
            return Optional.of(Files.readAllBytes(e.file()));
        } catch (IOException ex) {
            diags.error("content/" + e.relPath(), 0, 0, "cannot read: " + IoMessages.reason(ex), "check the file's permissions");
            return Optional.empty();
        }
    }

    /** Parses a file's bytes in full. */
    Optional<ParsedPage> parse(ContentScanner.Entry e, byte[] bytes, Diagnostics diags) {
        return parse(e, bytes, null, Map.of(), diags).page();
    }

    /**
     * Parses a file's bytes. With {@code known} (what the persistent cache kept from the same bytes
     * parsed before, with the snippets they read then), only the front matter is parsed: the Markdown
     * body is not read again.
     */
    Outcome parse(ContentScanner.Entry e, byte[] bytes, ParsedMarkdown known, Map<String, String> knownSnippets, Diagnostics diags) {
        String path = "content/" + e.relPath();
        String raw;
        try {
            raw = TextFiles.text(bytes, e.file().getFileName().toString());
        } catch (TextFiles.NotText ex) {
            diags.error(path, ex.line(), ex.col(), ex.getMessage(), ex.hint());
            return new Outcome(Optional.empty(), Map.of());
        }
        SourceFile src = SourceFile.of(path, e.relPath(), e.file(), raw);
        String name = src.baseName();
        boolean index = name.equals("_index") || name.equals("index");
        PageKind kind = !index ? PageKind.PAGE : src.dir().isEmpty() ? PageKind.HOME : PageKind.SECTION;
        FrontMatterParser.Result fr = frontMatter.parse(src, kind.label(), src.dir());
        diags.addAll(fr.problems());
        if (fr.frontMatter().isEmpty()) return new Outcome(Optional.empty(), Map.of());
        FrontMatter fm = fr.frontMatter().get();
        if (index && fm.slug().isPresent()) {
            Pos p = fm.posOf("slug");
            diags.warning(path, p.line(), p.col(), "'slug' is ignored on a section page", "rename the folder to change its URL");
        }
        String url = Urls.pagePath(e.relPath(), index ? Optional.empty() : fm.slug());
        if (known != null) {
            return new Outcome(Optional.of(new ParsedPage(src, fm, known, kind, src.dir(), url, fr.bodyOffset(),
                    SourceMap.of(src, fr.bodyOffset(), knownSnippets))), knownSnippets);
        }
        Snippets.Expanded body = snippets.expand(src, fr.bodyOffset());
        diags.addAll(body.problems());
        Map<String, String> read = body.map().snippets();
        Optional<NestingGuard.Problem> tooDeep = NestingGuard.check(body.body());
        if (tooDeep.isPresent()) {
            NestingGuard.Problem n = tooDeep.get();
            int offset = new LineIndex(body.body()).startOf(n.line()) + n.col();
            diags.add(body.map().at(offset).error(n.message(), NestingGuard.TOO_DEEP_HINT));
            return new Outcome(Optional.empty(), read);
        }
        ParsedMarkdown md;
        try {
            md = markdown.parse(body.body());
            // the glossary page defines every term: marking them there would link each to itself
            if (glossary != null && !url.equals(glossaryPage)) glossary.mark(md.document());
        } catch (StackOverflowError overflow) {
            diags.error(path, src.lines().line(fr.bodyOffset()), 1, NestingGuard.TOO_DEEP, NestingGuard.TOO_DEEP_HINT);
            return new Outcome(Optional.empty(), read);
        }
        return new Outcome(Optional.of(new ParsedPage(src, fm, md, kind, src.dir(), url, fr.bodyOffset(), body.map())), read);
    }

    /** {@link #parse}, with the snippets the parse read (a cache keeps them even when the parse failed). */
    Outcome parseRecordingSnippets(ContentScanner.Entry e, Diagnostics diags) {
        return read(e, diags).map(bytes -> parse(e, bytes, null, Map.of(), diags)).orElse(new Outcome(Optional.empty(), Map.of()));
    }
}
