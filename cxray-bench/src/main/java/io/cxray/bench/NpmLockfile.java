package io.cxray.bench;

import java.util.List;

/**
 * A package-lock.json (lockfile v3) of {@code count} packages for benchmarks: the packages the npm
 * advisories name (at version 0.0.1, so that most advisories match) and numbered filler packages,
 * half of them direct dependencies of the root.
 */
public final class NpmLockfile {
  private NpmLockfile() {}

  public static String of(int count, List<String> advisoryPackages) {
    StringBuilder root = new StringBuilder();
    StringBuilder packages = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String name = i < advisoryPackages.size() ? advisoryPackages.get(i) : "filler-" + i;
      String version = i < advisoryPackages.size() ? "0.0.1" : "1." + (i % 7) + ".0";
      if (i % 2 == 0) {
        root.append(root.isEmpty() ? "" : ", ")
            .append('"')
            .append(name)
            .append("\": \"")
            .append(version)
            .append('"');
      }
      packages
          .append(",\n    \"node_modules/")
          .append(name)
          .append("\": {\"version\": \"")
          .append(version)
          .append("\"}");
    }
    return "{\n  \"name\": \"bench\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n"
        + "  \"packages\": {\n    \"\": {\"name\": \"bench\", \"version\": \"1.0.0\","
        + " \"dependencies\": {"
        + root
        + "}}"
        + packages
        + "\n  }\n}\n";
  }
}
