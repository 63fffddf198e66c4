package dev.resurface.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps each line as "[LEVEL] text", as Maven's console shows it. */
final class RecordingLog implements Log {
    private final List<String> lines = new ArrayList<>();

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized String text() {
        return String.join("\n", lines);
    }

    private synchronized void add(String level, CharSequence s) {
        lines.add("[" + level + "] " + s);
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence s) { add("DEBUG", s); }
    @Override public void debug(CharSequence s, Throwable e) { add("DEBUG", s); }
    @Override public void debug(Throwable e) { add("DEBUG", e.toString()); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence s) { add("INFO", s); }
    @Override public void info(CharSequence s, Throwable e) { add("INFO", s); }
    @Override public void info(Throwable e) { add("INFO", e.toString()); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence s) { add("WARNING", s); }
    @Override public void warn(CharSequence s, Throwable e) { add("WARNING", s); }
    @Override public void warn(Throwable e) { add("WARNING", e.toString()); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence s) { add("ERROR", s); }
    @Override public void error(CharSequence s, Throwable e) { add("ERROR", s); }
    @Override public void error(Throwable e) { add("ERROR", e.toString()); }
}
