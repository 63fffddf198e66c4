package dev.resurface.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A static file server for a built site, on the JDK's own HTTP server: GET and HEAD only, a
 * folder's {@code index.html} for its URL, the site's {@code 404.html} for anything missing, and
 * nothing outside the site (paths are decoded once and any {@code ..}, NUL or backslash is refused).
 * The files can be swapped atomically ({@link #publish}), which is how serve shows a new build;
 * with a {@link LiveReload} every HTML page also gets the reload script.
 */
public final class SiteServer implements AutoCloseable {
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"));

    private final AtomicReference<SiteFiles> files;
    private final HttpServer server;
    private final ExecutorService pool;
    private final LiveReload reload;

    private SiteServer(SiteFiles files, HttpServer server, ExecutorService pool, LiveReload reload) {
        this.files = new AtomicReference<>(files);
        this.server = server;
        this.pool = pool;
        this.reload = reload;
    }

    /** Serves a built folder on {@code host:port} (port 0: any free port). */
    public static SiteServer start(Path folder, String host, int port) throws IOException {
        return start(SiteFiles.folder(folder), host, port, null);
    }

    /** Serves {@code files}; with {@code reload} (may be null) pages reload when a new build is published. */
    public static SiteServer start(SiteFiles files, String host, int port, LiveReload reload) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 128);
        // a cached pool: each open reload connection holds a thread while it waits
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "resurface-http");
            t.setDaemon(true);
            return t;
        });
        SiteServer s = new SiteServer(files, http, pool, reload);
        if (reload != null) {
            http.createContext(LiveReload.EVENTS, reload::handleEvents);
            http.createContext(LiveReload.SCRIPT, reload::handleScript);
        }
        http.createContext("/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
    }

    /** Serves these files from the next request on. */
    public void publish(SiteFiles next) {
        files.set(next);
    }

    public int port() { return server.getAddress().getPort(); }

    public String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + port() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            SiteFiles site = files.get();
            Optional<String> rel = relative(ex.getRequestURI());
            if (rel.isPresent()) {
                String name = rel.get();
                if (name.isEmpty() || name.endsWith("/")) name = name + "index.html";
                else if (site.isFolder(name)) {
                    ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                Optional<byte[]> body = site.read(name);
                if (body.isPresent()) {
                    String type = typeOf(name);
                    send(ex, 200, type, withReload(type, body.get()));
                    return;
                }
            }
            Optional<byte[]> notFound = site.read("404.html");
            if (notFound.isPresent()) send(ex, 404, TYPES.get("html"), withReload(TYPES.get("html"), notFound.get()));
            else send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private byte[] withReload(String type, byte[] body) {
        return reload != null && type.startsWith("text/html") ? reload.inject(body) : body;
    }

    /**
     * The site-relative name a request asks for, if it is a safe one: the path is decoded once (so
     * {@code %2e%2e} is {@code ..}), and any {@code ..} segment, NUL or backslash refuses it.
     */
    static Optional<String> relative(URI uri) {
        String path = uri.getPath(); // decoded
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return Optional.empty();
        StringBuilder out = new StringBuilder();
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..")) return Optional.empty();
            if (part.equals(".") || (part.isEmpty() && i < parts.length - 1)) continue;
            out.append(part);
            if (i < parts.length - 1) out.append('/');
        }
        return Optional.of(out.toString());
    }

    static String typeOf(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        String ext = dot <= slash ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (reload != null) reload.close();
        server.stop(0);
        pool.shutdownNow();
    }
}
