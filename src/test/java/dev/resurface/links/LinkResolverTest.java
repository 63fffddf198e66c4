package dev.resurface.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.config.Schema;
import dev.resurface.content.FrontMatterParser;
import dev.resurface.content.PageKind;
import dev.resurface.content.ParsedPage;
import dev.resurface.content.SourceFile;
import dev.resurface.content.SourceMap;
import dev.resurface.diag.Diagnostic;
import dev.resurface.markdown.MarkdownEngine;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LinkResolver}: every link checked against the site and rewritten to its published URL. */
class LinkResolverTest {
    private static final MarkdownEngine MD = new MarkdownEngine(List.of(2, 3), 40);

    @TempDir
    Path tmp;

    private final Map<String, ParsedPage> pages = new LinkedHashMap<>();
    private final Map<String, Path> statics = new TreeMap<>();
    private final Set<String> drafts = new LinkedHashSet<>();
    private final Set<String> broken = new LinkedHashSet<>();

    private static ParsedPage page(String rel, String body) {
        String text = "---\ntitle: T\n---\n" + body;
        SourceFile src = SourceFile.of("content/" + rel, rel, Path.of(rel), text);
        FrontMatterParser.Result fr = new FrontMatterParser(Schema.OPEN).parse(src, "page", src.dir());
        String name = src.baseName();
        boolean index = name.equals("_index") || name.equals("index");
        PageKind kind = !index ? PageKind.PAGE : src.dir().isEmpty() ? PageKind.HOME : PageKind.SECTION;
        return new ParsedPage(src, fr.frontMatter().orElseThrow(), MD.parse(src.text().substring(fr.bodyOffset())), kind, src.dir(),
                Urls.pagePath(rel, Optional.empty()), fr.bodyOffset(), SourceMap.of(src, fr.bodyOffset()));
    }

    @BeforeEach
    void site() throws Exception {
        add(page("types/co2.md", "## Risks\n\n## Aftercare\n\nText.\n"));
        add(page("types/_index.md", "Types.\n"));
        add(page("about.md", "No headings here.\n"));
        Path img = Files.createDirectories(tmp.resolve("img"));
        Path png = img.resolve("p.png");
        ImageIO.write(new BufferedImage(12, 7, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        statics.put("img/p.png", png);
        statics.put("img/bad.png", Files.writeString(img.resolve("bad.png"), "not an image"));
        statics.put("files/leaflet.pdf", Files.writeString(tmp.resolve("leaflet.pdf"), "%PDF"));
        drafts.add("guides/wip.md");
        broken.add("guides/broken.md");
    }

    private void add(ParsedPage p) {
        pages.put(p.src().relPath(), p);
    }

    private LinkResolver resolver(String basePath) {
        Map<String, ParsedPage> byPath = new HashMap<>();
        for (ParsedPage p : pages.values()) byPath.putIfAbsent(p.path(), p);
        Map<String, String> sections = new TreeMap<>(Map.of("", "/", "types", "/types/", "guides", "/guides/"));
        Set<String> sitePaths = new LinkedHashSet<>();
        for (ParsedPage p : pages.values()) sitePaths.add(p.path());
        sitePaths.addAll(sections.values());
        for (String s : statics.keySet()) sitePaths.add("/" + s);
        sitePaths.add("/tags/");
        return new LinkResolver(new LinkTargets(pages, byPath, broken, drafts, statics, sections, sitePaths, basePath), new ImageSizes());
    }

    /** Resolves the links of a page at guides/a.md; returns its problems, formatted and sorted. */
    private List<String> check(String body) {
        return check(body, "/");
    }

    private List<String> check(String body, String basePath) {
        ParsedPage p = page("guides/a.md", body);
        add(p);
        List<Diagnostic> problems = resolver(basePath).resolve(p);
        lastHtml = MD.render(p.md().document());
        return problems.stream().sorted().map(Diagnostic::format).toList();
    }

    private String lastHtml;

    // ---- rewriting

    @Test
    void markdownLinksAreRewrittenToPrettyUrls() {
        assertEquals(List.of(), check("[co2](../types/co2.md) and [about](../about.md)\n"));
        assertTrue(lastHtml.contains("<a href=\"/types/co2/\">co2</a>"), lastHtml);
        assertTrue(lastHtml.contains("<a href=\"/about/\">about</a>"), lastHtml);
    }

    @Test
    void basePathIsPrefixed() {
        assertEquals(List.of(), check("[co2](../types/co2.md#risks)\n", "/guide/"));
        assertTrue(lastHtml.contains("<a href=\"/guide/types/co2/#risks\">co2</a>"), lastHtml);
    }

    @Test
    void queryAndFragmentAreKept() {
        assertEquals(List.of(), check("[q](../types/co2.md?x=1#risks)\n"));
        assertTrue(lastHtml.contains("href=\"/types/co2/?x=1#risks\""), lastHtml);
    }

    @Test
    void siteAbsoluteLinksAreCheckedAndGetTheBasePath() {
        assertEquals(List.of(), check("[a](/types/co2/) [b](/types/co2) [c](/types/co2.md) [t](/tags/)\n", "/guide/"));
        assertTrue(lastHtml.contains("<a href=\"/guide/types/co2/\">a</a>"), lastHtml);
        assertTrue(lastHtml.contains("<a href=\"/guide/types/co2/\">b</a>"), lastHtml);
        assertTrue(lastHtml.contains("<a href=\"/guide/types/co2/\">c</a>"), lastHtml);
        assertTrue(lastHtml.contains("<a href=\"/guide/tags/\">t</a>"), lastHtml);
    }

    @Test
    void folderLinksGoToTheSectionPage() {
        assertEquals(List.of(), check("[types](../types/) [types2](../types)\n"));
        assertTrue(lastHtml.contains("<a href=\"/types/\">types</a>"), lastHtml);
        assertTrue(lastHtml.contains("<a href=\"/types/\">types2</a>"), lastHtml);
    }

    @Test
    void staticFilesAreLinkedWhereTheyArePublished() {
        assertEquals(List.of(), check("[leaflet](../files/leaflet.pdf)\n", "/guide/"));
        assertTrue(lastHtml.contains("<a href=\"/guide/files/leaflet.pdf\">leaflet</a>"), lastHtml);
    }

    @Test
    void referenceDefinitionsAreRewritten() {
        assertEquals(List.of(), check("See [co2][r] and [again][r].\n\n[r]: ../types/co2.md\n"));
        assertTrue(lastHtml.contains("<a href=\"/types/co2/\">co2</a>"), lastHtml);
        assertTrue(lastHtml.contains("<a href=\"/types/co2/\">again</a>"), lastHtml);
    }

    @Test
    void percentEncodedPathsAreDecodedBeforeLookup() {
        statics.put("img/my photo.png", statics.get("img/p.png"));
        assertEquals(List.of(), check("![A photo](../img/my%20photo.png)\n"));
    }

    @Test
    void externalLinksAreLeftAlone() {
        assertEquals(List.of(), check("[a](https://nhs.uk/x) [b](mailto:a@b.org) [c](//cdn.x.org/y)\n"));
        assertTrue(lastHtml.contains("href=\"https://nhs.uk/x\""), lastHtml);
    }

    // ---- broken links

    @Test
    void missingPageIsAnErrorAtTheLinkWithADidYouMean() {
        assertEquals(List.of("content/guides/a.md:5:5: error: link target '../types/co3.md' does not exist (did you mean '../types/co2.md'?)"),
                check("\nSee [x](../types/co3.md).\n"));
        assertTrue(lastHtml.contains("href=\"../types/co3.md\""), "a broken link is left as written");
    }

    @Test
    void missingFileWithNothingCloseGetsTheGeneralHint() {
        assertEquals(List.of("content/guides/a.md:4:1: error: link target 'zzzzzzzzzz.md' does not exist "
                + "(a relative target starts from this page's folder; one starting with '/' from content/)"), check("[x](zzzzzzzzzz.md)\n"));
    }

    @Test
    void linkToABrokenPageIsNotReportedAgain() {
        assertEquals(List.of(), check("[x](broken.md)\n"));
    }

    @Test
    void linkToADraftIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:1: error: link target 'wip.md' is a draft and is not published "
                + "(publish it (draft: false) or remove the link; build with --drafts to preview)"), check("[x](wip.md)\n"));
    }

    @Test
    void linkLeavingContentIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:1: error: link target '../../x.md' points outside content/ (remove a '../')"),
                check("[x](../../x.md)\n"));
    }

    @Test
    void emptyLinkIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:1: error: empty link target (write the target between the parentheses, e.g. [text](other.md))"),
                check("[x]()\n"));
    }

    @Test
    void linkToAFolderWithoutASectionIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:1: error: link target '../img/' is a folder, not a page (link to a file in it, or add img/_index.md)"),
                check("[x](../img/)\n"));
    }

    @Test
    void unknownSiteAbsolutePathIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:1: error: link target '/nowhere-at-all/' does not exist on this site (link to the Markdown file instead, e.g. [text](page.md))"),
                check("[x](/nowhere-at-all/)\n"));
        assertEquals(List.of("content/guides/a.md:4:1: error: link target '/types/co3/' does not exist on this site (did you mean '/types/co2/'?)"),
                check("[x](/types/co3/)\n"));
    }

    @Test
    void backslashesAreRefused() {
        assertEquals(List.of("content/guides/a.md:4:1: error: link target '..%5Ctypes%5Cco2.md' contains a backslash or NUL character (use '/' between folders)"),
                check("[x](..%5Ctypes%5Cco2.md)\n"));
    }

    @Test
    void dangerousSchemesAreRefused() {
        assertEquals(List.of(
                        "content/guides/a.md:4:1: error: 'javascript:' links are not allowed (link to a page or an https:// address)",
                        "content/guides/a.md:4:30: error: 'file:' links are not allowed (link to a page or an https:// address)",
                        "content/guides/a.md:4:54: error: 'data:' links are not allowed (link to a page or an https:// address)"),
                check("[a](javascript:alert%281%29) [b](file:///etc/passwd) [c](data:text/html,x)\n"));
    }

    @Test
    void dataImagesAreAllowed() {
        assertEquals(List.of(), check("![dot](data:image/png;base64,iVBORw0KGgo=)\n"));
    }

    // ---- anchors

    @Test
    void anchorsAreCheckedOnTheTargetPage() {
        assertEquals(List.of("content/guides/a.md:4:1: error: anchor '#risk' does not exist in types/co2.md (did you mean '#risks'?)"),
                check("[x](../types/co2.md#risk)\n"));
    }

    @Test
    void anchorsAreCheckedOnThisPage() {
        assertEquals(List.of(), check("[x](#top)\n\n## Top\n"));
        assertEquals(List.of("content/guides/a.md:4:1: error: anchor '#tpo' does not exist in this page (did you mean '#top'?)"),
                check("[x](#tpo)\n\n## Top\n"));
    }

    @Test
    void anchorOnAPageWithoutHeadingsSaysSo() {
        assertEquals(List.of("content/guides/a.md:4:1: error: anchor '#x' does not exist in about.md (that page has no headings)"),
                check("[x](../about.md#x)\n"));
        assertEquals(List.of("content/guides/a.md:4:1: error: anchor '#x' does not exist in this page (this page has no headings)"),
                check("[x](#x)\n"));
    }

    @Test
    void farAwayAnchorExplainsWhereAnchorsComeFrom() {
        assertEquals(List.of("content/guides/a.md:4:1: error: anchor '#zzzzzzzzzz' does not exist in types/co2.md (anchors are made from headings: '## Risks' is #risks)"),
                check("[x](../types/co2.md#zzzzzzzzzz)\n"));
    }

    @Test
    void emptyAnchorIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:1: error: link '../types/co2.md#' has an empty anchor (remove the '#' or name a heading)"),
                check("[x](../types/co2.md#)\n"));
    }

    @Test
    void percentEncodedAnchorsAreDecoded() {
        add(page("types/u.md", "## Über uns\n"));
        assertEquals(List.of(), check("[x](../types/u.md#%C3%BCber-uns)\n"));
    }

    // ---- images

    @Test
    void imagesGetTheirSizeAndLazyLoading() {
        assertEquals(List.of(), check("![A diagram](../img/p.png)\n", "/guide/"));
        assertTrue(lastHtml.contains("<img src=\"/guide/img/p.png\" alt=\"A diagram\" width=\"12\" height=\"7\" loading=\"lazy\" decoding=\"async\" />"), lastHtml);
    }

    @Test
    void imageWithoutAltTextIsAWarning() {
        assertEquals(List.of("content/guides/a.md:4:1: warning: image '../img/p.png' has no alt text "
                + "(describe it: ![what the image shows](../img/p.png), or, if it adds nothing a reader needs, mark it decorative: ![\"\"](../img/p.png))"),
                check("![](../img/p.png)\n"));
    }

    @Test
    void theHintsDecorativeMarkerGivesAnEmptyAltAndNoWarning() {
        for (String marker : List.of("\"\"", "\u201C\u201D", " \"\" ")) {
            assertEquals(List.of(), check("![" + marker + "](../img/p.png) and ![\"\"](https://example.org/x.png)\n"), marker);
            assertTrue(lastHtml.contains("<img src=\"/img/p.png\" alt=\"\" width=\"12\" height=\"7\" loading=\"lazy\" decoding=\"async\" />"), lastHtml);
            assertTrue(lastHtml.contains("<img src=\"https://example.org/x.png\" alt=\"\" />"), lastHtml);
        }
        assertEquals(List.of(), check("![\"Quoted\" caption](../img/p.png)\n"));
        assertTrue(lastHtml.contains("alt=\"Quoted caption\""), "only the bare marker means decorative: " + lastHtml);
    }

    @Test
    void unreadableImageSizeIsAWarningAndTheImageIsStillRewritten() {
        assertEquals(List.of("content/guides/a.md:4:1: warning: cannot read the size of image '../img/bad.png' (use PNG, JPEG, GIF, WebP or an SVG with width/height or viewBox)"),
                check("![Bad](../img/bad.png)\n"));
        assertTrue(lastHtml.contains("src=\"/img/bad.png\""), lastHtml);
        assertFalse(lastHtml.contains("width="), lastHtml);
    }

    @Test
    void anImageThatIsAPageIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:1: error: image '../types/co2.md' is a page, not an image file (point it at an image file such as img/diagram.svg)"),
                check("![x](../types/co2.md)\n"));
    }

    @Test
    void missingImageIsAnErrorWithAHint() {
        assertEquals(List.of("content/guides/a.md:4:1: error: image '../img/q.png' does not exist (did you mean '../img/p.png'?)"),
                check("![x](../img/q.png)\n"));
    }

    // ---- raw HTML

    @Test
    void rawHtmlLinksAreCheckedButNotRewritten() {
        assertEquals(List.of(), check("<a href=\"/types/co2/\">ok</a> <a href=\"#top\">t</a>\n\n## Top\n"));
        assertTrue(lastHtml.contains("<a href=\"/types/co2/\">ok</a>"), lastHtml);
    }

    @Test
    void rawHtmlRelativeLinkIsAWarningAtTheAttribute() {
        assertEquals(List.of("content/guides/a.md:4:9: warning: link 'other.html' in raw HTML is not checked or rewritten "
                + "(use Markdown syntax, [text](page.md), or a site path starting with '/')"), check("Text <a href=\"other.html\">x</a>\n"));
    }

    @Test
    void rawHtmlMissingTargetIsAnError() {
        assertEquals(List.of("content/guides/a.md:4:4: error: link target '/types/co3/' in raw HTML does not exist on this site (did you mean '/types/co2/'?)"),
                check("<a href=\"/types/co3/\">x</a>\n"));
    }

    @Test
    void rawHtmlLinkWithoutTheBasePathIsAWarning() {
        assertEquals(List.of("content/guides/a.md:4:4: warning: link '/types/co2/' in raw HTML lacks the base path /guide/ "
                + "(it will break when the site is published under /guide/; use Markdown syntax instead)"), check("<a href=\"/types/co2/\">x</a>\n", "/guide/"));
        assertEquals(List.of(), check("<a href=\"/guide/types/co2/\">x</a>\n", "/guide/"));
    }

    @Test
    void rawHtmlAnchorIsCheckedOnThisPage() {
        assertEquals(List.of("content/guides/a.md:4:4: error: anchor '#nope' does not exist in this page (this page has no headings)"),
                check("<a href=\"#nope\">x</a>\n"));
    }

    // ---- positions

    @Test
    void positionsAreInTheMarkdownFileIncludingFrontMatterLines() {
        List<String> p = check("Line one.\n\nLine three has [bad](nope.md).\n");
        assertEquals(List.of("content/guides/a.md:6:16: error: link target 'nope.md' does not exist (did you mean 'a.md'?)"), p);
    }

    @Test
    void everyBrokenLinkIsReported() {
        assertEquals(3, check("[a](x1.md) [b](x2.md)\n\n[c](x3.md)\n").size());
    }

    // ---- page(), pageHint()

    @Test
    void pageResolvesFrontMatterAndMenuReferences() {
        LinkResolver r = resolver("/");
        assertEquals(Optional.of("/types/co2/"), r.page("guides", "../types/co2.md"));
        assertEquals(Optional.of("/types/co2/"), r.page("", "types/co2.md"));
        assertEquals(Optional.of("/types/co2/"), r.page("guides", "/types/co2.md#risks"));
        assertEquals(Optional.of("/types/"), r.page("", "types/_index.md"));
        assertEquals(Optional.of("/guides/"), r.page("", "guides/_index.md"), "a section page the engine makes up counts");
        assertEquals(Optional.of("/"), r.page("", "_index.md"));
        assertEquals(Optional.empty(), r.page("", "https://x.org/"));
        assertEquals(Optional.empty(), r.page("", "types/co3.md"));
        assertEquals(Optional.empty(), r.page("", "../outside.md"));
    }

    @Test
    void pageHintSuggestsAPathRelativeToTheFolder() {
        LinkResolver r = resolver("/");
        assertEquals("did you mean '../types/co2.md'?", r.pageHint("guides", "../types/co.md"));
        assertEquals("did you mean 'types/_index.md'?", r.pageHint("", "types/_indx.md"));
        assertEquals("", r.pageHint("", "zzzzzzzzzzzzzzzz.md"));
    }
}
