package io.cxray.server.scan;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Large generated trees for the cancellation tests: many npm lockfiles whose packages have
 * advisories in the shared data (lodash, minimist) next to unique ones, so that detection and
 * matching both take a while, and a Dockerfile per project for the configuration checks.
 */
final class BigTrees {
  private BigTrees() {}

  static Map<String, byte[]> lockfiles(int projects, int packagesEach) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < projects; i++) {
      files.put("services/s" + i + "/package-lock.json", lockfile(i, packagesEach));
      files.put(
          "services/s" + i + "/Dockerfile",
          "FROM node:latest\nUSER root\n".getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  private static byte[] lockfile(int project, int packages) {
    StringBuilder json = new StringBuilder();
    json.append("{\"name\": \"s").append(project).append("\", \"lockfileVersion\": 3,");
    json.append(" \"packages\": {\"\": {\"name\": \"s").append(project).append("\"}");
    for (int j = 0; j < packages; j++) {
      String name = j % 3 == 0 ? "lodash" : j % 3 == 1 ? "minimist" : "p" + project + "-" + j;
      String version = j % 3 == 0 ? "4.17." + (j % 21) : j % 3 == 1 ? "1.2." + (j % 5) : "1.0.0";
      json.append(", \"node_modules/")
          .append(j % 3 == 2 ? name : "x" + j + "/node_modules/" + name)
          .append("\": {\"version\": \"")
          .append(version)
          .append("\"}");
    }
    json.append("}}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
