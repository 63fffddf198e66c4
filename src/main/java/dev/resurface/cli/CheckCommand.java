package dev.resurface.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.resurface.build.Build;
import dev.resurface.build.BuildOptions;
import dev.resurface.build.BuildResult;
import dev.resurface.build.PageReport;
import dev.resurface.diag.Diagnostic;
import dev.resurface.diag.IoMessages;
import dev.resurface.util.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resurface check}: every validation of a build, without writing the site (for CI and pre-commit). */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check the site (front matter, links, anchors, images, schema, templates) without writing it.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no errors", "1:the site has errors", "2:usage error"})
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    SharedOptions.Site site;

    @Mixin
    SharedOptions.BuildRun run;

    @Mixin
    SharedOptions.Drafts drafts;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the diagnostics and per-page figures (words, readability, citations, review dates) as JSON.")
    Path report;

    @Mixin
    SharedOptions.Verbosity verbosity;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int threads = run.threads();
        if (report != null) prepareReport(); // before the check: a bad path is refused at once, not after the wait
        Path siteDir = site.dir();
        BuildOptions opts = BuildOptions.defaults(siteDir).checkOnly()
                .withDrafts(drafts.drafts).withStrict(run.strict).withThreads(threads).withToday(run.today());
        PrintWriter err = spec.commandLine().getErr();
        boolean quiet = verbosity.quiet();
        BuildResult r = new Build(opts, "resurface " + Main.version(), verbosity.trace(err)).run();
        if (verbosity.progress()) BuildCommand.clearProgress(err);
        for (Diagnostic d : r.diagnostics()) {
            if (!quiet || d.isError()) err.println(d.format());
        }
        String count = Counts.of(r.errors(), "error") + ", " + Counts.of(r.warnings(), "warning");
        if (!r.ok()) err.println(count);
        else if (!quiet) spec.commandLine().getOut().println("checked " + Counts.of(r.pages(), "page") + ": " + count + " in " + r.elapsedMillis() + " ms");
        boolean written = report == null || writeReport(r, err);
        err.flush();
        spec.commandLine().getOut().flush();
        return r.ok() && written ? 0 : 1;
    }

    /**
     * Refuses a --report path that cannot be a file (exit 2): a folder, or a path through a file. A
     * missing folder is made, as for --output and --cache.
     */
    private void prepareReport() {
        Path file = report.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) throw badReport("is a folder; give a file name, e.g. " + report.resolve("report.json"));
        Path dir = file.getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (!Files.exists(p)) continue;
            if (!Files.isDirectory(p)) throw badReport("cannot be written: " + p + " is a file, not a folder");
            break;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw badReport("cannot be written: cannot make the folder " + dir + " (" + IoMessages.reason(e) + ")");
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(dir)) {
            throw badReport("cannot be written: permission denied" + (Files.exists(file) ? "" : " in " + dir));
        }
    }

    private CommandLine.ParameterException badReport(String why) {
        return new CommandLine.ParameterException(spec.commandLine(), "--report " + report + " " + why);
    }

    /** Writes the JSON report; a failure (a full disk, say) is an error of its own: the check's results above stand. */
    private boolean writeReport(BuildResult r, PrintWriter err) {
        try {
            Files.writeString(report, json(r), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println(Diagnostic.error("--report", 0, 0, "cannot write " + report + ": " + IoMessages.reason(e),
                    "the check's results are above; free some space or choose another --report path").format());
            return false;
        }
    }

    /**
     * A stable JSON document: {"ok", "pages", "errors", "warnings", "diagnostics": [{path, line, col,
     * severity, message, hint}], "pageReport": [{source, path, title, words, readability, citations,
     * lastReviewed, nextReview, reviewedBy, errors, warnings}]}. Written with Gson, so any text is escaped.
     */
    static String json(BuildResult r) {
        JsonObject root = new JsonObject();
        root.addProperty("ok", r.ok());
        root.addProperty("pages", r.pages());
        root.addProperty("errors", r.errors());
        root.addProperty("warnings", r.warnings());
        JsonArray diags = new JsonArray();
        for (Diagnostic d : r.diagnostics()) diags.add(diagnostic(d));
        root.add("diagnostics", diags);
        JsonArray pages = new JsonArray();
        for (PageReport p : r.report()) {
            JsonObject o = new JsonObject();
            o.addProperty("source", p.source());
            o.addProperty("path", p.path());
            o.addProperty("title", p.title());
            o.addProperty("words", p.words());
            p.readability().ifPresent(s -> {
                JsonObject rd = new JsonObject();
                rd.addProperty("words", s.words());
                rd.addProperty("sentences", s.sentences());
                rd.addProperty("wordsPerSentence", s.wordsPerSentence());
                rd.addProperty("syllablesPerWord", s.syllablesPerWord());
                rd.addProperty("fleschReadingEase", s.readingEase());
                rd.addProperty("fleschKincaidGrade", s.grade());
                o.add("readability", rd);
            });
            o.addProperty("citations", p.citations());
            p.lastReviewed().ifPresent(d -> o.addProperty("lastReviewed", d.toString()));
            p.nextReview().ifPresent(d -> o.addProperty("nextReview", d.toString()));
            p.reviewedBy().ifPresent(id -> o.addProperty("reviewedBy", id));
            JsonArray errors = new JsonArray();
            JsonArray warnings = new JsonArray();
            for (Diagnostic d : r.diagnostics()) {
                // a problem in a snippet belongs to each page that includes it (its hint says where)
                if (!d.path().equals(p.source()) && !d.hint().contains("included from " + p.source() + ":")) continue;
                (d.isError() ? errors : warnings).add(d.format());
            }
            o.add("errors", errors);
            o.add("warnings", warnings);
            pages.add(o);
        }
        root.add("pageReport", pages);
        return new GsonBuilder().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject diagnostic(Diagnostic d) {
        JsonObject o = new JsonObject();
        o.addProperty("path", d.path());
        o.addProperty("line", d.line());
        o.addProperty("col", d.col());
        o.addProperty("severity", d.severity().label());
        o.addProperty("message", d.message());
        o.addProperty("hint", d.hint());
        return o;
    }
}
