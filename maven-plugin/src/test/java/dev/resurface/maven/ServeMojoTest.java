package dev.resurface.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve blocks while it serves the site, and stops when its thread is interrupted (Ctrl-C ends the JVM instead). */
@Tag("slow")
class ServeMojoTest {
    @TempDir
    Path tmp;

    @Test
    void servesUntilStopped() throws Exception {
        Path site = TestSites.site(tmp.resolve("site"), TestSites.HOME, TestSites.ABOUT);
        RecordingLog log = new RecordingLog();
        ServeMojo m = new ServeMojo();
        m.site = site.toFile();
        m.port = 0;
        m.host = "127.0.0.1";
        m.setLog(log);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                m.execute();
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        t.start();
        String url = awaitUrl(log, t);
        assertNotNull(url, log.text());
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "about/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("About page."), home.body());
        assertTrue(t.isAlive(), "serve returned while serving");
        t.interrupt();
        t.join(Duration.ofSeconds(30).toMillis());
        assertFalse(t.isAlive(), "serve did not stop");
        assertEquals(null, failed.get());
        assertTrue(log.text().contains("[INFO] built: 2 pages"), log.text());
        assertTrue(log.text().contains("[INFO] resurface: stopped serving"), log.text());
    }

    /** The URL from the "serving … at URL (Ctrl-C to stop)" line, once logged. */
    private static String awaitUrl(RecordingLog log, Thread serving) throws InterruptedException {
        Pattern p = Pattern.compile("\\[INFO\\] serving .* at (http://\\S+/) \\(Ctrl-C to stop\\)");
        for (int i = 0; i < 600 && serving.isAlive(); i++) {
            Matcher m = p.matcher(log.text());
            if (m.find()) return m.group(1);
            Thread.sleep(50);
        }
        return null;
    }
}
