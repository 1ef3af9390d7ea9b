package io.cxray.server.bootstrap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code users}: dashboard accounts (the bootstrap admin for now). */
@Repository
class UserRepository {

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String id, String organizationId, String username, String passwordHash, String role) {
    jdbc.sql(
            "INSERT INTO users (id, organization_id, username, password_hash, role, created_at)"
                + " VALUES (?, ?, ?, ?, ?, date_trunc('milliseconds', now()))")
        .params(id, organizationId, username, passwordHash, role)
        .update();
  }
}
