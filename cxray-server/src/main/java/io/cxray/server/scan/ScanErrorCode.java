package io.cxray.server.scan;

/** Why a scan failed; stored on the scan with a plain message (docs/scans.md lists them). */
public enum ScanErrorCode {
  /** The repository could not be reached: unknown host, refused connection, no such repository. */
  REPOSITORY_UNREACHABLE,
  /** The repository asked for credentials, or refused the project's token. */
  AUTHENTICATION_FAILED,
  /** The ssh server's host key is not in the server's known hosts, differs, or is revoked. */
  HOST_KEY_NOT_TRUSTED,
  /** The branch, tag or commit does not exist in the repository. */
  BRANCH_NOT_FOUND,
  /** The host resolved to a loopback, private, link-local or metadata address when connecting. */
  TARGET_NOT_ALLOWED,
  /** The clone or the extracted archive passed the size limit. */
  TARGET_TOO_LARGE,
  /** The clone or the whole scan passed its time limit. */
  TIMED_OUT,
  /** The uploaded archive is unreadable, escapes its directory, or passes entry/ratio limits. */
  INVALID_ARCHIVE,
  /** The job was claimed too many times without finishing (its workers kept dying). */
  WORKER_LOST,
  /** Anything else; the details are in the server log under the scan id. */
  INTERNAL_ERROR
}
