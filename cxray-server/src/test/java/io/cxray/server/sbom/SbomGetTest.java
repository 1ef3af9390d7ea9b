package io.cxray.server.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.sbom.SbomComponent;
import io.cxray.core.sbom.SbomFormat;
import io.cxray.core.sbom.SbomReadResult;
import io.cxray.core.sbom.SbomReader;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.Uploads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SbomGetTest extends ApiTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired AdvisoryDatabase advisories;
  private Uploads uploads;

  @BeforeEach
  void setUp() {
    SbomTestData.importAdvisories(advisories);
    uploads = new Uploads(api);
  }

  private String analyze(byte[] document) {
    return uploads
        .raw("/v1/sbom/analyze", ROOT_KEY, document, null)
        .expect(201)
        .data()
        .path("sbomId")
        .asText();
  }

  @Test
  void envelopeHasMetadataAndTheDocumentAsUploaded() {
    byte[] original = SbomTestData.bytes(SbomTestData.caseInput("spdx-2.3-tag-value"));
    String id = analyze(original);

    JsonNode data = api.get("/v1/sbom/{sbomId}", ROOT_KEY, id).expect(200).data();

    assertThat(data.path("id").asText()).isEqualTo(id);
    assertThat(data.path("source").asText()).isEqualTo("analyzed");
    assertThat(data.path("format").asText()).isEqualTo("spdx-tag-value");
    assertThat(data.path("specVersion").asText()).isEqualTo("2.3");
    assertThat(data.path("componentCount").asInt()).isEqualTo(5);
    assertThat(data.path("document").asText())
        .isEqualTo(new String(original, StandardCharsets.UTF_8));
    assertThat(data.path("quality").path("elements").size()).isEqualTo(7);
  }

  @Test
  void roundTripsThroughEveryRawFormat() throws Exception {
    byte[] original = SbomTestData.bytes(SbomTestData.caseInput("cyclonedx-1.6-json"));
    String id = analyze(original);
    List<String> expected = components(read(original).document().components());

    for (SbomFormat format :
        List.of(SbomFormat.CYCLONEDX_JSON, SbomFormat.CYCLONEDX_XML, SbomFormat.SPDX_JSON)) {
      String mediaType = SbomOutputFormat.fromId(format.id()).orElseThrow().mediaType();
      HttpResponse<byte[]> raw = getRaw(id, mediaType, ROOT_KEY);
      assertThat(raw.statusCode()).as(mediaType).isEqualTo(200);
      assertThat(raw.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
      SbomReadResult.Success back = read(raw.body());
      assertThat(back.format().format()).isEqualTo(format);
      assertThat(back.format().specVersion())
          .isEqualTo(format == SbomFormat.SPDX_JSON ? "2.3" : "1.6");
      assertThat(components(back.document().components())).as(mediaType).isEqualTo(expected);
    }
  }

  @Test
  void acceptDecidesBetweenEnvelopeRawAndRefusal() throws Exception {
    String id = analyze(SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8));

    // Preference order counts: the SBOM type with the higher quality wins.
    HttpResponse<byte[]> preferred =
        getRaw(id, "application/json;q=0.5, application/vnd.cyclonedx+xml", ROOT_KEY);
    assertThat(preferred.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.cyclonedx+xml");
    assertThat(getRaw(id, "*/*", ROOT_KEY).headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");

    HttpResponse<byte[]> html = getRaw(id, "text/html", ROOT_KEY);
    assertThat(html.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(html.body());
    assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(error.path("error").path("details").path("field").asText()).isEqualTo("Accept");
    api.contract().check("GET", "/v1/sbom/{sbomId}", 400, error);
  }

  @Test
  void vexListsTheFindingsWithTheDocumentsAnalyses() throws Exception {
    String id = analyze(SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> raw = getRaw(id + "/vex", null, ROOT_KEY);

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.cyclonedx+json");
    JsonNode vex = JSON.readTree(raw.body());
    api.contract().check("GET", "/v1/sbom/{sbomId}/vex", 200, vex);
    assertThat(vex.path("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(vex.path("specVersion").asText()).isEqualTo("1.6");
    List<JsonNode> vulnerabilities = SbomAnalyzeTest.list(vex.path("vulnerabilities"));
    assertThat(vulnerabilities).hasSizeGreaterThanOrEqualTo(3);
    JsonNode declared = SbomAnalyzeTest.finding(vulnerabilities, "CVE-2020-8203");
    assertThat(declared.path("references").toString()).contains("GHSA-p6mc-m468-83gw");
    assertThat(declared.path("analysis").path("state").asText()).isEqualTo("not_affected");
    JsonNode open = SbomAnalyzeTest.finding(vulnerabilities, "CVE-2021-23337");
    assertThat(open.path("analysis").path("state").asText()).isEqualTo("in_triage");
    // It is itself a valid CycloneDX document.
    assertThat(read(raw.body()).format().specVersion()).isEqualTo("1.6");
  }

  @Test
  void anotherOrganizationsSbomIsNotFound() throws Exception {
    String id = analyze(SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8));
    String other = newOrganization("pro");

    Response foreign = api.get("/v1/sbom/{sbomId}", other, id).expectError(404, "NOT_FOUND");
    Response missing =
        api.get("/v1/sbom/{sbomId}", other, "sbom_0000000000000000000000")
            .expectError(404, "NOT_FOUND");
    assertThat(foreign.json().path("error").path("message"))
        .isEqualTo(missing.json().path("error").path("message"));
    assertThat(getRaw(id + "/vex", null, other).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> rawForeign = getRaw(id, "application/vnd.cyclonedx+xml", other);
    assertThat(rawForeign.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(rawForeign.body()).path("error").path("code").asText())
        .isEqualTo("NOT_FOUND");

    api.get("/v1/sbom/{sbomId}", ROOT_KEY, "proj_0000000000000000000000")
        .expectError(400, "INVALID_REQUEST");
    api.get("/v1/sbom/{sbomId}", keyWithScopes("projects:read"), id).expectError(403, "FORBIDDEN");
  }

  private HttpResponse<byte[]> getRaw(String idAndRest, String accept, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.base() + "/v1/sbom/" + idAndRest))
            .header("Authorization", "Bearer " + key);
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static SbomReadResult.Success read(byte[] document) {
    SbomReadResult result = new SbomReader().read(document);
    assertThat(result)
        .as(new String(document, StandardCharsets.UTF_8))
        .isInstanceOf(SbomReadResult.Success.class);
    return (SbomReadResult.Success) result;
  }

  /**
   * version and purl of every component, nested ones included, sorted. (Names differ on purpose:
   * SPDX has no group, so a Maven package's SPDX name is {@code group:artifact}.)
   */
  private static List<String> components(List<SbomComponent> components) {
    List<String> out = new ArrayList<>();
    add(components, out);
    return out.stream().sorted().toList();
  }

  private static void add(List<SbomComponent> components, List<String> out) {
    for (SbomComponent c : components) {
      out.add(c.version() + " " + c.purl());
      add(c.components(), out);
    }
  }
}
