package io.cxray.server.auth;

import java.util.Set;

/** Who is calling: the key's organisation, the key, and what it may do. */
public record ApiCaller(
    String organizationId, String keyId, Set<Scope> scopes, boolean rootOrganization) {

  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }
}
