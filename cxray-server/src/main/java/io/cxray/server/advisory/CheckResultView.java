package io.cxray.server.advisory;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cxray.core.scan.report.VulnerabilityFindingView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /v1/vulnerabilities/check}: one result per component, in request order
 * (a single component gives a list of one).
 */
public record CheckResultView(List<ComponentResult> results) {

  /**
   * @param index the component's position in the request
   * @param input the component as given
   * @param pkg the package it names, or null when it names none
   * @param vulnerabilities findings in the shape scans use ({@link VulnerabilityFindingView}), with
   *     {@code matchedBy}: method ({@code range} or {@code versions}), scheme, range, first fixed
   * @param error why the component could not be checked, or null
   */
  public record ComponentResult(
      int index,
      ComponentRequest input,
      @JsonProperty("package") CheckedPackage pkg,
      List<VulnerabilityFindingView> vulnerabilities,
      List<String> warnings,
      @Schema(
              types = {"object", "null"},
              description =
                  "code (INVALID_REQUEST) and message, when the component names no package")
          Map<String, String> error) {}

  /** The package a component names, normalised (e.g. a PyPI name after PEP 503). */
  public record CheckedPackage(String purl, String ecosystem, String name, String version) {}

  static Map<String, String> error(String message) {
    return Map.of("code", "INVALID_REQUEST", "message", message);
  }
}
