package io.cxray.server.auth;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** API key scopes (API.md, "Authentication and authorisation"). */
public enum Scope {
  SCANS_READ("scans:read"),
  SCANS_WRITE("scans:write"),
  PROJECTS_READ("projects:read"),
  PROJECTS_WRITE("projects:write"),
  SBOM_READ("sbom:read"),
  SBOM_WRITE("sbom:write"),
  VULNERABILITIES_READ("vulnerabilities:read"),
  WEBHOOKS_READ("webhooks:read"),
  WEBHOOKS_WRITE("webhooks:write"),
  ADMIN("admin");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<Scope> fromValue(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }

  /** A key created without explicit scopes: everything but {@link #ADMIN}. */
  public static Set<Scope> defaults() {
    return EnumSet.complementOf(EnumSet.of(ADMIN));
  }

  public static Set<Scope> all() {
    return EnumSet.allOf(Scope.class);
  }
}
