package io.cxray.server.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.Uploads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

class SbomAnalyzeTest extends ApiTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AdvisoryDatabase advisories;
  private Uploads uploads;

  @BeforeEach
  void setUp() {
    SbomTestData.importAdvisories(advisories);
    uploads = new Uploads(api);
  }

  static Stream<String> readableCases() throws IOException {
    return caseNames().filter(n -> !n.startsWith("error-"));
  }

  static Stream<String> errorCases() throws IOException {
    return caseNames().filter(n -> n.startsWith("error-"));
  }

  private static Stream<String> caseNames() throws IOException {
    try (Stream<Path> dirs = Files.list(SbomTestData.CASES)) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("readableCases")
  void analyzesEveryFormatWithItsDetectedFormatAndComponents(String name) throws IOException {
    JsonNode expected =
        JSON.readTree(SbomTestData.CASES.resolve(name).resolve("expected.json").toFile());
    byte[] document = SbomTestData.bytes(SbomTestData.caseInput(name));

    JsonNode data = uploads.raw("/v1/sbom/analyze", ROOT_KEY, document, null).expect(201).data();

    assertThat(data.path("sbomId").asText()).startsWith("sbom_");
    assertThat(data.path("format").asText()).isEqualTo(expected.path("format").asText());
    assertThat(data.path("specVersion").asText()).isEqualTo(expected.path("specVersion").asText());
    assertThat(purls(data.path("components")))
        .isEqualTo(purls(flatten(expected.path("components"))));
    assertThat(data.path("quality").path("componentCount").asInt())
        .isEqualTo(data.path("components").size());
  }

  @ParameterizedTest
  @MethodSource("errorCases")
  void refusesBrokenDocumentsWithTheReadersReason(String name) throws IOException {
    JsonNode expected =
        JSON.readTree(SbomTestData.CASES.resolve(name).resolve("expected.json").toFile());
    byte[] document = SbomTestData.bytes(SbomTestData.caseInput(name));

    Response response =
        uploads.raw("/v1/sbom/analyze", ROOT_KEY, document, "application/octet-stream");

    response.expectError(400, "INVALID_REQUEST");
    JsonNode details = response.json().path("error").path("details");
    assertThat(details.path("field").asText()).isEqualTo("document");
    assertThat(details.path("reason").asText())
        .isEqualTo(expected.path("error").path("kind").asText().toLowerCase(Locale.ROOT));
    assertThat(response.json().path("error").path("message").asText())
        .isEqualTo(expected.path("error").path("message").asText());
  }

  @Test
  void invalidJsonNamesThePosition() {
    Response response =
        uploads.raw(
            "/v1/sbom/analyze",
            ROOT_KEY,
            "{\"bomFormat\": \"CycloneDX\",\n \"specVersion\": \"1.6\",\n \"components\": [}"
                .getBytes(StandardCharsets.UTF_8),
            "application/json");
    response.expectError(400, "INVALID_REQUEST");
    assertThat(response.json().path("error").path("details").path("reason").asText())
        .isEqualTo("malformed");
    assertThat(response.json().path("error").path("message").asText()).contains("line 3");
  }

  @Test
  void schemaInvalidDocumentListsTheFirstViolations() {
    String bad =
        SbomTestData.LODASH_WITH_VEX.replace("\"type\": \"library\"", "\"type\": \"spaceship\"");
    Response response =
        uploads.raw("/v1/sbom/analyze", ROOT_KEY, bad.getBytes(StandardCharsets.UTF_8), null);
    response.expectError(400, "INVALID_REQUEST");
    JsonNode details = response.json().path("error").path("details");
    assertThat(details.path("reason").asText()).isEqualTo("schema_invalid");
    assertThat(details.path("format").asText()).isEqualTo("cyclonedx-json");
    assertThat(details.path("violations")).isNotEmpty();
    assertThat(details.path("violations").get(0).path("pointer").asText())
        .startsWith("/components/");
  }

  @Test
  void unknownFormatIsRefused() {
    Response response =
        uploads.raw(
            "/v1/sbom/analyze",
            ROOT_KEY,
            "name,version\nlodash,4.17.15\n".getBytes(StandardCharsets.UTF_8),
            "text/csv");
    response.expectError(400, "INVALID_REQUEST");
    assertThat(response.json().path("error").path("details").path("reason").asText())
        .isEqualTo("unknown_format");
  }

  @Test
  void documentsOverTheLimitAre413() {
    // Over the request limit (document limit + multipart allowance): refused from Content-Length.
    byte[] huge = padded(MAX_SBOM_BYTES + 128 * 1024);
    uploads.raw("/v1/sbom/analyze", ROOT_KEY, huge, null).expectError(413, "PAYLOAD_TOO_LARGE");
    // Within the request allowance but over the document limit: the reader refuses it.
    byte[] over = padded(MAX_SBOM_BYTES + 10);
    Response response = uploads.raw("/v1/sbom/analyze", ROOT_KEY, over, null);
    response.expectError(413, "PAYLOAD_TOO_LARGE");
    assertThat(response.json().path("error").path("details").path("reason").asText())
        .isEqualTo("too_large");
  }

  @Test
  void findsVulnerabilitiesAndMarksThemWithTheDocumentsVex() {
    JsonNode data =
        uploads
            .raw(
                "/v1/sbom/analyze",
                ROOT_KEY,
                SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8),
                "application/vnd.cyclonedx+json")
            .expect(201)
            .data();

    List<JsonNode> findings = list(data.path("vulnerabilities"));
    assertThat(findings)
        .allSatisfy(
            f ->
                assertThat(f.path("component").path("purl").asText())
                    .isEqualTo("pkg:npm/lodash@4.17.15"));
    JsonNode prototypePollution = finding(findings, "CVE-2020-8203");
    assertThat(prototypePollution.path("id").asText()).isEqualTo("CVE-2020-8203");
    assertThat(prototypePollution.path("aliases").toString()).contains("GHSA-p6mc-m468-83gw");
    assertThat(prototypePollution.path("cleared").asBoolean()).isTrue();
    assertThat(prototypePollution.path("vexState").asText()).isEqualTo("not_affected");
    assertThat(prototypePollution.path("vexJustification").asText())
        .isEqualTo("code_not_reachable");
    assertThat(prototypePollution.path("fixedVersions").toString()).contains("4.17.19");

    JsonNode commandInjection = finding(findings, "CVE-2021-23337");
    assertThat(commandInjection.path("cleared").asBoolean()).isFalse();
    assertThat(commandInjection.path("vexState").isNull()).isTrue();
    assertThat(finding(findings, "CVE-2020-28500").path("cleared").asBoolean()).isFalse();

    JsonNode licenses = data.path("licenses");
    assertThat(licenses.path("withoutLicense").asInt()).isZero();
    assertThat(licenses.path("licenses").toString())
        .contains("{\"license\":\"MIT\",\"components\":1}")
        .contains("{\"license\":\"WTFPL\",\"components\":1}");

    JsonNode quality = data.path("quality");
    assertThat(quality.path("componentCount").asInt()).isEqualTo(2);
    assertThat(quality.path("meetsMinimumElements").asBoolean()).isFalse();
    assertThat(element(quality, "supplier").path("present").asInt()).isEqualTo(1);
    assertThat(element(quality, "supplier").path("share").asDouble()).isEqualTo(0.5);
    assertThat(element(quality, "unique_identifier").path("present").asInt()).isEqualTo(2);
    assertThat(element(quality, "dependency_relationship").path("present").asInt()).isEqualTo(2);
    assertThat(element(quality, "author").path("present").asInt()).isEqualTo(1);
    assertThat(element(quality, "timestamp").path("level").asText()).isEqualTo("document");
  }

  @Test
  void analyzesTheSharedThousandComponentSbom() {
    byte[] document = SbomTestData.bytes(SbomTestData.shared().resolve("bench/sbom-1k.cdx.json"));
    JsonNode data =
        uploads
            .raw("/v1/sbom/analyze", ROOT_KEY, document, "application/x-www-form-urlencoded")
            .expect(201)
            .data();
    assertThat(data.path("components").size()).isEqualTo(1000);
    assertThat(data.path("quality").path("componentCount").asInt()).isEqualTo(1000);
    // A mix of affected and fixed versions of npm, PyPI and Maven packages (and others not
    // imported).
    assertThat(data.path("vulnerabilities").size()).isGreaterThan(100);
    assertThat(list(data.path("vulnerabilities")))
        .anySatisfy(
            f -> assertThat(f.path("component").path("ecosystem").asText()).isEqualTo("npm"))
        .anySatisfy(
            f -> assertThat(f.path("component").path("ecosystem").asText()).isEqualTo("maven"))
        .anySatisfy(
            f -> assertThat(f.path("component").path("ecosystem").asText()).isEqualTo("pypi"));
  }

  @Test
  void multipartUploadAndProjectFiling() {
    String project = createProject(ROOT_KEY, unique("sbom-project"));
    JsonNode data =
        uploads
            .multipart(
                "/v1/sbom/analyze?projectId=" + project,
                ROOT_KEY,
                java.util.Map.of(),
                "bom.json",
                SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8))
            .expect(201)
            .data();
    assertThat(data.path("projectId").asText()).isEqualTo(project);
    assertThat(data.path("components").size()).isEqualTo(2);

    uploads
        .raw(
            "/v1/sbom/analyze?projectId=proj_0000000000000000000000",
            ROOT_KEY,
            SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8),
            null)
        .expectError(404, "NOT_FOUND");
    uploads
        .multipart("/v1/sbom/analyze", ROOT_KEY, java.util.Map.of("x", "y"), null, null)
        .expectError(400, "INVALID_REQUEST");
  }

  @Test
  void needsTheSbomWriteScope() {
    String readOnly = keyWithScopes("sbom:read");
    uploads
        .raw(
            "/v1/sbom/analyze",
            readOnly,
            SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8),
            null)
        .expectError(403, "FORBIDDEN");
  }

  private static byte[] padded(int size) {
    byte[] head = SbomTestData.LODASH_WITH_VEX.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[size];
    java.util.Arrays.fill(out, (byte) ' ');
    System.arraycopy(head, 0, out, 0, head.length);
    return out;
  }

  static JsonNode finding(List<JsonNode> findings, String alias) {
    return findings.stream()
        .filter(
            f ->
                f.path("id").asText().equals(alias) || f.path("aliases").toString().contains(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + alias + " in " + findings));
  }

  private static JsonNode element(JsonNode quality, String name) {
    return list(quality.path("elements")).stream()
        .filter(e -> e.path("element").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static List<JsonNode> flatten(JsonNode components) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : components) {
      out.add(c);
      out.addAll(flatten(c.path("components")));
    }
    return out;
  }

  private static List<String> purls(Iterable<JsonNode> components) {
    List<String> out = new ArrayList<>();
    components.forEach(c -> out.add(c.path("name").asText() + "@" + c.path("purl").asText("")));
    return out;
  }
}
