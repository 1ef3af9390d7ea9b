package io.cxray.server.scan.target;

import java.nio.file.Path;

/**
 * How ssh targets check the server's host key. The key must be listed in {@code knownHosts} (the
 * OpenSSH known_hosts format: plain or hashed host names, {@code [host]:port} for other ports,
 * {@code @revoked} lines); a host that is not listed, or whose key differs, is refused. {@code
 * acceptUnknownHostKeys} skips the check: meant for tests, never a default.
 *
 * @param knownHosts the known_hosts file; a missing file lists no host
 * @param acceptUnknownHostKeys accept any host key (tests only)
 */
public record SshSettings(Path knownHosts, boolean acceptUnknownHostKeys) {}
