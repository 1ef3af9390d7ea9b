package io.cxray.core.detect;

import io.cxray.core.model.Ecosystem;
import java.util.Set;

/**
 * A parser for a format recognised by its exact file name ({@code Cargo.lock}, {@code go.sum}),
 * case-sensitive, in any directory. Formats recognised by a pattern ({@code requirements*.txt},
 * {@code *.csproj}) implement {@link DependencyFileParser#matches} themselves.
 */
public abstract class NamedFileParser implements DependencyFileParser {
  private final String id;
  private final Ecosystem ecosystem;
  private final Set<String> fileNames;

  /**
   * @param id the parser's stable id
   * @param ecosystem the ecosystem of the packages it reports
   * @param fileNames the exact names of the files it reads (one format may have several names)
   */
  protected NamedFileParser(String id, Ecosystem ecosystem, String... fileNames) {
    this.id = id;
    this.ecosystem = ecosystem;
    this.fileNames = Set.of(fileNames);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Ecosystem ecosystem() {
    return ecosystem;
  }

  /** Whether the path's last segment is one of the names: {@code a/b/go.sum} and {@code go.sum}. */
  @Override
  public final boolean matches(String relativePath) {
    return fileNames.contains(TextLines.fileName(relativePath));
  }
}
