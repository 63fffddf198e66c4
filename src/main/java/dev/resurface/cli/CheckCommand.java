package dev.resurface.cli;

import dev.resurface.Build;
import dev.resurface.BuildOptions;
import dev.resurface.BuildResult;
import dev.resurface.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code resurface check}: every validation of a build, without writing the site (for CI and pre-commit). */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check the site (front matter, links, anchors, images, schema, templates) without writing it.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no errors", "1:the site has errors", "2:usage error"})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--site", paramLabel = "DIR", description = "Site folder (default: current folder).")
    Path site = Path.of(".");

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--drafts", description = "Also check pages with 'draft: true' as published.")
    boolean drafts;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the diagnostics as JSON.")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path siteDir = site.toAbsolutePath().normalize();
        BuildOptions opts = new BuildOptions(siteDir, siteDir.resolve("site-output"), drafts, strict, java.util.Optional.empty(),
                Runtime.getRuntime().availableProcessors(), false);
        BuildResult r = new Build(opts, "resurface " + Main.version()).run();
        for (Diagnostic d : r.diagnostics()) {
            if (!quiet || d.isError()) spec.commandLine().getErr().println(d.format());
        }
        String count = BuildCommand.count(r.errors(), "error") + ", " + BuildCommand.count(r.warnings(), "warning");
        if (!r.ok()) spec.commandLine().getErr().println(count);
        else if (!quiet) spec.commandLine().getOut().println("checked " + BuildCommand.count(r.pages(), "page") + ": " + count + " in " + r.elapsedMillis() + " ms");
        if (report != null) Files.writeString(report, json(r), StandardCharsets.UTF_8);
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().flush();
        return r.ok() ? 0 : 1;
    }

    /** A small, stable JSON document: {"ok":…, "errors":…, "warnings":…, "diagnostics":[{path,line,col,severity,message,hint}]}. */
    static String json(BuildResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"ok\":").append(r.ok()).append(",\"pages\":").append(r.pages())
                .append(",\"errors\":").append(r.errors()).append(",\"warnings\":").append(r.warnings()).append(",\"diagnostics\":[");
        boolean first = true;
        for (Diagnostic d : r.diagnostics()) {
            sb.append(first ? "" : ",").append("\n  {\"path\":").append(str(d.path())).append(",\"line\":").append(d.line())
                    .append(",\"col\":").append(d.col()).append(",\"severity\":").append(str(d.severity().label()))
                    .append(",\"message\":").append(str(d.message())).append(",\"hint\":").append(str(d.hint())).append('}');
            first = false;
        }
        return sb.append(first ? "" : "\n").append("]}\n").toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
