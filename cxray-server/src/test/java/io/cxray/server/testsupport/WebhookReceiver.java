package io.cxray.server.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * A real HTTP receiver on 127.0.0.1 (JDK HttpServer). Each path answers with a queue of scripted
 * replies (status, delay, headers), then with its default; every request is recorded.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One received request. */
  public record Received(String path, Map<String, String> headers, String body, Instant at) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A scripted reply. */
  public record Reply(int status, Duration delay, Map<String, String> headers) {
    public static Reply status(int status) {
      return new Reply(status, Duration.ZERO, Map.of());
    }

    public static Reply slow(Duration delay) {
      return new Reply(200, delay, Map.of());
    }
  }

  private final HttpServer server;
  private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, ConcurrentLinkedDeque<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, Reply> defaults = new ConcurrentHashMap<>();

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Map<String, String> headers = new java.util.HashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(path, headers, body, Instant.now()));
          ConcurrentLinkedDeque<Reply> script = scripts.get(path);
          Reply reply = script == null ? null : script.poll();
          if (reply == null) {
            reply = defaults.getOrDefault(path, Reply.status(204));
          }
          try {
            Thread.sleep(reply.delay().toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          try {
            exchange.sendResponseHeaders(reply.status(), -1);
          } catch (IOException gone) {
            // the sender timed out and closed the connection
          }
          exchange.close();
        });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public void script(String path, Reply... replies) {
    scripts.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(replies));
  }

  public void answerByDefault(String path, Reply reply) {
    defaults.put(path, reply);
  }

  public List<Received> received(String path) {
    synchronized (received) {
      return received.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  /** Waits up to {@code timeout} for {@code condition}; fails when it never holds. */
  public static void await(Duration timeout, String what, BooleanSupplier condition) {
    Instant end = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
