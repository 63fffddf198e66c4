package dev.resurface.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size, modification time (ns) and identity (inode): while all three match what they were
 * when its bytes were read, the caches take the bytes to be the same without reading them again.
 */
record FileStamp(long size, long modified, Object fileKey) {
    static FileStamp of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey());
    }

    /** As text, for fingerprints and the persistent cache's entries. */
    String text() {
        return size + "/" + modified + "/" + fileKey;
    }
}
