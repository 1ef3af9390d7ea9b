package io.cxray.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /v1/projects: create, read, replace, delete, validation, conflicts and paging. */
class ProjectsTest extends ApiTestBase {

  @Test
  void fullLifecycle() {
    String key = newOrganization("free");
    Response created =
        api.post(
                "/v1/projects",
                key,
                "{\"name\": \"payments\", \"description\": \"Pay\", \"repositoryUrl\":"
                    + " \"https://github.com/user/repo\", \"defaultBranch\": \"main\", \"tags\":"
                    + " [\"team:core\", \"pci\", \"pci\"]}")
            .expect(201);
    JsonNode p = created.data();
    String id = p.path("id").asText();
    assertThat(id).startsWith("proj_");
    assertThat(p.path("name").asText()).isEqualTo("payments");
    assertThat(p.path("description").asText()).isEqualTo("Pay");
    assertThat(p.path("repositoryUrl").asText()).isEqualTo("https://github.com/user/repo");
    assertThat(p.path("defaultBranch").asText()).isEqualTo("main");
    assertThat(p.path("tags").toString()).isEqualTo("[\"team:core\",\"pci\"]");
    assertThat(p.path("latestScan").isNull()).isTrue();
    assertThat(p.path("createdAt").asText()).isEqualTo(p.path("updatedAt").asText()).endsWith("Z");

    assertThat(api.get("/v1/projects/{projectId}", key, id).expect(200).data()).isEqualTo(p);

    Response replaced =
        api.put(
                "/v1/projects/{projectId}",
                key,
                "{\"name\": \"payments-v2\", \"repositoryUrl\": \"git@github.com:user/repo.git\"}",
                id)
            .expect(200);
    JsonNode r = replaced.data();
    assertThat(r.path("name").asText()).isEqualTo("payments-v2");
    assertThat(r.path("description").isNull()).isTrue();
    assertThat(r.path("defaultBranch").isNull()).isTrue();
    assertThat(r.path("tags").size()).isZero();
    assertThat(r.path("createdAt").asText()).isEqualTo(p.path("createdAt").asText());
    assertThat(Instant.parse(r.path("updatedAt").asText()))
        .isAfterOrEqualTo(Instant.parse(p.path("updatedAt").asText()));

    Response deleted = api.delete("/v1/projects/{projectId}", key, id).expect(200);
    assertThat(deleted.data().path("id").asText()).isEqualTo(id);
    assertThat(deleted.data().path("deleted").asBoolean()).isTrue();
    api.get("/v1/projects/{projectId}", key, id).expectError(404, "NOT_FOUND");
    api.delete("/v1/projects/{projectId}", key, id).expectError(404, "NOT_FOUND");
    api.put("/v1/projects/{projectId}", key, "{\"name\": \"z\"}", id).expectError(404, "NOT_FOUND");
  }

  @Test
  void namesAreUniquePerOrganizationIgnoringCase() {
    String key = newOrganization("free");
    String first = createProject(key, "Alpha");
    Response dup =
        api.post("/v1/projects", key, "{\"name\": \"alpha\"}").expectError(409, "CONFLICT");
    assertThat(dup.json().path("error").path("details").path("field").asText()).isEqualTo("name");
    assertThat(dup.json().path("error").path("details").path("value").asText()).isEqualTo("alpha");
    String second = createProject(key, "Beta");
    api.put("/v1/projects/{projectId}", key, "{\"name\": \"ALPHA\"}", second)
        .expectError(409, "CONFLICT");
    api.put("/v1/projects/{projectId}", key, "{\"name\": \"Alpha\", \"tags\": [\"x\"]}", first)
        .expect(200);
    // Another organisation may use the same name.
    createProject(newOrganization("free"), "Alpha");
  }

  @Test
  void malformedIdsAreInvalidAndUnknownIdsNotFound() {
    for (String bad :
        List.of(
            "123", "proj_short", "scan_0000000000000000000000", "proj_00000000000000000000-0")) {
      Response r =
          api.get("/v1/projects/{projectId}", ROOT_KEY, bad).expectError(400, "INVALID_REQUEST");
      assertThat(r.json().path("error").path("details").path("field").asText())
          .isEqualTo("projectId");
      api.put("/v1/projects/{projectId}", ROOT_KEY, "{\"name\": \"a\"}", bad)
          .expectError(400, "INVALID_REQUEST");
      api.delete("/v1/projects/{projectId}", ROOT_KEY, bad).expectError(400, "INVALID_REQUEST");
    }
    api.get("/v1/projects/{projectId}", ROOT_KEY, "proj_0000000000000000000000")
        .expectError(404, "NOT_FOUND");
  }

  @Test
  void listsPageNewestFirstWithOpaqueCursors() {
    String key = newOrganization("free");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(createProject(key, "p" + i));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Response page =
          api.get("/v1/projects?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), key)
              .expect(200);
      assertThat(page.json().path("meta").path("pagination").path("limit").asInt()).isEqualTo(2);
      assertThat(page.data().size()).isLessThanOrEqualTo(2);
      page.data().forEach(n -> seen.add(n.path("id").asText()));
      JsonNode next = page.json().path("meta").path("pagination").path("nextCursor");
      cursor = next.isNull() ? null : next.asText();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    List<String> newestFirst = new ArrayList<>(created);
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);

    Response all = api.get("/v1/projects", key).expect(200);
    assertThat(all.data().size()).isEqualTo(5);
    assertThat(all.json().path("meta").path("pagination").path("nextCursor").isNull()).isTrue();
    Response exact = api.get("/v1/projects?limit=5", key).expect(200);
    assertThat(exact.json().path("meta").path("pagination").path("nextCursor").isNull()).isTrue();
  }
}
