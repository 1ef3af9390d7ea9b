package io.cxray.server.scan.target;

/**
 * What a fetch may authenticate with: an access token (https) and an ssh private key (ssh), each
 * possibly null. {@link #toString()} never shows them.
 *
 * @param accessToken a repository access token, or null
 * @param sshPrivateKey an unencrypted private key in OpenSSH or PEM form, or null
 */
public record RepositoryCredentials(String accessToken, String sshPrivateKey) {

  public static final RepositoryCredentials NONE = new RepositoryCredentials(null, null);

  @Override
  public String toString() {
    return "RepositoryCredentials[accessToken="
        + (accessToken == null ? "none" : "(hidden)")
        + ", sshPrivateKey="
        + (sshPrivateKey == null ? "none" : "(hidden)")
        + "]";
  }
}
