package io.cxray.server.scan.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code project_repository_tokens}: sealed tokens only; plaintext never reaches the database. The
 * table keeps a sealed value in two columns, the 12-byte nonce and the ciphertext with its tag, as
 * the first token cipher wrote them; joined they are exactly a {@code SecretBox} value, so tokens
 * stored before and after the two ciphers were folded into one open alike.
 */
@Repository
public class TokenRepository {

  static final int NONCE_BYTES = 12;

  private final JdbcClient jdbc;

  public TokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param sealed a {@code SecretBox} value
   */
  public void put(String projectId, byte[] sealed) {
    jdbc.sql(
            "INSERT INTO project_repository_tokens (project_id, nonce, ciphertext, updated_at)"
                + " VALUES (?, ?, ?, clock_timestamp()) ON CONFLICT (project_id) DO UPDATE SET"
                + " nonce = EXCLUDED.nonce, ciphertext = EXCLUDED.ciphertext, updated_at ="
                + " EXCLUDED.updated_at")
        .params(
            projectId,
            Arrays.copyOf(sealed, NONCE_BYTES),
            Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length))
        .update();
  }

  /** The {@code SecretBox} value of the project's token. */
  public Optional<byte[]> find(String projectId) {
    return jdbc.sql("SELECT nonce, ciphertext FROM project_repository_tokens WHERE project_id = ?")
        .param(projectId)
        .query((rs, row) -> joined(rs.getBytes(1), rs.getBytes(2)))
        .optional();
  }

  static byte[] joined(byte[] nonce, byte[] ciphertext) {
    return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
  }
}
