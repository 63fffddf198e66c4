package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ContentScanner}: what is under content/, classified, sorted, and what is skipped or refused. */
class ContentScannerTest {
    @TempDir
    Path content;

    private void touch(String rel) throws IOException {
        Path p = content.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    private static List<String> rel(List<ContentScanner.Entry> entries) {
        return entries.stream().map(ContentScanner.Entry::relPath).toList();
    }

    private static List<String> formatted(Diagnostics d) {
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void classifiesMarkdownDataAndStaticFiles() throws IOException {
        touch("_index.md");
        touch("types/co2.md");
        touch("types/img/photo.png");
        touch("_data/people.yml");
        touch("_data/more/sources.yaml");
        touch("_data/numbers.json");
        touch("robots-extra.txt");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of("_index.md", "types/co2.md"), rel(r.markdown()));
        assertEquals(List.of("_data/more/sources.yaml", "_data/numbers.json", "_data/people.yml"), rel(r.data()));
        assertEquals(List.of("robots-extra.txt", "types/img/photo.png"), rel(r.statics()));
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void snippetsAreNeitherPagesNorPublishedFiles() throws IOException {
        touch("_snippets/isotretinoin.md");
        touch("_snippets/safety/signs.md");
        touch("_snippets/diagram.png");
        touch("types/_snippets/not-special.md");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of("_snippets/isotretinoin.md", "_snippets/safety/signs.md"), rel(r.snippets()));
        assertEquals(List.of("types/_snippets/not-special.md"), rel(r.markdown()), "only content/_snippets/ holds snippets");
        assertEquals(List.of(), rel(r.statics()));
        assertEquals(List.of("content/_snippets/diagram.png: warning: ignored: snippets are Markdown files ending in .md, and nothing in _snippets/ is published "
                + "(put images and other files beside the pages that use them)"), formatted(d));
    }

    @Test
    void entriesKnowTheirFileOnDisk() throws IOException {
        touch("types/co2.md");
        ContentScanner.Result r = ContentScanner.scan(content, new Diagnostics());
        assertEquals(content.resolve("types/co2.md"), r.markdown().get(0).file());
    }

    @Test
    void outputIsSortedByRelativePath() throws IOException {
        for (String f : List.of("z.md", "a.md", "m/b.md", "B.md", "a-b.md", "a/c.md")) touch(f);
        ContentScanner.Result r = ContentScanner.scan(content, new Diagnostics());
        List<String> got = rel(r.markdown());
        assertEquals(got.stream().sorted().toList(), got);
        assertEquals(6, got.size());
    }

    @Test
    void hiddenAndBackupFilesAreSkippedSilently() throws IOException {
        touch("page.md");
        touch(".hidden.md");
        touch("page.md~");
        touch("#page.md#");
        touch(".page.md.swp");
        touch("page.swp");
        touch("page.tmp");
        touch(".git/config");
        touch(".obsidian/notes.md");
        touch("types/.DS_Store");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of("page.md"), rel(r.markdown()));
        assertEquals(List.of(), rel(r.statics()));
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void fileNameWithASpaceIsAnErrorWithASuggestion() throws IOException {
        touch("guides/My Page.md");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of(), r.markdown(), "the file is left out");
        assertEquals(List.of("content/guides/My Page.md: error: file name 'guides/My Page.md' has characters that do not belong in a URL "
                + "(rename it using letters, digits, '-', '_' and '.', e.g. 'guides/my-page.md')"), formatted(d));
    }

    @Test
    void folderNameWithUnsafeCharactersIsAnErrorForEachFile() throws IOException {
        touch("Side Effects/a.md");
        touch("Side Effects/b.png");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of(), r.markdown());
        assertEquals(List.of(), r.statics());
        assertEquals(2, d.errorCount());
        assertEquals("content/Side Effects/a.md: error: file name 'Side Effects/a.md' has characters that do not belong in a URL "
                + "(rename it using letters, digits, '-', '_' and '.', e.g. 'side-effects/a.md')", formatted(d).get(0));
    }

    @Test
    void otherUnsafeCharactersAreRefusedToo() throws IOException {
        touch("a?b.md");
        touch("what's-new.md");
        Diagnostics d = new Diagnostics();
        ContentScanner.scan(content, d);
        assertEquals(2, d.errorCount());
    }

    @Test
    void unicodeLettersAreAllowedInNames() throws IOException {
        touch("straße/über.md");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of("straße/über.md"), rel(r.markdown()));
        assertFalse(d.hasErrors());
    }

    @Test
    void suggestLowerCasesAndReplacesRunsOfBadCharacters() {
        assertEquals("guides/my-page.md", ContentScanner.suggest("guides/My Page.md"));
        assertEquals("a-b.md", ContentScanner.suggest("a  & b.md"));
    }

    @Test
    void skipRecognisesEditorLeftovers() {
        for (String name : List.of(".x", "a~", "#a#", "a.swp", "a.tmp")) assertEquals(true, ContentScanner.skip(name), name);
        for (String name : List.of("a.md", "#a", "a#", "tmp.md")) assertEquals(false, ContentScanner.skip(name), name);
    }

    @Test
    void nonDataFilesInDataAreIgnoredWithAWarning() throws IOException {
        touch("_data/notes.txt");
        touch("_data/people.yml");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of("_data/people.yml"), rel(r.data()));
        assertEquals(List.of(), r.statics(), "not published either");
        assertEquals(List.of("content/_data/notes.txt: warning: ignored: data files must end in .yml, .yaml or .json"), formatted(d));
    }

    @Test
    void markdownInDataIsNotAPage() throws IOException {
        touch("_data/readme.md");
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of(), r.markdown());
        assertEquals(1, d.warningCount());
    }

    @Test
    void aMissingContentFolderIsEmpty() throws IOException {
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content.resolve("nope"), d);
        assertEquals(List.of(), r.markdown());
        assertEquals(List.of(), r.data());
        assertEquals(List.of(), r.statics());
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void symbolicLinksAreSkippedWithAWarning(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.md"), "---\ntitle: x\n---\n");
        Files.createDirectories(outside.resolve("dir"));
        Files.writeString(outside.resolve("dir/inner.md"), "x");
        touch("real.md");
        Files.createSymbolicLink(content.resolve("link.md"), secret);
        Files.createSymbolicLink(content.resolve("linkdir"), outside.resolve("dir"));
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of("real.md"), rel(r.markdown()), "nothing outside content/ is read");
        assertEquals(List.of(), r.statics());
        assertEquals(List.of(
                "content/link.md: warning: symbolic link skipped (copy the file into content/ instead)",
                "content/linkdir: warning: symbolic link skipped (copy the file into content/ instead)"), formatted(d));
    }

    @Test
    void aSymbolicLinkLoopIsSkippedNotFollowed() throws IOException {
        touch("sub/page.md");
        Files.createSymbolicLink(content.resolve("sub/loop"), content);
        Files.createSymbolicLink(content.resolve("self"), content.resolve("self"));
        Diagnostics d = new Diagnostics();
        ContentScanner.Result r = ContentScanner.scan(content, d);
        assertEquals(List.of("sub/page.md"), rel(r.markdown()));
        assertEquals(List.of(
                "content/self: warning: symbolic link skipped (copy the file into content/ instead)",
                "content/sub/loop: warning: symbolic link skipped (copy the file into content/ instead)"), formatted(d));
    }
}
