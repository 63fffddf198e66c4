package dev.resurface.serve;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import dev.resurface.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Live reload over Server-Sent Events, for serve only. Every HTML page gets a small script that
 * listens on {@link #EVENTS}; after a good build the server sends {@code reload}, after a failed one
 * {@code errors} with the diagnostics, which the script shows as an overlay over the last good page.
 * A tab that connects while the site is broken gets the errors at once.
 */
public final class LiveReload implements AutoCloseable {
    public static final String EVENTS = "/__resurface/events";
    public static final String SCRIPT = "/__resurface/reload.js";
    private static final String TAG = "<script src=\"" + SCRIPT + "\"></script>";

    /** One open event stream. */
    private record Client(OutputStream out, CountDownLatch closed) {}

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile String lastErrors = null; // JSON of the current build's errors, null when it is good
    private volatile boolean closing = false;

    /** The page with the reload script added before {@code </body>} (or at the end). */
    byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        if (at < 0) at = s.length();
        return (s.substring(0, at) + TAG + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** A good build is live: open tabs reload (and any error overlay goes). */
    public void reload() {
        lastErrors = null;
        broadcast("reload", "{}");
    }

    /** A build failed: open tabs show its problems over the last good page. */
    public void errors(List<Diagnostic> diagnostics) {
        List<String> lines = diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        lastErrors = new Gson().toJson(Map.of("errors", lines));
        broadcast("errors", lastErrors);
    }

    /** How many tabs are listening. */
    public int clients() {
        return clients.size();
    }

    private void broadcast(String event, String json) {
        byte[] msg = ("event: " + event + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (Client c : clients) {
            try {
                synchronized (c) {
                    c.out().write(msg);
                    c.out().flush();
                }
            } catch (IOException e) {
                drop(c);
            }
        }
    }

    private void drop(Client c) {
        clients.remove(c);
        c.closed().countDown();
    }

    void handleEvents(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("GET")) {
            SiteServer.send(ex, 405, "text/plain; charset=utf-8", new byte[0]);
            ex.close();
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        Client c = new Client(ex.getResponseBody(), new CountDownLatch(1));
        try {
            synchronized (c) {
                // a comment line opens the stream; a broken site shows its errors straight away
                c.out().write((": resurface live reload\nretry: 500\n\n").getBytes(StandardCharsets.UTF_8));
                String errors = lastErrors;
                if (errors != null) c.out().write(("event: errors\ndata: " + errors + "\n\n").getBytes(StandardCharsets.UTF_8));
                c.out().flush();
            }
            clients.add(c);
            if (closing) drop(c);
            // hold the connection until a write fails (the tab went away) or the server stops
            while (!c.closed().await(15, TimeUnit.SECONDS)) {
                synchronized (c) {
                    c.out().write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                    c.out().flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the tab closed or the server is stopping
        } finally {
            clients.remove(c);
            ex.close();
        }
    }

    void handleScript(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] js;
            try (var in = LiveReload.class.getResourceAsStream("reload.js")) {
                js = in.readAllBytes();
            }
            SiteServer.send(ex, 200, SiteServer.TYPES.get("js"), js);
        }
    }

    @Override
    public void close() {
        closing = true;
        for (Client c : clients) drop(c);
    }
}
