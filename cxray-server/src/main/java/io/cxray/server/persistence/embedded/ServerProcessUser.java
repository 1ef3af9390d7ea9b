package io.cxray.server.persistence.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The OS user the PostgreSQL processes run as. PostgreSQL refuses to run as root ({@code initdb:
 * cannot be run as root}), so when the JVM is root the server runs as an unprivileged account
 * (default {@code nobody}) through {@code setpriv}; otherwise it runs as the JVM's own user.
 */
final class ServerProcessUser {

  private final String name;
  private final boolean switchUser;

  private ServerProcessUser(String name, boolean switchUser) {
    this.name = name;
    this.switchUser = switchUser;
  }

  static ServerProcessUser forCurrentProcess(String unprivilegedUser) {
    boolean root = "0".equals(run("id", "-u").trim());
    return root
        ? new ServerProcessUser(unprivilegedUser, true)
        : new ServerProcessUser(System.getProperty("user.name"), false);
  }

  boolean switchesUser() {
    return switchUser;
  }

  String name() {
    return name;
  }

  /** The command line that runs {@code command} as this user. */
  List<String> command(List<String> command) {
    if (!switchUser) {
      return command;
    }
    List<String> wrapped = new ArrayList<>();
    wrapped.add("setpriv");
    wrapped.add("--reuid=" + run("id", "-u", name).trim());
    wrapped.add("--regid=" + run("id", "-g", name).trim());
    wrapped.add("--clear-groups");
    wrapped.addAll(command);
    return wrapped;
  }

  /** Gives this user ownership of {@code dir} (only needed when the user is switched). */
  void takeOwnership(Path dir) throws IOException {
    if (!switchUser) {
      return;
    }
    requireReachable(dir);
    UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
    var owner = lookup.lookupPrincipalByName(name);
    var group = lookup.lookupPrincipalByGroupName(run("id", "-gn", name).trim());
    try (var paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        PosixFileAttributeView view =
            Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(owner);
        view.setGroup(group);
      }
    }
  }

  /** Every parent directory must let other users pass, or the switched user cannot reach it. */
  void requireReachable(Path dir) {
    if (!switchUser) {
      return;
    }
    for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      try {
        if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new IllegalStateException(
              "The embedded PostgreSQL runs as user '"
                  + name
                  + "' because PostgreSQL refuses to run as root, but that user cannot enter "
                  + p
                  + ". Run CXRay as a non-root user, choose another CXRAY_DATA_DIR, or set"
                  + " CXRAY_DB_URL to use an external PostgreSQL.");
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read permissions of " + p, e);
      }
    }
  }

  static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "Command failed: "
                + String.join(" ", command)
                + ": "
                + new String(out, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + command[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command[0], e);
    }
  }
}
