package io.cxray.cli;

import java.nio.file.Path;
import java.util.Map;

/** The settings the CLI shares with the server (API.md's configuration table). */
final class CliEnvironment {
  private final Map<String, String> env;

  CliEnvironment(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * The process environment; a JVM system property of the same name ({@code -DCXRAY_DATA_DIR=...})
   * overrides a variable, which is how in-process tests and wrappers set them.
   */
  static CliEnvironment current() {
    Map<String, String> merged = new java.util.HashMap<>(System.getenv());
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("CXRAY_")) {
        merged.put(name, System.getProperty(name));
      }
    }
    return new CliEnvironment(merged);
  }

  Map<String, String> variables() {
    return env;
  }

  /** {@code CXRAY_DATA_DIR}, default {@code ./data}. */
  Path dataDir() {
    String dir = env.get("CXRAY_DATA_DIR");
    return Path.of(dir == null || dir.isBlank() ? "data" : dir).toAbsolutePath().normalize();
  }

  /** Where {@code cxray db import} keeps the local advisory database. */
  Path advisoryDir() {
    return dataDir().resolve("advisories");
  }
}
