package io.cxray.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhook endpoints: validation, secrets, scopes, tenant isolation and the audit log. */
class WebhooksApiTest extends ApiTestBase {

  private static final String URL = "http://127.0.0.1:9/hook";

  @Test
  void generatedSecretIsShownOnceAndNeverAgain() throws Exception {
    String admin = newOrganization("enterprise");
    Response created =
        api.post(
                "/v1/webhooks",
                admin,
                WebhookDeliveryTest.body(URL, List.of("scan.completed"), null))
            .expect(201);
    String secret = created.data().path("secret").asText();
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6)).length).isGreaterThanOrEqualTo(24);
    String id = created.data().path("webhook").path("id").asText();
    assertThat(id).startsWith("wh_");
    Response one = api.get("/v1/webhooks/{webhookId}", admin, id).expect(200);
    Response list = api.get("/v1/webhooks", admin).expect(200);
    assertThat(one.body()).doesNotContain(secret.substring(6)).doesNotContain("\"secret\"");
    assertThat(list.body()).doesNotContain(secret.substring(6));
    // Sealed at rest: the stored bytes do not contain the secret.
    byte[] sealed =
        jdbc.sql("SELECT secret_sealed FROM webhooks WHERE id = ?")
            .param(id)
            .query(byte[].class)
            .single();
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(secret);

    String given = "a-client-chosen-secret";
    Response withSecret =
        api.post(
                "/v1/webhooks", admin, WebhookDeliveryTest.body(URL, List.of("scan.failed"), given))
            .expect(201);
    assertThat(withSecret.data().path("secret").isNull()).isTrue();
    assertThat(withSecret.body()).doesNotContain(given);
  }

  @Test
  void invalidInputIsRefusedNamingTheField() throws Exception {
    String admin = newOrganization("enterprise");
    Response unknown =
        api.post(
                "/v1/webhooks",
                admin,
                WebhookDeliveryTest.body(URL, List.of("scan.completed", "scan.exploded"), null))
            .expectError(400, "INVALID_REQUEST");
    assertThat(unknown.json().path("error").path("details").path("field").asText())
        .isEqualTo("events[1]");
    assertThat(unknown.json().path("error").path("details").path("value").asText())
        .isEqualTo("scan.exploded");
    Response scheme =
        api.post(
                "/v1/webhooks",
                admin,
                WebhookDeliveryTest.body("ftp://example.com/x", List.of("scan.failed"), null))
            .expectError(400, "INVALID_REQUEST");
    assertThat(scheme.json().path("error").path("details").path("field").asText()).isEqualTo("url");
    Response weak =
        api.post(
                "/v1/webhooks",
                admin,
                WebhookDeliveryTest.body(URL, List.of("scan.failed"), "short"))
            .expectError(400, "INVALID_REQUEST");
    assertThat(weak.json().path("error").path("details").path("field").asText())
        .isEqualTo("secret");
    assertThat(weak.body()).doesNotContain("\"short\"");
    api.post("/v1/webhooks", admin, "{\"url\": \"" + URL + "\", \"events\": []}")
        .expectError(400, "INVALID_REQUEST");
    api.get("/v1/webhooks/{webhookId}", admin, "wh_nope").expectError(400, "INVALID_REQUEST");
    api.get("/v1/webhooks/{webhookId}", admin, "wh_0000000000000000000000")
        .expectError(404, "NOT_FOUND");
  }

  @Test
  void patchChangesOnlyWhatIsGivenAndDeleteRemoves() throws Exception {
    String admin = newOrganization("enterprise");
    String id = create(admin);
    JsonNode patched =
        api.call(
                "PATCH",
                "/v1/webhooks/{webhookId}",
                admin,
                "{\"events\": [\"sbom.generated\", \"scan.started\"]}",
                id)
            .expect(200)
            .data();
    assertThat(patched.path("url").asText()).isEqualTo(URL);
    assertThat(patched.path("events").toString())
        .isEqualTo("[\"sbom.generated\",\"scan.started\"]");
    JsonNode off =
        api.call("PATCH", "/v1/webhooks/{webhookId}", admin, "{\"enabled\": false}", id)
            .expect(200)
            .data();
    assertThat(off.path("enabled").asBoolean()).isFalse();
    JsonNode on =
        api.call("PATCH", "/v1/webhooks/{webhookId}", admin, "{\"enabled\": true}", id)
            .expect(200)
            .data();
    assertThat(on.path("enabled").asBoolean()).isTrue();
    assertThat(on.path("disabledReason").isNull()).isTrue();
    api.call("PATCH", "/v1/webhooks/{webhookId}", admin, "{\"colour\": \"red\"}", id)
        .expectError(400, "INVALID_REQUEST");
    api.delete("/v1/webhooks/{webhookId}", admin, id).expect(200);
    api.delete("/v1/webhooks/{webhookId}", admin, id).expectError(404, "NOT_FOUND");
  }

  @Test
  void scopesAreEnforced() throws Exception {
    String reader = keyWithScopes("webhooks:read");
    api.post("/v1/webhooks", reader, WebhookDeliveryTest.body(URL, List.of("scan.failed"), null))
        .expectError(403, "FORBIDDEN");
    api.get("/v1/webhooks", reader).expect(200);
    api.get("/v1/audit-log", reader).expectError(403, "FORBIDDEN");
    String projects = keyWithScopes("projects:read");
    api.get("/v1/webhooks", projects).expectError(403, "FORBIDDEN");
  }

  @Test
  void anotherOrganizationsWebhooksAndKeysAnswerLikeMissingOnes() throws Exception {
    String a = newOrganization("enterprise");
    String b = newOrganization("enterprise");
    String theirs = create(b);
    String missing = "wh_0000000000000000000000";
    for (String id : List.of(theirs, missing)) {
      api.get("/v1/webhooks/{webhookId}", a, id).expectError(404, "NOT_FOUND");
      api.call("PATCH", "/v1/webhooks/{webhookId}", a, "{\"enabled\": false}", id)
          .expectError(404, "NOT_FOUND");
      api.post("/v1/webhooks/{webhookId}/test", a, null, id).expectError(404, "NOT_FOUND");
      api.get("/v1/webhooks/{webhookId}/deliveries", a, id).expectError(404, "NOT_FOUND");
      api.post(
              "/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver",
              a,
              null,
              id,
              "whd_0000000000000000000000")
          .expectError(404, "NOT_FOUND");
      api.delete("/v1/webhooks/{webhookId}", a, id).expectError(404, "NOT_FOUND");
    }
    assertThat(api.get("/v1/webhooks", a).expect(200).data()).isEmpty();
    api.get("/v1/webhooks/{webhookId}", b, theirs).expect(200);
    // Keys: B's key id is not revocable by A.
    String bKeyId = api.get("/v1/api-keys", b).expect(200).data().get(0).path("id").asText();
    api.delete("/v1/api-keys/{keyId}", a, bKeyId).expectError(404, "NOT_FOUND");
    api.get("/v1/api-keys", b).expect(200);
    // A's audit log holds nothing of B.
    JsonNode entries = api.get("/v1/audit-log", a).expect(200).data();
    for (JsonNode e : entries) {
      assertThat(e.path("resourceId").asText()).isNotEqualTo(theirs);
    }
  }

  @Test
  void changesToKeysAndWebhooksAreAudited() throws Exception {
    String admin = newOrganization("enterprise");
    String adminKeyId =
        api.get("/v1/api-keys", admin).expect(200).data().get(0).path("id").asText();
    String id = create(admin);
    api.call(
            "PATCH",
            "/v1/webhooks/{webhookId}",
            admin,
            "{\"secret\": \"a-new-secret-of-length\"}",
            id)
        .expect(200);
    api.post("/v1/webhooks/{webhookId}/test", admin, null, id).expect(201);
    api.delete("/v1/webhooks/{webhookId}", admin, id).expect(200);
    String keyId =
        api.post("/v1/api-keys", admin, "{\"name\": \"ci\"}")
            .expect(201)
            .data()
            .path("id")
            .asText();
    api.delete("/v1/api-keys/{keyId}", admin, keyId).expect(200);

    Response page = api.get("/v1/audit-log?limit=4", admin).expect(200);
    JsonNode first = page.data();
    String cursor = page.json().path("meta").path("pagination").path("nextCursor").asText();
    JsonNode second = api.get("/v1/audit-log?cursor=" + cursor, admin).expect(200).data();
    List<String> actions = new java.util.ArrayList<>();
    first.forEach(e -> actions.add(e.path("action").asText()));
    second.forEach(e -> actions.add(e.path("action").asText()));
    assertThat(actions)
        .containsExactly(
            "api_key.revoked",
            "api_key.created",
            "webhook.deleted",
            "webhook.tested",
            "webhook.updated",
            "webhook.created");
    first.forEach(e -> assertThat(e.path("actorKeyId").asText()).isEqualTo(adminKeyId));
    assertThat(first.get(0).path("resourceId").asText()).isEqualTo(keyId);
    JsonNode updated = second.get(0);
    assertThat(updated.path("details").path("secret").asText()).isEqualTo("changed");
    assertThat(page.body() + second.toString()).doesNotContain("a-new-secret-of-length");
  }

  private String create(String key) throws Exception {
    return api.post(
            "/v1/webhooks", key, WebhookDeliveryTest.body(URL, List.of("scan.completed"), null))
        .expect(201)
        .data()
        .path("webhook")
        .path("id")
        .asText();
  }
}
