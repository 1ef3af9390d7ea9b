package io.cxray.server.scan.target;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshConfigStore;
import org.eclipse.jgit.transport.SshConstants;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * JGit's Apache MINA sshd transport, set up for one fetch and closed after it. Nothing of the
 * server process's own ssh set-up is used: no ~/.ssh (its home and ssh directories are an empty
 * temporary directory), no ssh config file, no agent, no default identities. The only identity is
 * the project's key; the only host keys are the operator's known_hosts ({@link KnownHosts}); the
 * only method is publickey, in batch mode, so nothing can ever prompt.
 *
 * <p>JGit bounds the TCP connect by the transport timeout, but waits for the server's greeting, key
 * exchange and authentication as long as sshd's own auth timeout (2 minutes), in an interruptible
 * wait. A watchdog therefore interrupts the fetching thread and closes the client once the fetch's
 * deadline passes or the scan is cancelled; {@link #expired()} then tells the failure apart, and
 * {@link #close()} clears the interrupt it caused.
 */
final class SshConnector implements AutoCloseable {

  /** The ssh options of every connection (ssh_config(5) names). */
  private static final Map<String, String> OPTIONS = options();

  private static final long WATCH_MILLIS = 200;
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "cxray-ssh-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final Path home;
  private final KnownHosts hostKeys;
  private final SshdSessionFactory factory;
  private final ScheduledFuture<?> watch;
  private boolean expired;
  private boolean closing;

  private SshConnector(
      Path home, KnownHosts hostKeys, SshdSessionFactory factory, FetchLimits limits) {
    Thread fetching = Thread.currentThread();
    this.home = home;
    this.hostKeys = hostKeys;
    this.factory = factory;
    this.watch =
        WATCHDOG.scheduleWithFixedDelay(
            () -> {
              if (Instant.now().isAfter(limits.deadline()) || limits.cancelled().getAsBoolean()) {
                expire(fetching);
              }
            },
            WATCH_MILLIS,
            WATCH_MILLIS,
            TimeUnit.MILLISECONDS);
  }

  /**
   * @param privateKey the project's key (OpenSSH or PEM text), or null for none
   * @throws IllegalArgumentException when the key cannot be read
   */
  static SshConnector open(SshSettings settings, String privateKey, FetchLimits limits)
      throws IOException {
    List<KeyPair> keys = privateKey == null ? List.of() : SshKeys.parse(privateKey);
    Path home = Files.createTempDirectory("cxray-ssh-");
    KnownHosts hostKeys = new KnownHosts(settings);
    File dir = home.toFile();
    SshdSessionFactory factory =
        new SshdSessionFactoryBuilder()
            .setHomeDirectory(dir)
            .setSshDirectory(dir)
            .setConfigStoreFactory((h, file, user) -> new FixedConfig())
            .setDefaultKnownHostsFiles(d -> List.of())
            .setDefaultIdentities(d -> List.of())
            .setDefaultKeysProvider(d -> keys)
            .setServerKeyDatabase((h, ssh) -> hostKeys)
            .setPreferredAuthentications("publickey")
            .setConnectorFactory(null)
            .build(null);
    return new SshConnector(home, hostKeys, factory, limits);
  }

  TransportConfigCallback transportConfig() {
    return transport -> {
      if (transport instanceof SshTransport ssh) {
        ssh.setSshSessionFactory(factory);
      }
    };
  }

  /**
   * True when the watchdog closed the connection: the deadline passed or the scan was cancelled.
   */
  synchronized boolean expired() {
    return expired;
  }

  /** Why the host key was refused, or null. */
  String hostKeyRefusal() {
    return hostKeys.refusal();
  }

  /** Under the lock, so that no interrupt can arrive once {@link #close()} has begun. */
  private synchronized void expire(Thread fetching) {
    if (!expired && !closing) {
      expired = true;
      fetching.interrupt();
      factory.close();
    }
  }

  @Override
  public void close() {
    boolean interrupted;
    synchronized (this) {
      closing = true;
      interrupted = expired;
    }
    watch.cancel(false);
    factory.close();
    if (interrupted) {
      Thread.interrupted();
    }
    try {
      FileSystemUtils.deleteRecursively(home);
    } catch (IOException e) {
      // An empty temporary directory left behind; nothing secret is ever written there.
    }
  }

  private static Map<String, String> options() {
    Map<String, String> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    options.put(SshConstants.PREFERRED_AUTHENTICATIONS, "publickey");
    options.put(SshConstants.IDENTITY_AGENT, SshConstants.NONE);
    options.put(SshConstants.ADD_KEYS_TO_AGENT, SshConstants.NO);
    options.put(SshConstants.STRICT_HOST_KEY_CHECKING, SshConstants.YES);
    options.put(SshConstants.BATCH_MODE, SshConstants.YES);
    options.put(SshConstants.CONNECTION_ATTEMPTS, "1");
    return java.util.Collections.unmodifiableMap(options);
  }

  /** The same options for every host; no host name, port, user or proxy rewriting. */
  private static final class FixedConfig implements SshConfigStore, SshConfigStore.HostConfig {

    @Override
    public HostConfig lookup(String hostName, int port, String userName) {
      return this;
    }

    @Override
    public HostConfig lookupDefault(String hostName, int port, String userName) {
      return this;
    }

    @Override
    public String getValue(String key) {
      return OPTIONS.get(key);
    }

    @Override
    public List<String> getValues(String key) {
      String value = OPTIONS.get(key);
      return value == null ? List.of() : List.of(value);
    }

    @Override
    public Map<String, String> getOptions() {
      return OPTIONS;
    }

    @Override
    public Map<String, List<String>> getMultiValuedOptions() {
      return Map.of();
    }
  }
}
