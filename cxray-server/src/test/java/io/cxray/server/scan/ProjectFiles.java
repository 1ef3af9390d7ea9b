package io.cxray.server.scan;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of the test project: an npm lockfile with lodash 4.17.20 (direct; GHSA-35jh-r3h4-6jhm,
 * fixed in 4.17.21) and minimist 0.0.8 (transitive through mkdirp; GHSA-vh95-rmgr-6w4m), a
 * Cargo.lock in a subdirectory with smallvec 1.6.0 (RUSTSEC-2021-0003), and a Dockerfile that runs
 * as root, on a latest tag, exposing port 22.
 */
final class ProjectFiles {
  private ProjectFiles() {}

  static final String PACKAGE_LOCK =
      """
      {
        "name": "demo",
        "version": "1.0.0",
        "lockfileVersion": 3,
        "requires": true,
        "packages": {
          "": {
            "name": "demo",
            "version": "1.0.0",
            "dependencies": {"lodash": "4.17.20", "mkdirp": "0.5.1"}
          },
          "node_modules/lodash": {"version": "4.17.20"},
          "node_modules/mkdirp": {"version": "0.5.1", "dependencies": {"minimist": "0.0.8"}},
          "node_modules/minimist": {"version": "0.0.8"}
        }
      }
      """;

  static final String CARGO_LOCK =
      """
      version = 3

      [[package]]
      name = "native"
      version = "0.1.0"
      dependencies = ["smallvec"]

      [[package]]
      name = "smallvec"
      version = "1.6.0"
      source = "registry+https://github.com/rust-lang/crates.io-index"
      """;

  static final String DOCKERFILE =
      """
      FROM ubuntu:latest
      RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
      EXPOSE 22
      CMD ["bash"]
      """;

  static Map<String, byte[]> all() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("package-lock.json", PACKAGE_LOCK.getBytes(StandardCharsets.UTF_8));
    files.put("native/Cargo.lock", CARGO_LOCK.getBytes(StandardCharsets.UTF_8));
    files.put("Dockerfile", DOCKERFILE.getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
