package io.cxray.server.testsupport;

import io.cxray.server.CxrayServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server instance in its own JVM ({@code java -cp <test classpath> CxrayServer}), as an operator
 * runs a second instance: its own logging, its own port, the database through the environment. Two
 * Spring Boot applications started at once inside one JVM race on the shared logging system, so
 * tests about several instances start them this way.
 */
public final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path logDirectory;
  private final Path log;

  private ServerProcess(Process process, int port, Path logDirectory) {
    this.process = process;
    this.port = port;
    this.logDirectory = logDirectory;
    this.log = logDirectory.resolve("server.log");
  }

  /**
   * Starts the instance without waiting for it: {@code settings} become {@code --key=value}
   * arguments, {@code environment} is added to the child's environment.
   */
  public static ServerProcess launch(Map<String, String> settings, Map<String, String> environment)
      throws IOException {
    int port = freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java.toString(),
            "-Xmx384m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            CxrayServer.class.getName(),
            "--server.port=" + port));
    settings.forEach((k, v) -> command.add("--" + k + "=" + v));
    Path logDirectory = TestDatabase.tempDirectory("cxray-instance-log-");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(logDirectory.resolve("server.log").toFile());
    builder.environment().putAll(environment);
    return new ServerProcess(builder.start(), port, logDirectory);
  }

  /** Waits until {@code /health} answers 200; fails with the log's path if it exits or hangs. */
  public ServerProcess awaitHealthy(Duration patience) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long until = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new AssertionError("The instance exited; its output:\n" + output());
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(300);
    }
    process.destroyForcibly();
    throw new AssertionError("The instance did not start in time; its output:\n" + output());
  }

  public int port() {
    return port;
  }

  public Process process() {
    return process;
  }

  /** Everything the instance printed so far (standard output and error). */
  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the JVM at once ({@code kill -9}) and waits for it to be gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("The instance did not exit after kill -9");
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
    TestDatabase.deleteQuietly(logDirectory);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
