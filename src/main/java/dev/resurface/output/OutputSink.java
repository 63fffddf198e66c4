package dev.resurface.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where rendered files go: the staging folder for a build, nowhere for a check. */
public interface OutputSink {
    void write(String rel, byte[] bytes) throws IOException;

    /** Copies a file in (a folder sink may do it without reading it into memory). */
    default void copy(Path source, String rel) throws IOException {
        write(rel, Files.readAllBytes(source));
    }

    /**
     * Puts the last build's copy of {@code rel} in place without rendering it again (a folder sink links
     * the file from the output folder it will replace); false if it cannot, and the caller renders it.
     */
    default boolean reuse(String rel) {
        return false;
    }

    /** A sink that keeps nothing: {@code resurface check} renders every template to find errors, then drops the result. */
    OutputSink DISCARD = (rel, bytes) -> { };
}
