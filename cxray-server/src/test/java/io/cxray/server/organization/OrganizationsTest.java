package io.cxray.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import org.junit.jupiter.api.Test;

/** /v1/organizations: admins of the root organisation only. */
class OrganizationsTest extends ApiTestBase {

  @Test
  void bootstrapKeyBelongsToTheRootOrganizationWithTheDefaultTier() {
    Response list = api.get("/v1/organizations?limit=100", ROOT_KEY).expect(200);
    boolean foundRoot = false;
    for (var org : list.data()) {
      if (org.path("root").asBoolean()) {
        foundRoot = true;
        assertThat(org.path("tier").asText()).isEqualTo("enterprise");
        api.get("/v1/organizations/{organizationId}", ROOT_KEY, org.path("id").asText())
            .expect(200);
      }
    }
    assertThat(foundRoot).isTrue();
  }

  @Test
  void createGetAndConflict() {
    String name = unique("Acme");
    Response created =
        api.post("/v1/organizations", ROOT_KEY, "{\"name\": \"" + name + "\", \"tier\": \"pro\"}")
            .expect(201);
    String id = created.data().path("id").asText();
    assertThat(id).startsWith("org_");
    assertThat(created.data().path("tier").asText()).isEqualTo("pro");
    assertThat(created.data().path("root").asBoolean()).isFalse();
    assertThat(created.data().path("apiKey").path("scopes").toString()).contains("admin");

    Response got = api.get("/v1/organizations/{organizationId}", ROOT_KEY, id).expect(200);
    assertThat(got.data().path("name").asText()).isEqualTo(name);
    assertThat(got.data().has("apiKey")).isFalse();

    Response again =
        api.post(
                "/v1/organizations",
                ROOT_KEY,
                "{\"name\": \"" + name.toUpperCase() + "\", \"tier\": \"free\"}")
            .expectError(409, "CONFLICT");
    assertThat(again.json().path("error").path("details").path("field").asText()).isEqualTo("name");
  }

  @Test
  void invalidTierAndIds() {
    Response r =
        api.post("/v1/organizations", ROOT_KEY, "{\"name\": \"x\", \"tier\": \"gold\"}")
            .expectError(400, "INVALID_REQUEST");
    assertThat(r.json().path("error").path("details").path("field").asText()).isEqualTo("tier");
    assertThat(r.json().path("error").path("details").path("value").asText()).isEqualTo("gold");
    api.get("/v1/organizations/{organizationId}", ROOT_KEY, "org_nope")
        .expectError(400, "INVALID_REQUEST");
    api.get("/v1/organizations/{organizationId}", ROOT_KEY, "org_0000000000000000000000")
        .expectError(404, "NOT_FOUND");
  }

  @Test
  void adminsOfOtherOrganizationsCannotManageOrganizations() {
    String otherAdmin = newOrganization("enterprise");
    api.get("/v1/organizations", otherAdmin).expectError(403, "FORBIDDEN");
    api.post("/v1/organizations", otherAdmin, "{\"name\": \"y\", \"tier\": \"free\"}")
        .expectError(403, "FORBIDDEN");
    String nonAdmin = keyWithScopes("projects:read", "projects:write");
    api.get("/v1/organizations", nonAdmin).expectError(403, "FORBIDDEN");
  }
}
