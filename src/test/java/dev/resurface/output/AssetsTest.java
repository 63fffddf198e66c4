package dev.resurface.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Assets}: theme files published under /assets/ with a content hash in their name. */
class AssetsTest {
    @TempDir
    Path assets;

    private void write(String rel, String text) throws Exception {
        Path p = assets.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String sha8(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 4);
    }

    @Test
    void hashIsTheFirstEightHexDigitsOfSha256() throws Exception {
        assertEquals(sha8("body{}"), Assets.hash("body{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("e3b0c442", Assets.hash(new byte[0]), "SHA-256 of nothing starts e3b0c442");
    }

    @Test
    void fingerprintGoesBeforeTheExtension() {
        assertEquals("style.abcd1234.css", Assets.fingerprinted("style.css", "abcd1234"));
        assertEquals("css/style.min.abcd1234.css", Assets.fingerprinted("css/style.min.css", "abcd1234"));
        assertEquals("favicon.abcd1234", Assets.fingerprinted("favicon", "abcd1234"));
        assertEquals("v1.2/app.abcd1234", Assets.fingerprinted("v1.2/app", "abcd1234"), "a dot in the folder is not an extension");
    }

    @Test
    void scanPublishesEachFileUnderAssetsWithItsHash() throws Exception {
        write("style.css", "body{}");
        write("js/site.js", "let x;");
        List<Assets.Asset> list = Assets.scan(assets);
        assertEquals(List.of("js/site.js", "style.css"), list.stream().map(Assets.Asset::name).toList());
        assertEquals("/assets/js/site." + sha8("let x;") + ".js", list.get(0).sitePath());
        assertEquals("/assets/style." + sha8("body{}") + ".css", list.get(1).sitePath());
        assertEquals(assets.resolve("style.css"), list.get(1).file());
    }

    @Test
    void changedContentChangesTheName() throws Exception {
        write("style.css", "body{}");
        String before = Assets.scan(assets).get(0).sitePath();
        write("style.css", "body{color:red}");
        String after = Assets.scan(assets).get(0).sitePath();
        assertNotEquals(before, after);
        write("style.css", "body{}");
        assertEquals(before, Assets.scan(assets).get(0).sitePath(), "the same content always gets the same name");
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws Exception {
        write("style.css", "x");
        write(".DS_Store", "x");
        write(".cache/a.css", "x");
        write("css/.secret", "x");
        assertEquals(List.of("style.css"), Assets.scan(assets).stream().map(Assets.Asset::name).toList());
    }

    @Test
    void aMissingAssetsFolderHasNoAssets() throws Exception {
        assertEquals(List.of(), Assets.scan(assets.resolve("nope")));
    }

    @Test
    void symbolicLinksAreNotPublished(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "x");
        write("style.css", "x");
        Files.createSymbolicLink(assets.resolve("link.txt"), secret);
        assertEquals(List.of("style.css"), Assets.scan(assets).stream().map(Assets.Asset::name).toList());
    }

    @Test
    void urlsPrefixTheBasePath() throws Exception {
        write("style.css", "body{}");
        write("js/site.js", "let x;");
        List<Assets.Asset> list = Assets.scan(assets);
        Map<String, String> root = Assets.urls(list, "/");
        Map<String, String> guide = Assets.urls(list, "/guide/");
        assertEquals("/assets/style." + sha8("body{}") + ".css", root.get("style.css"));
        assertEquals("/guide/assets/style." + sha8("body{}") + ".css", guide.get("style.css"));
        assertEquals("/guide/assets/js/site." + sha8("let x;") + ".js", guide.get("js/site.js"));
        assertEquals(List.of("js/site.js", "style.css"), List.copyOf(guide.keySet()), "sorted by name");
    }

    @Test
    void scanIsSortedWhateverTheFileSystemOrder() throws Exception {
        for (String n : List.of("z.css", "a.css", "m/b.css", "B.css")) write(n, n);
        List<String> names = Assets.scan(assets).stream().map(Assets.Asset::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.size() == 4);
    }
}
