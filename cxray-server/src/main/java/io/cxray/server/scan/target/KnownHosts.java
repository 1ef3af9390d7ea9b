package io.cxray.server.scan.target;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * The host key check of one ssh fetch: the server's key must be listed for the host in the
 * operator's known_hosts file (read fresh for each fetch, so edits apply without a restart), and
 * must not be {@code @revoked}. Nothing is ever added to the file and nobody is asked: an unknown
 * or changed key refuses the connection, and {@link #refusal()} tells why.
 *
 * <p>The host is the one in the URL (JGit passes {@code host}, or {@code [host]:port} for a port
 * other than 22, as in known_hosts), not the address it resolved to, as OpenSSH does with {@code
 * CheckHostIP no}. Format: <a href="https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT">
 * sshd(8), SSH_KNOWN_HOSTS_FILE_FORMAT</a>.
 */
final class KnownHosts implements ServerKeyDatabase {

  private static final String REVOKED = "revoked";

  private final SshSettings settings;
  private volatile String refusal;

  KnownHosts(SshSettings settings) {
    this.settings = settings;
  }

  /** Why the last host key was refused, or null. */
  String refusal() {
    return refusal;
  }

  @Override
  public List<PublicKey> lookup(
      String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
    List<PublicKey> keys = new ArrayList<>();
    for (KnownHostEntry entry : entriesFor(connectAddress)) {
      if (!REVOKED.equals(entry.getMarker())) {
        PublicKey key = keyOf(entry);
        if (key != null) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  @Override
  public boolean accept(
      String connectAddress,
      InetSocketAddress remoteAddress,
      PublicKey serverKey,
      Configuration config,
      CredentialsProvider provider) {
    if (settings.acceptUnknownHostKeys()) {
      return true;
    }
    List<KnownHostEntry> entries = entriesFor(connectAddress);
    // Revoked keys first, wherever they stand in the file (as OpenSSH does).
    for (KnownHostEntry entry : entries) {
      PublicKey key = keyOf(entry);
      if (REVOKED.equals(entry.getMarker())
          && key != null
          && KeyUtils.compareKeys(key, serverKey)) {
        refusal = "The ssh host key of " + connectAddress + " is revoked in the known hosts";
        return false;
      }
    }
    boolean listed = false;
    for (KnownHostEntry entry : entries) {
      PublicKey key = keyOf(entry);
      if (entry.getMarker() != null || key == null) {
        continue;
      }
      if (KeyUtils.compareKeys(key, serverKey)) {
        return true;
      }
      listed = true;
    }
    String fingerprint = KeyUtils.getFingerPrint(serverKey);
    refusal =
        listed
            ? "The ssh host key of "
                + connectAddress
                + " ("
                + fingerprint
                + ") differs from the one in the server's known hosts"
            : "The ssh host key of "
                + connectAddress
                + " ("
                + fingerprint
                + ") is not in the server's known hosts; an operator must add it"
                + " (cxray.ssh.known-hosts)";
    return false;
  }

  private List<KnownHostEntry> entriesFor(String connectAddress) {
    HostAndPort target = HostAndPort.of(connectAddress);
    Path file = settings.knownHosts();
    if (file == null || !Files.isReadable(file)) {
      return List.of();
    }
    try {
      return KnownHostEntry.readKnownHostEntries(file).stream()
          .filter(e -> e.isHostMatch(target.host(), target.port()))
          .toList();
    } catch (IOException | RuntimeException e) {
      refusal = "The server's known hosts file cannot be read";
      return List.of();
    }
  }

  /** The entry's key; null for a key type this JVM cannot read (that line is skipped). */
  private static PublicKey keyOf(KnownHostEntry entry) {
    try {
      return entry.getKeyEntry() == null
          ? null
          : entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  /** {@code host} (port 22) or {@code [host]:port}, as JGit writes the address it connects to. */
  private record HostAndPort(String host, int port) {
    static HostAndPort of(String address) {
      int close = address.lastIndexOf("]:");
      if (address.startsWith("[") && close > 0) {
        try {
          return new HostAndPort(
              address.substring(1, close), Integer.parseInt(address.substring(close + 2)));
        } catch (NumberFormatException e) {
          return new HostAndPort(address, 22);
        }
      }
      return new HostAndPort(address, 22);
    }
  }
}
