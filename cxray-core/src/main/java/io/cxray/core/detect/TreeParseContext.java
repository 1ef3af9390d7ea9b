package io.cxray.core.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link ParseContext} over a directory tree: parsers may read other files of the tree, never a
 * file outside it (neither through {@code ..} nor through a symbolic link), and never one over the
 * size limit.
 */
public final class TreeParseContext implements ParseContext {
  /** A listing stops here: a parser asking about a directory of a huge tree gets a part. */
  static final int MAX_LISTED = 10_000;

  private final Path root;
  private final long maxFileBytes;
  private final boolean networkAllowed;

  /**
   * @param root the scanned tree; it must exist
   * @param maxFileBytes larger files read as empty
   * @param networkAllowed what {@link #networkAllowed()} answers
   */
  public TreeParseContext(Path root, long maxFileBytes, boolean networkAllowed) {
    try {
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable directory: " + root, e);
    }
    this.maxFileBytes = maxFileBytes;
    this.networkAllowed = networkAllowed;
  }

  /** The real path of the tree's root. */
  public Path root() {
    return root;
  }

  @Override
  public Optional<byte[]> readFile(String relativePath) {
    return resolveInside(relativePath).flatMap(this::readBounded);
  }

  @Override
  public List<String> listDirectories(String relativeDir) {
    return list(relativeDir, p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
  }

  @Override
  public List<String> listFiles(String relativeDir) {
    return list(relativeDir, p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
  }

  private List<String> list(String relativeDir, Predicate<Path> wanted) {
    if (relativeDir == null || relativeDir.indexOf('\0') >= 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try {
      Path dir = root.resolve(relativeDir).normalize();
      if (!dir.startsWith(root) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        return List.of();
      }
      if (!dir.toRealPath().startsWith(root)) {
        return List.of();
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path p : entries) {
          if (out.size() >= MAX_LISTED) {
            break;
          }
          if (wanted.test(p)) {
            out.add(p.getFileName().toString());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    out.sort(null);
    return out;
  }

  @Override
  public boolean networkAllowed() {
    return networkAllowed;
  }

  /**
   * The real path of a regular file of the tree, or empty when it is missing or leaves the tree.
   */
  Optional<Path> resolveInside(String relativePath) {
    if (relativePath == null || relativePath.isEmpty() || relativePath.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    try {
      Path candidate = root.resolve(relativePath).normalize();
      if (!candidate.startsWith(root) || !Files.exists(candidate)) {
        return Optional.empty();
      }
      Path real = candidate.toRealPath();
      if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return Optional.of(real);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  // The size is checked while reading too: the file may grow between the check and the read.
  private Optional<byte[]> readBounded(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      if (Files.size(file) > maxFileBytes) {
        return Optional.empty();
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxFileBytes + 1));
      return bytes.length > maxFileBytes ? Optional.empty() : Optional.of(bytes);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
