package io.cxray.server.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.server.testsupport.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL on a persistent directory: data survives restarts, and what a killed
 * CXRay process leaves behind (a postmaster still running, or a stale postmaster.pid) does not
 * prevent the next start.
 */
@Tag("embedded")
class EmbeddedPostgresServerTest {

  private Path dir;

  @BeforeEach
  void directory() {
    dir = TestDatabase.tempDirectory("cxray-epg-");
  }

  @AfterEach
  void cleanUp() {
    TestDatabase.deleteQuietly(dir);
  }

  @Test
  void restartsOverOrphanedPostmastersAndStaleLockFiles() throws Exception {
    try (EmbeddedPostgresServer first = start()) {
      sql(first, "CREATE TABLE kept (v TEXT)", "INSERT INTO kept VALUES ('survives')");
    }
    Path cluster = dir.resolve("postgres");
    assertThat(cluster.resolve("postmaster.pid")).doesNotExist();

    // kill -9 of the JVM leaves the daemonised postmaster running, unowned.
    long orphan = startOrphanPostmaster(cluster);
    assertThat(running(orphan)).isTrue();
    try (EmbeddedPostgresServer second = start()) {
      assertThat(running(orphan)).isFalse();
      assertThat(value(second)).isEqualTo("survives");
    }

    // A crash of the whole machine leaves only postmaster.pid, whose PID may now be anyone's.
    Files.writeString(
        cluster.resolve("postmaster.pid"),
        ProcessHandle.current().pid() + "\n" + cluster + "\n1700000000\n5432\n\n127.0.0.1\n");
    try (EmbeddedPostgresServer third = start()) {
      assertThat(value(third)).isEqualTo("survives");
      assertThatThrownBy(this::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Another CXRay process");
    }
  }

  /** Alive and not a zombie (an exited child not yet reaped still has a process entry). */
  private static boolean running(long pid) throws IOException {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return false;
    }
    String line = Files.readString(stat);
    return line.charAt(line.lastIndexOf(')') + 2) != 'Z';
  }

  private EmbeddedPostgresServer start() {
    return EmbeddedPostgresServer.start(dir, "nobody");
  }

  private long startOrphanPostmaster(Path cluster) throws IOException, InterruptedException {
    Path pgCtl;
    try (Stream<Path> bins = Files.list(dir.resolve("postgres-bin"))) {
      pgCtl =
          bins.map(p -> p.resolve("bin/pg_ctl")).filter(Files::exists).findFirst().orElseThrow();
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command =
        ServerProcessUser.forCurrentProcess("nobody")
            .command(
                List.of(
                    pgCtl.toString(),
                    "-D",
                    cluster.toString(),
                    "-l",
                    cluster.resolve("server.log").toString(),
                    "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
                    "-w",
                    "start"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(out).isZero();
    return Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
  }

  private static void sql(EmbeddedPostgresServer server, String... statements) throws SQLException {
    try (Connection c = connect(server);
        var s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private static String value(EmbeddedPostgresServer server) throws SQLException {
    try (Connection c = connect(server);
        var rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
  }
}
