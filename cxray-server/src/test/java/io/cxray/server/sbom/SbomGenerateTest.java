package io.cxray.server.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.core.sbom.SbomFormat;
import io.cxray.core.sbom.SbomReadResult;
import io.cxray.core.sbom.SbomReader;
import io.cxray.server.testsupport.ApiClient.Response;
import io.cxray.server.testsupport.ApiTestBase;
import io.cxray.server.testsupport.Uploads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SbomGenerateTest extends ApiTestBase {

  private static final String PACKAGE_LOCK =
      """
      {
        "name": "shop",
        "version": "1.0.0",
        "lockfileVersion": 3,
        "requires": true,
        "packages": {
          "": {"name": "shop", "version": "1.0.0", "dependencies": {"lodash": "^4.17.15"}},
          "node_modules/lodash": {"version": "4.17.15", "license": "MIT"}
        }
      }
      """;

  private Uploads uploads;

  @BeforeEach
  void setUp() {
    uploads = new Uploads(api);
  }

  @Test
  void generatesFromAZipWithAPackageLock() throws IOException {
    byte[] zip = zip(Map.of("shop/package-lock.json", PACKAGE_LOCK, "shop/README.md", "# shop"));

    Response response =
        uploads.multipart("/v1/sbom/generate", ROOT_KEY, Map.of(), "shop.zip", zip).expect(202);

    JsonNode data = response.data();
    assertThat(data.path("status").asText()).isEqualTo("completed");
    assertThat(data.path("format").asText()).isEqualTo("cyclonedx-json");
    assertThat(data.path("specVersion").asText()).isEqualTo("1.6");
    assertThat(data.path("componentCount").asInt()).isEqualTo(1);
    assertThat(data.path("filesExtracted").asInt()).isEqualTo(2);

    JsonNode stored =
        api.get("/v1/sbom/{sbomId}", ROOT_KEY, data.path("sbomId").asText()).expect(200).data();
    assertThat(stored.path("source").asText()).isEqualTo("generated");
    SbomReadResult.Success doc = read(stored.path("document").asText());
    assertThat(doc.format().format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
    assertThat(doc.document().components())
        .singleElement()
        .satisfies(c -> assertThat(c.purl()).isEqualTo("pkg:npm/lodash@4.17.15"));
    assertThat(doc.document().metadata().subject().name()).isEqualTo("shop");
  }

  @Test
  void theRequestedFormatIsWhatGetReturns() throws IOException {
    byte[] tarGz = tarGz("package-lock.json", PACKAGE_LOCK);

    JsonNode data =
        uploads
            .multipart(
                "/v1/sbom/generate",
                ROOT_KEY,
                Map.of("format", "spdx-json", "specVersion", "2.3"),
                "shop.tar.gz",
                tarGz)
            .expect(202)
            .data();

    JsonNode stored =
        api.get("/v1/sbom/{sbomId}", ROOT_KEY, data.path("sbomId").asText()).expect(200).data();
    assertThat(stored.path("format").asText()).isEqualTo("spdx-json");
    SbomReadResult.Success doc = read(stored.path("document").asText());
    assertThat(doc.format().format()).isEqualTo(SbomFormat.SPDX_JSON);
    assertThat(doc.format().specVersion()).isEqualTo("2.3");
    assertThat(doc.document().allComponents())
        .anySatisfy(c -> assertThat(c.purl()).isEqualTo("pkg:npm/lodash@4.17.15"));
  }

  @Test
  void cyclonedx15XmlOnRequest() throws IOException {
    JsonNode data =
        uploads
            .multipart(
                "/v1/sbom/generate",
                ROOT_KEY,
                Map.of("format", "cyclonedx-xml", "specVersion", "1.5"),
                "shop.zip",
                zip(Map.of("package-lock.json", PACKAGE_LOCK)))
            .expect(202)
            .data();
    JsonNode stored =
        api.get("/v1/sbom/{sbomId}", ROOT_KEY, data.path("sbomId").asText()).expect(200).data();
    SbomReadResult.Success doc = read(stored.path("document").asText());
    assertThat(doc.format().format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
    assertThat(doc.format().specVersion()).isEqualTo("1.5");
  }

  @Test
  void zipSlipIsRefused() throws IOException {
    byte[] zip = zip(Map.of("package-lock.json", PACKAGE_LOCK, "../../escaped.txt", "x"));
    Response response = uploads.multipart("/v1/sbom/generate", ROOT_KEY, Map.of(), "evil.zip", zip);
    response.expectError(400, "INVALID_REQUEST");
    assertThat(response.json().path("error").path("details").path("value").asText())
        .isEqualTo("../../escaped.txt");

    byte[] absolute = tarGz("/tmp/cxray-absolute.txt", "x");
    uploads
        .multipart("/v1/sbom/generate", ROOT_KEY, Map.of(), "evil.tar.gz", absolute)
        .expectError(400, "INVALID_REQUEST");
  }

  @Test
  void zipBombIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("package-lock.json"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan(MAX_SBOM_BYTES);

    Response response =
        uploads.multipart("/v1/sbom/generate", ROOT_KEY, Map.of(), "bomb.zip", out.toByteArray());

    response.expectError(413, "PAYLOAD_TOO_LARGE");
    assertThat(response.json().path("error").path("details").path("limit").asText())
        .isEqualTo("expansionRatio");
  }

  @Test
  void badFormatsAndFilesAreRefused() throws IOException {
    byte[] zip = zip(Map.of("package-lock.json", PACKAGE_LOCK));
    assertThat(
            uploads
                .multipart("/v1/sbom/generate", ROOT_KEY, Map.of("format", "swid"), "a.zip", zip)
                .expectError(400, "INVALID_REQUEST")
                .json()
                .path("error")
                .path("details")
                .path("field")
                .asText())
        .isEqualTo("format");
    assertThat(
            uploads
                .multipart(
                    "/v1/sbom/generate",
                    ROOT_KEY,
                    Map.of("format", "cyclonedx-json", "specVersion", "1.4"),
                    "a.zip",
                    zip)
                .expectError(400, "INVALID_REQUEST")
                .json()
                .path("error")
                .path("details")
                .path("field")
                .asText())
        .isEqualTo("specVersion");
    uploads
        .multipart(
            "/v1/sbom/generate",
            ROOT_KEY,
            Map.of(),
            "a.zip",
            "not an archive".getBytes(StandardCharsets.UTF_8))
        .expectError(400, "INVALID_REQUEST");
    api.post("/v1/sbom/generate", ROOT_KEY, "{\"format\": 5}").expectError(400, "INVALID_REQUEST");
  }

  private static SbomReadResult.Success read(String document) {
    SbomReadResult result = new SbomReader().read(document.getBytes(StandardCharsets.UTF_8));
    assertThat(result).as(document).isInstanceOf(SbomReadResult.Success.class);
    return (SbomReadResult.Success) result;
  }

  static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] tarGz(String name, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry(name, true);
      entry.setSize(bytes.length);
      tar.putArchiveEntry(entry);
      tar.write(bytes);
      tar.closeArchiveEntry();
      TarArchiveEntry link = new TarArchiveEntry("passwd", TarArchiveEntry.LF_SYMLINK);
      link.setLinkName("/etc/passwd");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
    }
    return out.toByteArray();
  }
}
