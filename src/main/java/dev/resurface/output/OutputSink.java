package dev.resurface.output;

import java.io.IOException;

/** Where rendered files go: the staging folder for a build, nowhere for a check. */
public interface OutputSink {
    void write(String rel, byte[] bytes) throws IOException;

    /** A sink that keeps nothing: {@code resurface check} renders every template to find errors, then drops the result. */
    OutputSink DISCARD = (rel, bytes) -> { };
}
