package dev.resurface.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resurface.build.BuildOptions;
import dev.resurface.cli.Main;
import dev.resurface.testing.Fixtures;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * serve under abuse, on 127.0.0.1 only: traversal in every encoding, a bounded load with a rebuild in
 * the middle, slow and dropped connections, malformed requests, and many open reload streams. The
 * figures (requests, concurrency, errors) are asserted exactly; nothing here measures time.
 */
@Tag("slow") // starts dev servers and waits on HTTP
class DevServerHardeningTest {
    static final int CLIENTS = 32;
    static final int REQUESTS_EACH = 50;
    @TempDir
    Path tmp;
    Path site;
    DevServer dev;
    final BlockingQueue<DevServer.Rebuilt> builds = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        site = Fixtures.site("basic", tmp);
        Files.writeString(tmp.resolve("secret.txt"), "top secret");
        dev = DevServer.start(BuildOptions.defaults(site), "resurface test", "127.0.0.1", 0, builds::add);
        assertTrue(builds.poll(20, TimeUnit.SECONDS).result().ok());
    }

    @AfterEach
    void stop() throws Exception {
        dev.close();
    }

    private int port() {
        return URI.create(dev.url()).getPort();
    }

    /** Sends bytes exactly as given and returns what comes back before the server closes. */
    private String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(dev.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void listensOnLoopbackUnlessToldOtherwise() {
        CommandLine cmd = new CommandLine(new Main());
        CommandLine.ParseResult parsed = cmd.parseArgs("serve");
        Object serve = parsed.subcommand().commandSpec().userObject();
        assertEquals("127.0.0.1", ((dev.resurface.cli.ServeCommand) serve).host());
        assertTrue(dev.url().startsWith("http://127.0.0.1:"));
    }

    @Test
    void refusesTraversalInEveryEncoding() throws Exception {
        String[] targets = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2e/secret.txt", "/types/../../secret.txt",
                "/..%2fsecret.txt", "/..%2Fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%00", "/types/%2e%2e/%2e%2e/secret.txt",
                "/.%2e/secret.txt", "//../secret.txt", "/%252e%252e/secret.txt"};
        for (String t : targets) {
            String r = raw("GET " + t + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertFalse(r.contains("top secret"), t);
            assertTrue(r.startsWith("HTTP/1.1 404") || r.startsWith("HTTP/1.1 400"), t + " -> " + r.lines().findFirst().orElse("(nothing)"));
        }
    }

    @Test
    void malformedRequestsGetAnErrorAndTheServerCarriesOn() throws Exception {
        String[] junk = {"\0\1\2\3garbage\r\n\r\n", "GET\r\n\r\n", "GET /\r\n\r\n", "BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", "GET /types/co2/ HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"};
        for (String j : junk) {
            String r = raw(j);
            assertFalse(r.startsWith("HTTP/1.1 200"), "refused: " + j.substring(0, Math.min(20, j.length())) + " -> " + r.lines().findFirst().orElse(""));
        }
        // a huge header is answered or refused, but never takes the server down
        try {
            raw("GET / HTTP/1.1\r\nHost: x\r\n" + "X-Long: " + "a".repeat(1_000_000) + "\r\n\r\n");
        } catch (java.net.SocketException reset) {
            // refused by closing the connection: fine
        }
        assertEquals(200, status("/types/co2/"));
    }

    @Test
    void slowAndDroppedConnectionsDoNotBlockOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket("127.0.0.1", port());
                s.getOutputStream().write("GET /types/co2/ HT".getBytes(StandardCharsets.ISO_8859_1)); // and never finish
                slow.add(s);
            }
            for (int i = 0; i < 10; i++) {
                Socket s = new Socket("127.0.0.1", port());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                s.close(); // dropped before the answer
            }
            assertEquals(200, status("/types/co2/"));
            assertEquals(200, status("/"));
        } finally {
            for (Socket s : slow) s.close();
        }
        assertEquals(200, status("/"));
    }

    @Test
    void aBoundedLoadWithARebuildInTheMiddleHasNoErrors() throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        String[] paths = {"/", "/types/co2/", "/types/erbium/", "/guides/choosing-a-clinic/", "/sitemap.xml", "/feed.xml", "/tags/"};
        AtomicInteger ok = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit((Callable<Void>) () -> {
                for (int i = 0; i < REQUESTS_EACH; i++) {
                    String p = paths[(client + i) % paths.length];
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(dev.url() + p.substring(1))).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200 && r.body().length > 0) ok.incrementAndGet();
                        else failures.add(p + " -> " + r.statusCode());
                    } catch (Exception e) {
                        failures.add(p + " -> " + e);
                    }
                    if (client == 0 && i == REQUESTS_EACH / 2) {
                        Path co2 = site.resolve("content/types/co2.md");
                        Files.writeString(co2, Files.readString(co2) + "\nEdited under load.\n");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
        clients.shutdownNow();
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
        assertEquals(CLIENTS * REQUESTS_EACH, ok.get());
        System.out.printf("load: %d requests from %d concurrent clients on 127.0.0.1, %d answered 200, %d errors%n",
                CLIENTS * REQUESTS_EACH, CLIENTS, ok.get(), failures.size());
        DevServer.Rebuilt rebuilt = builds.poll(20, TimeUnit.SECONDS);
        assertNotNull(rebuilt, "the edit under load was rebuilt");
        assertTrue(rebuilt.result().ok());
    }

    @Test
    void manyOpenReloadStreamsAllHearTheReload() throws Exception {
        int streams = 100;
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < streams; i++) {
                Socket s = new Socket("127.0.0.1", port());
                s.setSoTimeout(30_000);
                s.getOutputStream().write(("GET " + LiveReload.EVENTS + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                open.add(s);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (dev.liveReload().clients() < streams && System.nanoTime() < deadline) Thread.sleep(20);
            assertEquals(streams, dev.liveReload().clients());
            assertEquals(200, status("/"), "pages are still served with every stream open");
            Path co2 = site.resolve("content/types/co2.md");
            Files.writeString(co2, Files.readString(co2) + "\nOne more line.\n");
            int heard = 0;
            for (Socket s : open) {
                if (readUntil(s.getInputStream(), "event: reload")) heard++;
            }
            assertEquals(streams, heard);
        } finally {
            for (Socket s : open) s.close();
        }
        assertEquals(200, status("/"));
    }

    @Test
    void serveWritesNothingSoKillingItCannotDamageAnyOutput() throws Exception {
        java.util.Map<String, String> before = Fixtures.snapshot(tmp);
        Path co2 = site.resolve("content/types/co2.md");
        String edited = Files.readString(co2) + "\nEdited.\n";
        Files.writeString(co2, edited);
        DevServer.Rebuilt rebuilt = builds.poll(20, TimeUnit.SECONDS);
        assertNotNull(rebuilt);
        assertTrue(rebuilt.result().ok());
        assertEquals(200, status("/types/co2/"));
        dev.close();
        java.util.Map<String, String> after = Fixtures.snapshot(tmp);
        after.remove("basic/content/types/co2.md");
        before.remove("basic/content/types/co2.md");
        assertEquals(before, after, "no file was created or changed but the one we edited: no output folder, lock or cache on disk");
        // so there is nothing for a kill -9 of serve to leave half-written; a build afterwards starts clean
        assertEquals(0, Fixtures.cli("build", "--quiet", "--site", site.toString(), "--output", tmp.resolve("out").toString()).exit());
    }

    @Test
    void pagesAreServedWhileASlowRebuildRuns() throws Exception {
        Path big = tmp.resolve("big");
        Fixtures.generate(big, 800, new java.util.Random(5));
        BlockingQueue<DevServer.Rebuilt> bigBuilds = new LinkedBlockingQueue<>();
        try (DevServer bigDev = DevServer.start(BuildOptions.defaults(big).withThreads(1), "resurface test", "127.0.0.1", 0, bigBuilds::add)) {
            assertTrue(bigBuilds.poll(120, TimeUnit.SECONDS).result().ok());
            java.util.concurrent.atomic.AtomicBoolean rebuilding = new java.util.concurrent.atomic.AtomicBoolean();
            List<Long> rebuildMillis = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread rebuilds = new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    try {
                        // a new site title changes every page: a full re-render, not a cache hit
                        Files.writeString(big.resolve("site.yml"), "title: Generated " + i + "\nbaseUrl: https://example.org/\n");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    rebuilding.set(true);
                    rebuildMillis.add(bigDev.rebuild(java.util.Set.of("site.yml")).millis());
                    rebuilding.set(false);
                }
            });
            HttpClient http = HttpClient.newHttpClient();
            int during = 0;
            int total = 0;
            long worst = 0;
            rebuilds.start();
            while (rebuilds.isAlive()) {
                boolean startedDuring = rebuilding.get();
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(bigDev.url() + "a/p0/")).build(), HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("Page 0") && r.body().contains("</html>"), "a whole page of a whole build");
                total++;
                if (startedDuring && rebuilding.get()) {
                    during++;
                    worst = Math.max(worst, ms);
                }
            }
            rebuilds.join();
            assertEquals(3, rebuildMillis.size());
            assertTrue(during > 0, "some requests were answered while a rebuild ran (rebuilds took " + rebuildMillis + " ms)");
            System.out.printf("served during rebuild: %d of %d requests answered while one of 3 full rebuilds (%s ms) ran; slowest %d ms%n",
                    during, total, rebuildMillis, worst);
        }
    }

    private static boolean readUntil(InputStream in, String marker) throws Exception {
        StringBuilder seen = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            seen.append((char) b);
            if (seen.indexOf(marker) >= 0) return true;
        }
        return false;
    }
}
