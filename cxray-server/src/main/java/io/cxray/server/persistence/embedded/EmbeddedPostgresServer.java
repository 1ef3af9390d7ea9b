package io.cxray.server.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server on a persistent directory, started and stopped by this process.
 *
 * <p>Layout under the CXRay data directory: {@code postgres/} (the cluster), {@code postgres-bin/}
 * (binaries unpacked from the zonky platform jar), {@code postgres.password} (the generated
 * password of the cluster's superuser, readable only by this user) and {@code postgres.lock} (held
 * while a CXRay process owns the cluster). The server listens on 127.0.0.1 only, on a free port
 * chosen at each start, with password authentication.
 *
 * <p>A previous CXRay process that was killed (kill -9) leaves its postmaster running, or a stale
 * {@code postmaster.pid}; {@link StalePostmaster} clears either before the new start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final String SUPERUSER = "cxray";
  private static final String DATABASE = "cxray";

  private final Path cluster;
  private final PostgresBinaries binaries;
  private final ServerProcessUser user;
  private final String password;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private int port;
  private boolean running;

  private EmbeddedPostgresServer(
      Path cluster,
      PostgresBinaries binaries,
      ServerProcessUser user,
      String password,
      FileChannel lockChannel,
      FileLock lock) {
    this.cluster = cluster;
    this.binaries = binaries;
    this.user = user;
    this.password = password;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Starts (initialising on first use) the cluster under {@code dataDir/postgres}.
   *
   * @param unprivilegedUser the OS account PostgreSQL runs as when this JVM is root
   */
  public static EmbeddedPostgresServer start(Path dataDir, String unprivilegedUser) {
    try {
      Path root = dataDir.toAbsolutePath().normalize();
      Files.createDirectories(root);
      FileChannel channel =
          FileChannel.open(
              root.resolve("postgres.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel, root);
      ServerProcessUser user = ServerProcessUser.forCurrentProcess(unprivilegedUser);
      user.requireReachable(root.resolve("postgres-bin"));
      PostgresBinaries binaries = PostgresBinaries.unpack(root.resolve("postgres-bin"));
      String password = readOrCreatePassword(root.resolve("postgres.password"));
      EmbeddedPostgresServer server =
          new EmbeddedPostgresServer(
              root.resolve("postgres"), binaries, user, password, channel, lock);
      try {
        server.initialiseIfNeeded();
        StalePostmaster.clear(server.cluster, server::pgCtl);
        server.startPostmaster();
        server.createDatabaseIfMissing();
      } catch (RuntimeException | IOException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String user() {
    return SUPERUSER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  public Path clusterDirectory() {
    return cluster;
  }

  /** Stops the server (fast shutdown: open sessions are ended, data is flushed). */
  @Override
  public synchronized void close() {
    try {
      if (running) {
        running = false;
        pgCtl(List.of("stop", "-m", "fast", "-w", "-t", "60"));
        log.info("Embedded PostgreSQL stopped ({})", cluster);
      }
    } finally {
      try {
        lock.release();
        lockChannel.close();
      } catch (IOException e) {
        log.warn("Could not release {}", cluster.resolveSibling("postgres.lock"), e);
      }
    }
  }

  private static FileLock tryLock(FileChannel channel, Path root) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException(
          "Another CXRay process is using the embedded database in "
              + root
              + "; stop it first, or use an external PostgreSQL (CXRAY_DB_URL) to run several"
              + " servers.");
    }
    return lock;
  }

  private static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = HexFormat.of().formatHex(random);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(
        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(tmp, password, StandardCharsets.US_ASCII);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return password;
  }

  /** initdb into a staging directory that is renamed into place only once it is complete. */
  private void initialiseIfNeeded() throws IOException {
    if (Files.exists(cluster.resolve("PG_VERSION"))) {
      return;
    }
    Path staging = cluster.resolveSibling("postgres.initdb");
    Path pwFile = cluster.resolveSibling("postgres.initdb-password");
    PostgresBinaries.deleteTree(staging);
    Files.deleteIfExists(pwFile);
    Files.createDirectories(staging);
    Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwx------"));
    Files.createFile(
        pwFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(pwFile, password + "\n", StandardCharsets.US_ASCII);
    user.takeOwnership(staging);
    user.takeOwnership(pwFile);
    try {
      run(
          List.of(
              binaries.bin("initdb").toString(),
              "-D",
              staging.toString(),
              "-U",
              SUPERUSER,
              "-A",
              "scram-sha-256",
              "--pwfile=" + pwFile,
              "-E",
              "UTF8",
              "--no-locale"),
          "initdb");
    } finally {
      Files.deleteIfExists(pwFile);
    }
    if (Files.exists(cluster)) {
      PostgresBinaries.deleteTree(cluster); // an empty or half-made directory from a failed start
    }
    Files.move(staging, cluster);
    log.info("Embedded PostgreSQL cluster initialised in {}", cluster);
  }

  private void startPostmaster() throws IOException {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      port = freePort();
      String options =
          "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
      try {
        pgCtl(
            List.of(
                "start",
                "-w",
                "-t",
                "120",
                "-l",
                cluster.resolve("server.log").toString(),
                "-o",
                options));
        running = true;
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} ({})", port, cluster);
        return;
      } catch (IllegalStateException e) {
        last = e; // most likely the port was taken between choosing and binding it
        log.warn("Embedded PostgreSQL did not start on port {}: {}", port, e.getMessage());
      }
    }
    throw last;
  }

  private void createDatabaseIfMissing() {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(url, SUPERUSER, password);
        var check = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      check.setString(1, DATABASE);
      if (!check.executeQuery().next()) {
        try (var create = c.createStatement()) {
          create.execute("CREATE DATABASE " + DATABASE);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the database " + DATABASE, e);
    }
  }

  private void pgCtl(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(binaries.bin("pg_ctl").toString());
    command.add("-D");
    command.add(cluster.toString());
    command.addAll(arguments);
    run(command, "pg_ctl " + arguments.get(0));
  }

  private void run(List<String> command, String what) {
    try {
      Process process =
          new ProcessBuilder(user.command(command))
              .directory(binaries.home().toFile())
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(what + " timed out");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            what
                + " failed (exit "
                + process.exitValue()
                + "): "
                + output.trim()
                + serverLogTail());
      }
      log.debug("{}: {}", what, output.trim());
    } catch (IOException e) {
      throw new UncheckedIOException(what + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    }
  }

  private String serverLogTail() {
    Path logFile = cluster.resolve("server.log");
    try {
      if (!Files.isReadable(logFile)) {
        return "";
      }
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
