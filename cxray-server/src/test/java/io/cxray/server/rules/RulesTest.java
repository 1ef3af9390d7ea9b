package io.cxray.server.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.core.misconfig.RuleCatalog;
import io.cxray.server.testsupport.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest extends ApiTestBase {

  @Test
  void pagesThroughEveryBuiltInRuleInIdOrder() {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String query = "/v1/rules?limit=25" + (cursor == null ? "" : "&cursor=" + cursor);
      var response = api.get(query, ROOT_KEY).expect(200);
      response.data().forEach(r -> ids.add(r.path("id").asText()));
      JsonNode next = response.json().path("meta").path("pagination").path("nextCursor");
      cursor = next.isNull() ? null : next.asText();
      pages++;
    } while (cursor != null && pages < 100);

    List<String> expected =
        RuleCatalog.builtIn().summaries().stream().map(r -> r.id()).sorted().toList();
    assertThat(expected).hasSizeGreaterThan(25);
    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void filtersByKind() {
    JsonNode data = api.get("/v1/rules?kind=dockerfile&limit=100", ROOT_KEY).expect(200).data();
    long expected =
        RuleCatalog.builtIn().summaries().stream()
            .filter(r -> r.kind().equals("dockerfile"))
            .count();
    assertThat(data.size()).isEqualTo((int) expected).isPositive();
    data.forEach(r -> assertThat(r.path("kind").asText()).isEqualTo("dockerfile"));

    api.get("/v1/rules?kind=cobol", ROOT_KEY).expectError(400, "INVALID_REQUEST");
    api.get("/v1/rules?limit=0", ROOT_KEY).expectError(400, "INVALID_REQUEST");
    api.get("/v1/rules?cursor=nonsense", ROOT_KEY).expectError(400, "INVALID_REQUEST");
  }

  @Test
  void getsOneRuleWithItsReferences() {
    var withCce =
        RuleCatalog.builtIn().summaries().stream()
            .filter(r -> !r.cce().isEmpty() && !r.references().isEmpty())
            .findFirst()
            .orElseThrow();

    JsonNode data = api.get("/v1/rules/{ruleId}", ROOT_KEY, withCce.id()).expect(200).data();

    assertThat(data.path("id").asText()).isEqualTo(withCce.id());
    assertThat(data.path("title").asText()).isEqualTo(withCce.title());
    assertThat(data.path("kind").asText()).isEqualTo(withCce.kind());
    assertThat(data.path("cce").get(0).path("id").asText()).isEqualTo(withCce.cce().get(0).id());
    assertThat(data.path("cce").get(0).path("platform").asText())
        .isEqualTo(withCce.cce().get(0).platform());
    assertThat(data.path("references").get(0).path("benchmark").asText())
        .isEqualTo(withCce.references().get(0).benchmark());

    api.get("/v1/rules/{ruleId}", ROOT_KEY, "NO-SUCH-RULE").expectError(404, "NOT_FOUND");
    api.get("/v1/rules", keyWithScopes("sbom:read")).expectError(403, "FORBIDDEN");
    api.get("/v1/rules", keyWithScopes("scans:read")).expect(200);
  }
}
