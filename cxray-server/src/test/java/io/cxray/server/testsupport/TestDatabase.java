package io.cxray.server.testsupport;

import io.cxray.server.persistence.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL the tests use: one embedded server per test JVM by default, or the external one
 * named by {@code CXRAY_TEST_DB_URL} (+ {@code CXRAY_TEST_DB_USER}, {@code
 * CXRAY_TEST_DB_PASSWORD}). Each server context gets its own schema, dropped and re-created, so
 * contexts never see each other's rows and reruns against an external database start clean.
 */
public final class TestDatabase {

  private static TestDatabase instance;

  private final String url;
  private final String user;
  private final String password;

  private TestDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static synchronized TestDatabase get() {
    if (instance == null) {
      String external = System.getenv("CXRAY_TEST_DB_URL");
      instance =
          external != null && !external.isBlank()
              ? new TestDatabase(
                  external,
                  System.getenv("CXRAY_TEST_DB_USER"),
                  System.getenv("CXRAY_TEST_DB_PASSWORD"))
              : startEmbedded();
    }
    return instance;
  }

  public static boolean isExternal() {
    String external = System.getenv("CXRAY_TEST_DB_URL");
    return external != null && !external.isBlank();
  }

  /** A JDBC URL whose default schema is {@code schema}, freshly created and empty. */
  public String freshSchema(String schema) {
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException(schema);
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        var s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare schema " + schema, e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A client on the database at {@code schemaUrl} (one of {@link #freshSchema}'s answers). */
  public JdbcClient jdbc(String schemaUrl) {
    return JdbcClient.create(new DriverManagerDataSource(schemaUrl, user, password));
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  private static TestDatabase startEmbedded() {
    Path dir = tempDirectory("cxray-test-pg-");
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, "nobody");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  deleteQuietly(dir);
                }));
    return new TestDatabase(server.jdbcUrl(), server.user(), server.password());
  }

  /**
   * A temporary directory other users may enter: when tests run as root the embedded PostgreSQL
   * runs as an unprivileged user, which must reach its data directory.
   */
  public static Path tempDirectory(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary directory
    }
  }
}
