package io.cxray.core.match;

import io.cxray.core.model.Ecosystem;

/**
 * The version string to look up, in the spelling the advisories use. Go module versions carry a
 * {@code v} ({@code v1.4.0}) in go.mod and purls, while OSV Go records write them without it (<a
 * href="https://go.dev/doc/security/vuln/database#schema">Go vulnerability database schema</a>).
 */
final class QueryVersion {
  private QueryVersion() {}

  static String of(Ecosystem ecosystem, String version) {
    if (version == null) {
      return null;
    }
    String v = version.trim();
    if (ecosystem == Ecosystem.GO
        && v.length() > 1
        && v.charAt(0) == 'v'
        && Character.isDigit(v.charAt(1))) {
      return v.substring(1);
    }
    return v;
  }
}
