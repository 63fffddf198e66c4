package dev.resurface.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static server used by the browser tests: right files, right types, nothing outside the folder. */
@Tag("slow") // starts an HTTP server
class SiteServerTest {
    @TempDir
    Path tmp;
    Path site;
    SiteServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(site.resolve("types/co2"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.writeString(site.resolve("types/co2/index.html"), "<p>co2</p>");
        Files.writeString(site.resolve("404.html"), "<p>not here</p>");
        Files.writeString(site.resolve("search-index.json"), "{}");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        server = SiteServer.start(site, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request line exactly as written (clients would normalise "..", so go under them). */
    private String raw(String target) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesIndexFilesWithContentTypes() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("<p>home</p>", home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        assertEquals("<p>co2</p>", get("/types/co2/").body());
        assertEquals("application/json", get("/search-index.json").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected() throws Exception {
        HttpResponse<String> r = get("/types/co2");
        assertEquals(301, r.statusCode());
        assertEquals("/types/co2/", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void missingPagesGetTheSites404Page() throws Exception {
        HttpResponse<String> r = get("/nothing/here/");
        assertEquals(404, r.statusCode());
        assertEquals("<p>not here</p>", r.body());
    }

    @Test
    void nothingOutsideTheFolderIsServedInAnyEncoding() throws Exception {
        for (String target : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/types/../../secret.txt",
                "/..%2fsecret.txt", "/..%5csecret.txt", "/%00/secret.txt"}) {
            String response = raw(target);
            assertFalse(response.contains("secret"), target + " -> " + response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), target + " -> " + response.lines().findFirst().orElse(""));
        }
    }

    @Test
    void symbolicLinksOutOfTheFolderAreNotFollowed() throws Exception {
        Files.createSymbolicLink(site.resolve("link.txt"), tmp.resolve("secret.txt"));
        assertEquals(404, get("/link.txt").statusCode());
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url("/"))).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.url("/"))).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }
}
