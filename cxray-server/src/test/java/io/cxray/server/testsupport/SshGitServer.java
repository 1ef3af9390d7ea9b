package io.cxray.server.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A real ssh server on 127.0.0.1 (Apache MINA sshd) that serves the git repositories under its
 * directory with JGit's upload-pack, for tests that clone over ssh. Public-key authentication only,
 * against the keys given; its host key is a fresh ECDSA P-256 key, listed in {@link
 * #knownHostsFile()} (the known_hosts of the shared test server) only after {@link #trust()}.
 */
public final class SshGitServer implements AutoCloseable {

  private static Path knownHosts;

  private final SshServer server;
  private final Path base;
  private final KeyPair hostKey;
  private final Set<PublicKey> authorized = new CopyOnWriteArraySet<>();

  private SshGitServer(SshServer server, Path base, KeyPair hostKey) {
    this.server = server;
    this.base = base;
    this.hostKey = hostKey;
  }

  /** The known_hosts file the shared test server reads ({@code cxray.ssh.known-hosts}). */
  public static synchronized Path knownHostsFile() {
    if (knownHosts == null) {
      knownHosts = TestDatabase.tempDirectory("cxray-known-hosts-").resolve("known_hosts");
    }
    return knownHosts;
  }

  /** Starts a server that accepts these client keys. */
  public static SshGitServer start(PublicKey... clientKeys) {
    Path base = TestDatabase.tempDirectory("cxray-ssh-git-");
    KeyPair hostKey = newKeyPair();
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    SshGitServer git = new SshGitServer(server, base, hostKey);
    git.authorized.addAll(List.of(clientKeys));
    server.setPublickeyAuthenticator(
        (user, key, session) ->
            "git".equals(user)
                && git.authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
    server.setPasswordAuthenticator(null);
    server.setKeyboardInteractiveAuthenticator(null);
    server.setCommandFactory(git::command);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return git;
  }

  /** Lists this server's host key for {@code [127.0.0.1]:port} in {@link #knownHostsFile()}. */
  public SshGitServer trust() {
    appendTo(knownHostsFile());
    return this;
  }

  /** Appends this server's known_hosts line to {@code file}. */
  public void appendTo(Path file) {
    try {
      Files.writeString(
          file,
          knownHostsLine() + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String knownHostsLine() {
    return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
  }

  public int port() {
    return server.getPort();
  }

  /** Where to create repository {@code name} (e.g. {@code demo.git}). */
  public Path directory(String name) {
    return base.resolve(name);
  }

  public String url(String name) {
    return "ssh://git@127.0.0.1:" + port() + "/" + name;
  }

  @Override
  public void close() {
    try {
      server.stop(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TestDatabase.deleteQuietly(base);
    }
  }

  /** A client key pair and its private key as OpenSSH text (what a user pastes as sshKey). */
  public record ClientKey(KeyPair pair, String privateKeyText) {
    public static ClientKey generate() {
      KeyPair pair = newKeyPair();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(
            pair,
            "cxray-test",
            (org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext) null,
            out);
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      return new ClientKey(pair, out.toString(StandardCharsets.US_ASCII));
    }

    public PublicKey publicKey() {
      return pair.getPublic();
    }

    @Override
    public String toString() {
      return "ClientKey[" + KeyUtils.getFingerPrint(pair.getPublic()) + "]";
    }
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code git-upload-pack '/name.git'}: JGit's upload-pack on that repository; nothing else. */
  private Command command(ChannelSession channel, String line) {
    List<String> words = CommandFactory.split(line);
    return new UploadPackCommand(words.size() == 2 ? words : List.of(), base);
  }

  private static final class UploadPackCommand implements Command {
    private final List<String> words;
    private final Path base;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;

    UploadPackCommand(List<String> words, Path base) {
      this.words = words;
      this.base = base;
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
      this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
      Thread worker = new Thread(this::serve, "ssh-upload-pack");
      worker.setDaemon(true);
      worker.start();
    }

    private void serve() {
      if (words.isEmpty() || !words.get(0).equals("git-upload-pack")) {
        exit.onExit(127, "only git-upload-pack is served");
        return;
      }
      Path dir = base.resolve(words.get(1).replaceFirst("^/+", "")).normalize();
      if (!dir.startsWith(base) || !Files.isDirectory(dir)) {
        writeQuietly("fatal: no repository " + words.get(1) + "\n");
        exit.onExit(128, "no such repository");
        return;
      }
      try (Repository repo =
          new FileRepositoryBuilder().setGitDir(gitDir(dir)).setMustExist(true).build()) {
        new UploadPack(repo).upload(in, out, err);
        out.flush();
        exit.onExit(0);
      } catch (IOException | RuntimeException e) {
        exit.onExit(1, String.valueOf(e.getMessage()));
      }
    }

    private static java.io.File gitDir(Path dir) {
      Path dotGit = dir.resolve(".git");
      return (Files.isDirectory(dotGit) ? dotGit : dir).toFile();
    }

    private void writeQuietly(String message) {
      try {
        err.write(message.getBytes(StandardCharsets.UTF_8));
        err.flush();
      } catch (IOException ignored) {
        // the client went away
      }
    }

    @Override
    public void destroy(ChannelSession channel) {}
  }
}
