package io.cxray.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The official SARIF 2.1.0 JSON schema, as shipped in the npm package
 * {@code @microsoft/sarif-multitool-linux} (MIT; file {@code sarif-2.1.0.json}). It is not copied
 * into the repository: the first test that needs it runs {@code npm pack} (npm's cache keeps the
 * package for later runs) and extracts that one file under {@code target/}.
 */
public final class SarifSchema {

  static final String PACKAGE = "@microsoft/sarif-multitool-linux@5.7.0";

  private SarifSchema() {}

  public static synchronized Path get() {
    Path dir = Path.of("target", "sarif-schema").toAbsolutePath();
    Path schema = dir.resolve("package/sarif-2.1.0.json");
    if (Files.exists(schema)) {
      return schema;
    }
    try {
      Files.createDirectories(dir);
      run(dir, "npm", "pack", PACKAGE, "--pack-destination", dir.toString());
      try (var files = Files.list(dir)) {
        Path tarball =
            files
                .filter(p -> p.getFileName().toString().endsWith(".tgz"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("npm pack wrote no tarball"));
        run(dir, "tar", "-xzf", tarball.toString(), "package/sarif-2.1.0.json");
        Files.delete(tarball);
      }
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fetch the SARIF schema with npm", e);
    }
  }

  private static void run(Path dir, String... command) throws IOException {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
