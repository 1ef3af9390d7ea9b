package io.cxray.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A key of organisation A sees organisation B's projects exactly as ids that do not exist. */
class TenantIsolationTest extends ApiTestBase {

  @Test
  void anotherOrganizationsProjectsAnswerLikeMissingOnes() {
    String a = newOrganization("pro");
    String b = newOrganization("pro");
    String mine = createProject(a, "shared-name");
    List<String> theirs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      theirs.add(createProject(b, i == 0 ? "shared-name" : "b" + i));
    }
    String missing = "proj_0000000000000000000000";

    for (String id : theirs) {
      assertSameAsMissing(
          api.get("/v1/projects/{projectId}", a, id),
          api.get("/v1/projects/{projectId}", a, missing),
          id);
      assertSameAsMissing(
          api.put("/v1/projects/{projectId}", a, "{\"name\": \"taken-over\"}", id),
          api.put("/v1/projects/{projectId}", a, "{\"name\": \"taken-over\"}", missing),
          id);
      assertSameAsMissing(
          api.delete("/v1/projects/{projectId}", a, id),
          api.delete("/v1/projects/{projectId}", a, missing),
          id);
    }
    // Nothing of B changed.
    for (String id : theirs) {
      Response r = api.get("/v1/projects/{projectId}", b, id).expect(200);
      assertThat(r.data().path("name").asText()).isNotEqualTo("taken-over");
    }
    assertThat(ids(api.get("/v1/projects", a).expect(200))).containsExactly(mine);
    assertThat(ids(api.get("/v1/projects", b).expect(200)))
        .containsExactlyInAnyOrderElementsOf(theirs);
    api.get("/v1/projects/{projectId}", b, mine).expectError(404, "NOT_FOUND");
  }

  private static void assertSameAsMissing(Response foreign, Response missing, String foreignId) {
    foreign.expectError(404, "NOT_FOUND");
    missing.expectError(404, "NOT_FOUND");
    JsonNode f = foreign.json().path("error");
    JsonNode m = missing.json().path("error");
    assertThat(f.path("message")).isEqualTo(m.path("message"));
    assertThat(f.path("details").path("value").asText()).isEqualTo(foreignId);
    assertThat(f.path("details").path("field")).isEqualTo(m.path("details").path("field"));
    assertThat(f.path("details").size()).isEqualTo(m.path("details").size());
  }

  private static List<String> ids(Response list) {
    List<String> ids = new ArrayList<>();
    list.data().forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }
}
