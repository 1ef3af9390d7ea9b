package io.cxray.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /v1/api-keys: creation (key shown once), scopes, expiry, revocation, last use. */
class ApiKeysTest extends ApiTestBase {

  @Test
  void createdKeyIsShownOnceAndWorks() {
    Response created = api.post("/v1/api-keys", ROOT_KEY, "{\"name\": \"ci\"}").expect(201);
    JsonNode data = created.data();
    String key = data.path("key").asText();
    assertThat(ApiKeyFormat.isWellFormed(key)).isTrue();
    assertThat(data.path("id").asText()).startsWith("key_");
    assertThat(data.path("prefix").asText()).isEqualTo(key.substring(0, 8));
    assertThat(scopes(data))
        .containsExactlyInAnyOrder(
            "scans:read",
            "scans:write",
            "projects:read",
            "projects:write",
            "sbom:read",
            "sbom:write",
            "vulnerabilities:read",
            "webhooks:read",
            "webhooks:write");
    api.get("/v1/projects", key).expect(200);
    api.get("/v1/api-keys", key).expectError(403, "FORBIDDEN");

    Response list = api.get("/v1/api-keys?limit=100", ROOT_KEY).expect(200);
    assertThat(list.body()).doesNotContain(key);
    assertThat(ids(list)).contains(data.path("id").asText());
    byte[] stored =
        jdbc.sql("SELECT key_hash FROM api_keys WHERE id = ?")
            .param(data.path("id").asText())
            .query(byte[].class)
            .single();
    assertThat(stored).isEqualTo(ApiKeyFormat.hash(key));
  }

  @Test
  void unknownScopeIsInvalid() {
    Response r =
        api.post(
                "/v1/api-keys",
                ROOT_KEY,
                "{\"name\": \"x\", \"scopes\": [\"projects:read\", \"root\"]}")
            .expectError(400, "INVALID_REQUEST");
    assertThat(r.json().path("error").path("details").path("field").asText())
        .isEqualTo("scopes[1]");
    assertThat(r.json().path("error").path("details").path("value").asText()).isEqualTo("root");
  }

  @Test
  void expiryMustBeInTheFutureAndExpiredKeysAreRefused() {
    api.post("/v1/api-keys", ROOT_KEY, "{\"name\": \"x\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}")
        .expectError(400, "INVALID_REQUEST");
    String future = Instant.now().plusSeconds(3600).toString();
    Response created =
        api.post(
                "/v1/api-keys",
                ROOT_KEY,
                "{\"name\": \"short\", \"expiresAt\": \"" + future + "\"}")
            .expect(201);
    String key = created.data().path("key").asText();
    assertThat(created.data().path("expiresAt").asText()).isNotEmpty();
    api.get("/v1/projects", key).expect(200);
    jdbc.sql("UPDATE api_keys SET expires_at = now() - INTERVAL '1 second' WHERE id = ?")
        .param(created.data().path("id").asText())
        .update();
    Response r = api.get("/v1/projects", key).expectError(401, "UNAUTHORIZED");
    assertThat(r.json().path("error").path("message").asText()).isEqualTo("API key has expired");
  }

  @Test
  void revokedKeysAreRefusedAndRevokingTwiceIsNotFound() {
    Response created = api.post("/v1/api-keys", ROOT_KEY, "{\"name\": \"temp\"}").expect(201);
    String id = created.data().path("id").asText();
    String key = created.data().path("key").asText();
    api.get("/v1/projects", key).expect(200);

    Response deleted = api.delete("/v1/api-keys/{keyId}", ROOT_KEY, id).expect(200);
    assertThat(deleted.data().path("id").asText()).isEqualTo(id);
    assertThat(deleted.data().path("deleted").asBoolean()).isTrue();
    Response r = api.get("/v1/projects", key).expectError(401, "UNAUTHORIZED");
    assertThat(r.json().path("error").path("message").asText())
        .isEqualTo("API key has been revoked");
    api.delete("/v1/api-keys/{keyId}", ROOT_KEY, id).expectError(404, "NOT_FOUND");
    assertThat(ids(api.get("/v1/api-keys?limit=100", ROOT_KEY).expect(200))).doesNotContain(id);
    api.delete("/v1/api-keys/{keyId}", ROOT_KEY, "key_bad").expectError(400, "INVALID_REQUEST");
  }

  @Test
  void lastUsedIsRecorded() {
    Response created = api.post("/v1/api-keys", ROOT_KEY, "{\"name\": \"used\"}").expect(201);
    String id = created.data().path("id").asText();
    assertThat(listed(id).path("lastUsedAt").isNull()).isTrue();
    Instant before = Instant.now().minusSeconds(5);
    api.get("/v1/projects", created.data().path("key").asText()).expect(200);
    JsonNode after = listed(id);
    assertThat(Instant.parse(after.path("lastUsedAt").asText())).isAfter(before);
  }

  @Test
  void keysOfAnotherOrganizationAreInvisible() {
    String otherAdmin = newOrganization("free");
    Response mine = api.post("/v1/api-keys", ROOT_KEY, "{\"name\": \"mine\"}").expect(201);
    String id = mine.data().path("id").asText();
    assertThat(ids(api.get("/v1/api-keys?limit=100", otherAdmin).expect(200))).doesNotContain(id);
    api.delete("/v1/api-keys/{keyId}", otherAdmin, id).expectError(404, "NOT_FOUND");
    api.get("/v1/projects", mine.data().path("key").asText()).expect(200);
  }

  private JsonNode listed(String id) {
    for (JsonNode k : api.get("/v1/api-keys?limit=100", ROOT_KEY).expect(200).data()) {
      if (k.path("id").asText().equals(id)) {
        return k;
      }
    }
    throw new AssertionError("key " + id + " not listed");
  }

  private static List<String> ids(Response list) {
    List<String> ids = new ArrayList<>();
    list.data().forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  private static List<String> scopes(JsonNode data) {
    List<String> out = new ArrayList<>();
    data.path("scopes").forEach(n -> out.add(n.asText()));
    return out;
  }
}
