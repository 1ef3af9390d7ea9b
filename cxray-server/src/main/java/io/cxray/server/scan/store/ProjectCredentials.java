package io.cxray.server.scan.store;

import io.cxray.server.crypto.SecretBox;
import io.cxray.server.scan.target.RepositoryCredentials;
import org.springframework.stereotype.Component;

/**
 * A project's repository credentials at rest: the https access token and the ssh private key, each
 * sealed with the server's {@link SecretBox}. The token's associated data is the project id (as it
 * always was); the key's is {@code ssh-key:} and the project id, so neither opens as the other.
 */
@Component
public class ProjectCredentials {

  private final TokenRepository tokens;
  private final SshKeyRepository sshKeys;
  private final SecretBox box;

  public ProjectCredentials(TokenRepository tokens, SshKeyRepository sshKeys, SecretBox box) {
    this.tokens = tokens;
    this.sshKeys = sshKeys;
    this.box = box;
  }

  public void saveAccessToken(String projectId, String token) {
    tokens.put(projectId, box.seal(token, projectId));
  }

  public void saveSshKey(String projectId, String privateKey) {
    sshKeys.put(projectId, box.seal(privateKey, sshKeyContext(projectId)));
  }

  /** What the project has stored; {@link RepositoryCredentials#NONE} when nothing. */
  public RepositoryCredentials find(String projectId) {
    String token = tokens.find(projectId).map(s -> box.open(s, projectId)).orElse(null);
    String key =
        sshKeys.find(projectId).map(s -> box.open(s, sshKeyContext(projectId))).orElse(null);
    return new RepositoryCredentials(token, key);
  }

  private static String sshKeyContext(String projectId) {
    return "ssh-key:" + projectId;
  }
}
