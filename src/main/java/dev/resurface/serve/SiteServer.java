package dev.resurface.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server for a built site, on the JDK's own HTTP server: GET and HEAD only, a
 * folder's {@code index.html} for its URL, the site's {@code 404.html} for anything missing, and
 * nothing outside the folder (paths are decoded once, normalised and checked, and symbolic links
 * are not followed out of it).
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

    private final Path root;
    private final HttpServer server;
    private final ExecutorService pool;

    private SiteServer(Path root, HttpServer server, ExecutorService pool) {
        this.root = root;
        this.server = server;
        this.pool = pool;
    }

    /** Serves {@code folder} on {@code host:port} (port 0: any free port). */
    public static SiteServer start(Path folder, String host, int port) throws IOException {
        Path root = folder.toRealPath();
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "resurface-http");
            t.setDaemon(true);
            return t;
        });
        SiteServer s = new SiteServer(root, http, pool);
        http.createContext("/", s::handle);
        http.setExecutor(pool);
        http.start();
        return s;
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
            Optional<Path> file = resolve(root, ex.getRequestURI());
            if (file.isPresent() && Files.isDirectory(file.get(), LinkOption.NOFOLLOW_LINKS)) {
                String raw = ex.getRequestURI().getRawPath();
                if (!raw.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", raw + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = Optional.of(file.get().resolve("index.html"));
            }
            if (file.isPresent() && Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) {
                send(ex, 200, typeOf(file.get()), Files.readAllBytes(file.get()));
                return;
            }
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "not found\n".getBytes(StandardCharsets.UTF_8);
            send(ex, 404, Files.isRegularFile(notFound) ? TYPES.get("html") : "text/plain; charset=utf-8", body);
        }
    }

    /**
     * The file a request names, if it lies inside {@code root}: the path is decoded once (so
     * {@code %2e%2e} is {@code ..}), must not contain NUL or a backslash, and after normalising
     * must still start with the root. Every step below the root must be a real folder or file,
     * not a symbolic link.
     */
    static Optional<Path> resolve(Path root, URI uri) {
        String path = uri.getPath(); // decoded
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return Optional.empty();
        Path p = root;
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) return Optional.empty();
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) return Optional.empty();
        }
        p = p.normalize();
        return p.startsWith(root) ? Optional.of(p) : Optional.empty();
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
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
        server.stop(0);
        pool.shutdownNow();
    }
}
