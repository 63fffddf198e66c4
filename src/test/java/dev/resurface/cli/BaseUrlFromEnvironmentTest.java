package dev.resurface.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resurface.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code RESURFACE_BASE_URL}: the base URL of a preview build, from the environment (docs/deploy.md). */
@Tag("slow") // starts the engine as a process, with its own environment
class BaseUrlFromEnvironmentTest {
    private static String canonicalOfHome(Path tmp, Map<String, String> env, String... extra) throws Exception {
        Path site = tmp.resolve("site");
        if (!Files.exists(site)) {
            Files.createDirectories(site.resolve("content"));
            Files.writeString(site.resolve("site.yml"), "title: Env\nbaseUrl: https://example.org/\ntheme: minimal\n");
            Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Home\n---\nHello.\n");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.resurface.cli.Main",
                "build", "--quiet", "--site", site.toString()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove(BuildCommand.BASE_URL_ENV);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        assertEquals(0, p.exitValue(), output);
        return Jsoup.parse(Fixtures.read(site.resolve("site-output/index.html"))).select("link[rel=canonical]").attr("href");
    }

    @Test
    void theEnvironmentVariableSetsTheBaseUrl(@TempDir Path tmp) throws Exception {
        assertEquals("https://preview.example.net/pr-7/", canonicalOfHome(tmp, Map.of("RESURFACE_BASE_URL", "https://preview.example.net/pr-7/")));
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndABlankVariableIsIgnored(@TempDir Path tmp) throws Exception {
        assertEquals("https://option.example.net/", canonicalOfHome(tmp, Map.of("RESURFACE_BASE_URL", "https://preview.example.net/"),
                "--base-url", "https://option.example.net/"));
        assertEquals("https://example.org/", canonicalOfHome(tmp, Map.of("RESURFACE_BASE_URL", " ")));
        assertEquals("https://example.org/", canonicalOfHome(tmp, Map.of()));
    }
}
