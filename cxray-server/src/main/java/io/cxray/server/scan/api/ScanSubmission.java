package io.cxray.server.scan.api;

import java.util.List;

/**
 * A scan request from either form (JSON or multipart), before checking.
 *
 * @param types the type values as sent
 * @param target the repository URL, or null with an upload
 * @param sshKey the project's ssh private key for ssh targets, or null
 * @param upload the uploaded archive, or null
 * @param uploadName its file name
 */
record ScanSubmission(
    List<String> types,
    String target,
    String branch,
    String projectId,
    String commit,
    String accessToken,
    String sshKey,
    byte[] upload,
    String uploadName) {

  /** A request without an ssh key (archives, https and git targets). */
  ScanSubmission(
      List<String> types,
      String target,
      String branch,
      String projectId,
      String commit,
      String accessToken,
      byte[] upload,
      String uploadName) {
    this(types, target, branch, projectId, commit, accessToken, null, upload, uploadName);
  }
}
