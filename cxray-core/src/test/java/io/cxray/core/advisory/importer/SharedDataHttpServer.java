package io.cxray.core.advisory.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on loopback that serves a directory the way a static bucket does: ETag and
 * Last-Modified on every file, 304 for a matching If-None-Match, 404 for anything missing.
 */
final class SharedDataHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final Path root;
  final AtomicLong bodyBytes = new AtomicLong();
  final List<String> log = new CopyOnWriteArrayList<>();

  SharedDataHttpServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = java.net.URLDecoder.decode(ex.getRequestURI().getRawPath(), "UTF-8");
      Path file = root.resolve(path.substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        log.add("404 " + path);
        ex.sendResponseHeaders(404, -1);
        return;
      }
      String etag =
          "\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"";
      ex.getResponseHeaders().add("ETag", etag);
      ex.getResponseHeaders()
          .add(
              "Last-Modified",
              DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC)));
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        log.add("304 " + path);
        ex.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      log.add("200 " + path);
      bodyBytes.addAndGet(body.length);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
