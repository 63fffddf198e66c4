package dev.resurface.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site-wide pass over content/'s images: which files it takes, the file-size limit, and the cache. */
class ResponsiveImagesTest {
    @Test
    void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path t) throws Exception {
        Path big = t.resolve("big.jpg");
        Files.write(big, new byte[1024 * 1024 + 200 * 1024]);
        ImageSettings oneMb = new ImageSettings(List.of(480), 80, "100vw", 1, 40);
        ResponsiveImages r = ResponsiveImages.process(Map.of("img/big.jpg", big), oneMb, ImageCache.NONE, true, null, s -> { });
        assertEquals("is 1.2 MB, more than images.maxMegabytes (1 MB)", r.problem("img/big.jpg").orElseThrow().message());
    }

    @Test
    void onlyJpegAndPngAreResizedAndFormatsBrowsersCannotShowAreRefused(@TempDir Path t) throws Exception {
        Path jpg = t.resolve("a.JPG");
        TestPhotos.write(jpg, TestPhotos.jpeg(600, 400, 1));
        Path heic = t.resolve("b.heic");
        Files.write(heic, new byte[] {1, 2, 3});
        Path gif = t.resolve("c.gif");
        Files.write(gif, new byte[] {1, 2, 3});
        ResponsiveImages r = ResponsiveImages.process(Map.of("a.JPG", jpg, "b.heic", heic, "c.gif", gif), ImageSettings.DEFAULT, ImageCache.NONE, true, null, s -> { });
        assertEquals(600, r.image("a.JPG").orElseThrow().width());
        assertTrue(r.outputs().get(0).relPath().matches("a\\.480w\\.[0-9a-f]{8}\\.jpg"), r.outputs().toString());
        assertEquals("is a HEIC file, which web browsers do not show", r.problem("b.heic").orElseThrow().message());
        assertTrue(r.image("c.gif").isEmpty() && r.problem("c.gif").isEmpty(), "a GIF is left as it is");
    }

    @Test
    void aCachedOriginalIsNotResizedAgainAndForgottenWhenGone(@TempDir Path t) throws Exception {
        Path a = t.resolve("a.jpg");
        TestPhotos.write(a, TestPhotos.jpeg(1000, 500, 2));
        ImageCache cache = ImageCache.inMemory();
        ResponsiveImages first = ResponsiveImages.process(Map.of("a.jpg", a), ImageSettings.DEFAULT, cache, true, null, s -> { });
        ResponsiveImages second = ResponsiveImages.process(Map.of("a.jpg", a), ImageSettings.DEFAULT, cache, true, null, s -> { });
        assertEquals(List.of(1, 0), List.of(first.resizedCount(), first.reusedCount()));
        assertEquals(List.of(0, 1), List.of(second.resizedCount(), second.reusedCount()));
        ResponsiveImages.process(Map.of(), ImageSettings.DEFAULT, cache, true, null, s -> { });
        assertTrue(cache.get(ResponsiveImages.hash(Files.readAllBytes(a), ImageSettings.DEFAULT)).isEmpty());
    }

    @Test
    void aCacheThatCannotBeWrittenIsOneNoticeAndTheBuildGoesOn(@TempDir Path t) throws Exception {
        Path a = t.resolve("a.jpg");
        TestPhotos.write(a, TestPhotos.jpeg(700, 500, 3));
        ImageCache failing = new ImageCache() {
            @Override
            public Optional<Resized> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, Resized resized) throws IOException {
                throw new AccessDeniedException("/cache/images");
            }
        };
        List<String> notices = new ArrayList<>();
        ResponsiveImages r = ResponsiveImages.process(Map.of("a.jpg", a), ImageSettings.DEFAULT, failing, true, null, notices::add);
        assertTrue(r.image("a.jpg").isPresent());
        assertEquals(1, notices.size(), notices.toString());
    }
}
