package io.cxray.server.scan.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code project_repository_tokens}: sealed tokens only; plaintext never reaches the database. */
@Repository
public class TokenRepository {

  private final JdbcClient jdbc;

  public TokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void put(String projectId, TokenCipher.Sealed sealed) {
    jdbc.sql(
            "INSERT INTO project_repository_tokens (project_id, nonce, ciphertext, updated_at)"
                + " VALUES (?, ?, ?, clock_timestamp()) ON CONFLICT (project_id) DO UPDATE SET"
                + " nonce = EXCLUDED.nonce, ciphertext = EXCLUDED.ciphertext, updated_at ="
                + " EXCLUDED.updated_at")
        .params(projectId, sealed.nonce(), sealed.ciphertext())
        .update();
  }

  public Optional<TokenCipher.Sealed> find(String projectId) {
    return jdbc.sql("SELECT nonce, ciphertext FROM project_repository_tokens WHERE project_id = ?")
        .param(projectId)
        .query((rs, row) -> new TokenCipher.Sealed(rs.getBytes(1), rs.getBytes(2)))
        .optional();
  }
}
