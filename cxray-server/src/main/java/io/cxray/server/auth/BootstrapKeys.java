package io.cxray.server.auth;

import org.springframework.stereotype.Component;

/** The first organisation's first key: every scope; generated unless one is given. */
@Component
public class BootstrapKeys {

  private final ApiKeyService keys;

  BootstrapKeys(ApiKeyService keys) {
    this.keys = keys;
  }

  /** Returns the key (as given, or generated). */
  public String createRootKey(String organizationId, String presetKey) {
    String key = presetKey != null ? presetKey : ApiKeyFormat.generate();
    keys.create(organizationId, "bootstrap", Scope.all(), null, key);
    return key;
  }
}
