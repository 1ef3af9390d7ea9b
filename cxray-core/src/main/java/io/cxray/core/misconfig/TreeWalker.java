package io.cxray.core.misconfig;

import io.cxray.core.misconfig.host.TreeFiles;
import io.cxray.core.model.Cancellation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists the configuration files of a tree without leaving it: symbolic links are never followed
 * (neither to files nor to directories), {@code .git}, {@code node_modules} and {@code vendor} are
 * skipped, and the number of files and the size of each are bounded. Reads decode UTF-8 strictly; a
 * binary or oversized file becomes a warning.
 */
public final class TreeWalker implements TreeFiles {
  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "vendor");

  private final Path root;
  private final long maxFileBytes;
  private final Cancellation cancellation;
  private final List<String> paths = new ArrayList<>();
  private final List<MisconfigWarning> warnings = new ArrayList<>();

  private TreeWalker(Path root, long maxFileBytes, Cancellation cancellation) {
    this.root = root;
    this.maxFileBytes = maxFileBytes;
    this.cancellation = cancellation;
  }

  /** Walks {@code root}, keeping at most {@code maxFiles} configuration files. */
  public static TreeWalker walk(Path root, int maxFiles, long maxFileBytes) {
    return walk(root, maxFiles, maxFileBytes, Cancellation.never());
  }

  /**
   * Walks {@code root} like {@link #walk(Path, int, long)}, polling {@code cancellation} at each
   * file visited and at each later {@link #readChecked read}.
   *
   * @throws java.util.concurrent.CancellationException when cancelled
   */
  public static TreeWalker walk(
      Path root, int maxFiles, long maxFileBytes, Cancellation cancellation) {
    TreeWalker w = new TreeWalker(root, maxFileBytes, cancellation);
    w.collect(maxFiles);
    return w;
  }

  private void collect(int maxFiles) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean skip =
                  !dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString());
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              cancellation.throwIfCancelled();
              if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              String rel = relative(file);
              if (FileClassifier.classify(rel).isEmpty() && !rel.endsWith(".cxray.yaml")) {
                return FileVisitResult.CONTINUE;
              }
              if (paths.size() >= maxFiles) {
                warnings.add(
                    new MisconfigWarning(
                        rel, "file limit of " + maxFiles + " reached; rest of tree not checked"));
                return FileVisitResult.TERMINATE;
              }
              paths.add(rel);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              warnings.add(new MisconfigWarning(relative(file), "unreadable: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      warnings.add(new MisconfigWarning(".", "cannot walk tree: " + e.getMessage()));
    }
    Collections.sort(paths);
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  @Override
  public List<String> paths() {
    return Collections.unmodifiableList(paths);
  }

  @Override
  public Optional<String> read(String path) {
    return readChecked(path).text();
  }

  /** A file's text or why it could not be read. */
  public Read readChecked(String path) {
    cancellation.throwIfCancelled();
    Path file = root.resolve(path).normalize();
    try {
      if (!file.startsWith(root) || Files.isSymbolicLink(file) || !Files.isRegularFile(file)) {
        return new Read(Optional.empty(), "not a regular file inside the tree");
      }
      if (Files.size(file) > maxFileBytes) {
        return new Read(Optional.empty(), "larger than " + maxFileBytes + " bytes; not checked");
      }
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.indexOf('\0') >= 0) {
        return new Read(Optional.empty(), "binary content; not checked");
      }
      return new Read(Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text), null);
    } catch (CharacterCodingException e) {
      return new Read(Optional.empty(), "not UTF-8 text; not checked");
    } catch (IOException e) {
      return new Read(Optional.empty(), "unreadable: " + e.getMessage());
    }
  }

  /** A read's text, or the problem. */
  public record Read(Optional<String> text, String problem) {}

  public List<MisconfigWarning> warnings() {
    return warnings;
  }
}
