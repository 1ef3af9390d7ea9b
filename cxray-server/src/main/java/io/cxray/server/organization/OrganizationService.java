package io.cxray.server.organization;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.auth.ApiCaller;
import io.cxray.server.auth.ApiKeyService;
import io.cxray.server.auth.CreatedApiKeyView;
import io.cxray.server.auth.Scope;
import io.cxray.server.id.Ids;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations are managed by administrators of the root (first) organisation only. */
@Service
public class OrganizationService {

  private final OrganizationRepository organizations;
  private final ApiKeyService keys;

  public OrganizationService(OrganizationRepository organizations, ApiKeyService keys) {
    this.organizations = organizations;
    this.keys = keys;
  }

  @Transactional
  public CreatedOrganizationView create(ApiCaller caller, CreateOrganizationRequest request) {
    requireRoot(caller);
    String name = request.name().strip();
    OrganizationRecord org;
    try {
      org =
          organizations.insert(
              Ids.ORGANIZATION.newId(), name, Tier.fromValue(request.tier()).orElseThrow(), false);
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("name", name, "An organization with this name already exists");
    }
    CreatedApiKeyView key = keys.create(org.id(), "initial admin key", Scope.all(), null);
    return new CreatedOrganizationView(
        org.id(), org.name(), org.tier().value(), org.root(), org.createdAt(), key);
  }

  public Page<OrganizationRecord> list(ApiCaller caller, PageRequest page) {
    requireRoot(caller);
    return organizations.list(page);
  }

  public OrganizationRecord get(ApiCaller caller, String id) {
    requireRoot(caller);
    if (!Ids.ORGANIZATION.isWellFormed(id)) {
      throw ApiException.invalid("organizationId", id, "Not an organization id");
    }
    return organizations.find(id).orElseThrow(() -> ApiException.notFound("Organization", id));
  }

  private static void requireRoot(ApiCaller caller) {
    if (!caller.rootOrganization()) {
      throw ApiException.forbidden(
          "Only administrators of the first organization manage organizations", Map.of());
    }
  }
}
