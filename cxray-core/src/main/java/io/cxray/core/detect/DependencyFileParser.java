package io.cxray.core.detect;

import io.cxray.core.model.Ecosystem;

/**
 * Reads one file format that records dependencies (a lockfile, a manifest, an archive).
 *
 * <p>One implementation per format, named for it ({@code PackageLockParser}), with a stable {@link
 * #id()} such as {@code npm/package-lock}, listed in {@link ParserRegistry}. A parser must not
 * throw for bad input: malformed, truncated or hostile content gives a {@link ParseWarning} in the
 * result. (The {@link DependencyDetector} still catches anything that escapes, so that one file
 * never costs the rest of a scan.)
 */
public interface DependencyFileParser {
  /** Stable id, {@code <ecosystem>/<format>}, e.g. {@code npm/package-lock}. */
  String id();

  /** The ecosystem of the packages it reports. */
  Ecosystem ecosystem();

  /**
   * Whether this parser reads the file at {@code relativePath} ('/'-separated, relative to the
   * scanned tree). Decided from the path alone; content sniffing, if any, happens in {@link
   * #parse}.
   */
  boolean matches(String relativePath);

  /**
   * Parses one file.
   *
   * @param relativePath the file's path relative to the scanned tree, '/'-separated
   * @param content the file's bytes
   * @param context access to other files of the tree and to scan options
   */
  ParseResult parse(String relativePath, byte[] content, ParseContext context);
}
