package io.cxray.server.auth;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.audit.AuditLog;
import io.cxray.server.id.Ids;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, listing and revoking an organisation's API keys. */
@Service
public class ApiKeyService {

  private final ApiKeyRepository keys;
  private final AuditLog audit;

  public ApiKeyService(ApiKeyRepository keys, AuditLog audit) {
    this.keys = keys;
    this.audit = audit;
  }

  /** Creates a key on an API call, with an audit entry naming the calling key. */
  @Transactional
  public CreatedApiKeyView create(ApiCaller caller, CreateApiKeyRequest request) {
    CreatedApiKeyView created = create(caller.organizationId(), request);
    audit.record(
        caller.organizationId(),
        caller.keyId(),
        "api_key.created",
        "api_key",
        created.id(),
        Map.of("name", created.name(), "scopes", created.scopes()));
    return created;
  }

  /** Revokes a key on an API call, with an audit entry naming the calling key. */
  @Transactional
  public void revoke(ApiCaller caller, String keyId) {
    revoke(caller.organizationId(), keyId);
    audit.record(
        caller.organizationId(), caller.keyId(), "api_key.revoked", "api_key", keyId, Map.of());
  }

  public CreatedApiKeyView create(String organizationId, CreateApiKeyRequest request) {
    Set<Scope> scopes = request.scopes() == null ? Scope.defaults() : parse(request.scopes());
    if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
      throw ApiException.invalid(
          "expiresAt", request.expiresAt().toString(), "expiresAt must be in the future");
    }
    return create(organizationId, request.name().strip(), scopes, request.expiresAt());
  }

  /** Creates a key with exactly these scopes; the bootstrap and new organisations use it too. */
  public CreatedApiKeyView create(
      String organizationId, String name, Set<Scope> scopes, Instant expiresAt) {
    return create(organizationId, name, scopes, expiresAt, ApiKeyFormat.generate());
  }

  CreatedApiKeyView create(
      String organizationId, String name, Set<Scope> scopes, Instant expiresAt, String key) {
    ApiKeyRecord record =
        keys.insert(Ids.API_KEY.newId(), organizationId, name, key, scopes, expiresAt);
    return CreatedApiKeyView.of(record, key);
  }

  public Page<ApiKeyRecord> list(String organizationId, PageRequest page) {
    return keys.listActive(organizationId, page);
  }

  public void revoke(String organizationId, String keyId) {
    if (!Ids.API_KEY.isWellFormed(keyId)) {
      throw ApiException.invalid("keyId", keyId, "Not an API key id");
    }
    if (!keys.revoke(organizationId, keyId)) {
      throw ApiException.notFound("API key", keyId);
    }
  }

  private static Set<Scope> parse(List<String> names) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int index = i;
      scopes.add(
          Scope.fromValue(name)
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          "scopes[" + index + "]", name, "Unknown scope: " + name)));
    }
    return scopes;
  }
}
