package io.cxray.core.advisory;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared advisory data, by the path the build passes in {@code cxray.shared.dir}. */
public final class SharedData {
  private SharedData() {}

  public static Path shared() {
    String prop = System.getProperty("cxray.shared.dir");
    Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(dir.resolve("advisories"))) {
      dir = Path.of("..", "shared");
    }
    return dir.toAbsolutePath().normalize();
  }

  public static Path advisories() {
    return shared().resolve("advisories");
  }
}
