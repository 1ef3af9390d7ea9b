package io.cxray.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

/**
 * A real {@code git daemon} serving every repository under a directory on 127.0.0.1, for tests that
 * clone over the git:// protocol. One per test JVM; stopped at exit.
 */
public final class GitDaemon {

  private static GitDaemon instance;

  private final Path base;
  private final int port;
  private final Process process;

  private GitDaemon(Path base, int port, Process process) {
    this.base = base;
    this.port = port;
    this.process = process;
  }

  public static synchronized GitDaemon get() {
    if (instance == null) {
      instance = start(TestDatabase.tempDirectory("cxray-git-"));
    }
    return instance;
  }

  private static GitDaemon start(Path base) {
    int port = freePort();
    try {
      Process process =
          new ProcessBuilder(
                  "git",
                  "daemon",
                  "--export-all",
                  "--reuseaddr",
                  "--base-path=" + base,
                  "--listen=127.0.0.1",
                  "--port=" + port,
                  base.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    process.destroy();
                    TestDatabase.deleteQuietly(base);
                  }));
      waitForPort(port, process);
      return new GitDaemon(base, port, process);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start git daemon", e);
    }
  }

  /** The directory of repository {@code name} (create it with {@link TestRepository}). */
  public Path directory(String name) {
    return base.resolve(name);
  }

  public String url(String name) {
    return "git://127.0.0.1:" + port + "/" + name;
  }

  public boolean alive() {
    return process.isAlive();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void waitForPort(int port, Process process) {
    long until = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < until) {
      if (!process.isAlive()) {
        throw new IllegalStateException("git daemon exited with " + process.exitValue());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("git daemon did not listen on " + port);
  }
}
