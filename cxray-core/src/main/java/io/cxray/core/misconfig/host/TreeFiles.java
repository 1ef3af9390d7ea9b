package io.cxray.core.misconfig.host;

import java.util.List;
import java.util.Optional;

/** The files of the scanned tree, by relative path with '/' separators; reading never throws. */
public interface TreeFiles {
  /** Every (accepted) file path in the tree, sorted. */
  List<String> paths();

  /** A file's text, or empty when it is missing or unreadable. */
  Optional<String> read(String path);
}
