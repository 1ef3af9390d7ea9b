package io.cxray.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared benchmark inputs and advisory data (never copied into the repository). */
public final class BenchData {
  private BenchData() {}

  /**
   * The {@code shared} directory: the system property {@code cxray.shared.dir}, else the
   * environment variable {@code CXRAY_SHARED_DIR}, else {@code ../shared} beside the working
   * directory's repository.
   */
  public static Path sharedDir() {
    String prop = System.getProperty("cxray.shared.dir", System.getenv("CXRAY_SHARED_DIR"));
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("advisories"))) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find ../shared; set -Dcxray.shared.dir=...");
  }
}
