package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.testsupport.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * With private targets disallowed (the default), targets on loopback, private, link-local or
 * metadata addresses, and file: URLs, are refused at submission with 400. This context serves the
 * API only (no workers), on the same database as the other tests.
 */
@TestPropertySource(properties = {"cxray.allow-private-targets=false", "cxray.workers=0"})
class PrivateTargetsRefusedTest extends ApiTestBase {

  @Test
  void internalTargetsAreRefused() {
    for (String target :
        new String[] {
          "git://127.0.0.1/repo.git",
          "https://localhost/repo.git",
          "ssh://10.1.2.3/repo.git",
          "git@192.168.1.20:team/repo.git",
          "https://169.254.169.254/latest/meta-data",
          "https://[::1]/repo.git",
          "https://[fd00::1]/repo.git",
          "file:///etc"
        }) {
      JsonNode error =
          api.post("/v1/scans", ROOT_KEY, "{\"type\": [\"cve\"], \"target\": \"" + target + "\"}")
              .expectError(400, "INVALID_REQUEST")
              .json()
              .path("error");
      assertThat(error.path("details").path("field").asText()).as(target).isEqualTo("target");
      assertThat(error.path("details").path("value").asText()).isEqualTo(target);
    }
    assertThat(jdbcCountOfScans()).isZero();
  }

  private int jdbcCountOfScans() {
    return jdbc.sql("SELECT count(*) FROM scans WHERE target LIKE '%169.254%'")
        .query(Integer.class)
        .single();
  }
}
