package io.cxray.core.advisory.cvss;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CVSS vector split into its metrics: {@code CVSS:3.1/AV:N/AC:L/...} becomes the version {@code
 * 3.1} and {@code {AV=N, AC=L, ...}}. A v2 vector has no prefix.
 */
record CvssVector(String version, Map<String, String> metrics) {

  /** Splits a vector, or returns null when it is malformed (a part without ':' or a repeat). */
  static CvssVector split(String vector) {
    if (vector == null || vector.isBlank()) {
      return null;
    }
    String[] parts = vector.trim().split("/");
    String version = "2.0";
    int start = 0;
    if (parts[0].startsWith("CVSS:")) {
      version = parts[0].substring(5);
      start = 1;
    }
    Map<String, String> metrics = new LinkedHashMap<>();
    for (int i = start; i < parts.length; i++) {
      int colon = parts[i].indexOf(':');
      if (colon <= 0 || colon == parts[i].length() - 1) {
        return null;
      }
      if (metrics.put(parts[i].substring(0, colon), parts[i].substring(colon + 1)) != null) {
        return null;
      }
    }
    return new CvssVector(version, metrics);
  }

  /** The weight of a metric's value, or NaN when the metric is missing or its value unknown. */
  double weight(String metric, Map<String, Double> weights) {
    String value = metrics.get(metric);
    Double w = value == null ? null : weights.get(value);
    return w == null ? Double.NaN : w;
  }
}
