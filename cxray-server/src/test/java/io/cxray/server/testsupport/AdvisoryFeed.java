package io.cxray.server.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * The shared advisory data ({@code <cxray.shared.dir>/advisories}) served over HTTP on loopback, as
 * the public feeds would serve it: one server per test JVM, started on first use.
 */
public final class AdvisoryFeed {
  private static AdvisoryFeed instance;

  private final Path root;
  private final HttpServer server;

  private AdvisoryFeed(Path root) throws IOException {
    this.root = root;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "advisory-feed");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  public static synchronized AdvisoryFeed get() {
    if (instance == null) {
      try {
        instance = new AdvisoryFeed(shared().resolve("advisories"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** The shared data directory: {@code -Dcxray.shared.dir}, else {@code ../shared} of the repo. */
  public static Path shared() {
    String prop = System.getProperty("cxray.shared.dir");
    Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(dir.resolve("advisories"))) {
      dir = Path.of("..", "shared");
    }
    return dir.toAbsolutePath().normalize();
  }

  /** {@code http://127.0.0.1:<port>/<relative>}, e.g. {@code url("osv")}. */
  public String url(String relative) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + relative;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(200, Files.size(file));
      try (OutputStream out = exchange.getResponseBody()) {
        Files.copy(file, out);
      }
    }
  }
}
