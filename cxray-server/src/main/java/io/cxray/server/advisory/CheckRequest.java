package io.cxray.server.advisory;

import java.util.List;

/**
 * {@code POST /v1/vulnerabilities/check}: either one component ({@code purl}, or {@code ecosystem},
 * {@code name}, {@code version}) or {@code components}, never both.
 */
public record CheckRequest(
    String purl, String ecosystem, String name, String version, List<ComponentRequest> components) {

  /** Most components one request may check. */
  public static final int MAX_COMPONENTS = 1000;

  ComponentRequest single() {
    return new ComponentRequest(purl, ecosystem, name, version);
  }
}
