package dev.resurface.render;

import java.io.Writer;

/**
 * Where a template writes an output: a Writer over a StringBuilder, without StringWriter's lock, kept by
 * its thread from one render to the next (10,000 renders would otherwise clear 10,000 fresh 32 KB
 * buffers, and the garbage brings collections on sooner). One that grew large is not kept.
 */
final class TextBuffer extends Writer {
    private static final int START = 16 * 1024;
    private static final int KEEP_UP_TO = 1 << 20;

    private final StringBuilder text = new StringBuilder(START);

    /** This thread's buffer, emptied, taken from {@code spare} (or a new one when it is taken). */
    static TextBuffer take(ThreadLocal<TextBuffer> spare) {
        TextBuffer b = spare.get();
        if (b == null) return new TextBuffer();
        spare.remove(); // a render within a render gets a buffer of its own
        b.text.setLength(0);
        return b;
    }

    /** What was written; the buffer goes back to {@code spare} unless it grew large. */
    String done(ThreadLocal<TextBuffer> spare) {
        String s = text.toString();
        if (text.capacity() <= KEEP_UP_TO) spare.set(this);
        return s;
    }

    @Override
    public void write(char[] c, int off, int len) {
        text.append(c, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
