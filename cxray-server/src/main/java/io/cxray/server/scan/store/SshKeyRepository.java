package io.cxray.server.scan.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code project_ssh_keys}: a project's sealed ssh private key; plaintext never stored. */
@Repository
public class SshKeyRepository {

  private final JdbcClient jdbc;

  public SshKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param sealed a {@code SecretBox} value
   */
  public void put(String projectId, byte[] sealed) {
    jdbc.sql(
            "INSERT INTO project_ssh_keys (project_id, sealed, updated_at)"
                + " VALUES (?, ?, clock_timestamp()) ON CONFLICT (project_id) DO UPDATE SET"
                + " sealed = EXCLUDED.sealed, updated_at = EXCLUDED.updated_at")
        .params(projectId, sealed)
        .update();
  }

  public Optional<byte[]> find(String projectId) {
    return jdbc.sql("SELECT sealed FROM project_ssh_keys WHERE project_id = ?")
        .param(projectId)
        .query((rs, row) -> rs.getBytes(1))
        .optional();
  }
}
