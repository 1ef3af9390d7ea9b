package io.cxray.server.config;

import io.cxray.server.persistence.embedded.EmbeddedPostgresServer;

/** Where the database is: an external PostgreSQL, or the embedded one this process runs. */
public final class DatabaseEndpoint implements AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final EmbeddedPostgresServer embedded;

  private DatabaseEndpoint(
      String url, String user, String password, EmbeddedPostgresServer embedded) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  static DatabaseEndpoint external(String url, String user, String password) {
    return new DatabaseEndpoint(url, user, password, null);
  }

  static DatabaseEndpoint embedded(EmbeddedPostgresServer server) {
    return new DatabaseEndpoint(server.jdbcUrl(), server.user(), server.password(), server);
  }

  public String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  /** Stops the embedded server, after the connection pool (which depends on this) has closed. */
  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
