package io.cxray.server.testsupport;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/** Starting advisory imports through the admin API and waiting for them. */
public final class ImportRuns {
  private ImportRuns() {}

  /** Starts an import and waits until it has finished; returns the run. */
  public static JsonNode importNow(ApiClient api, String adminKey) {
    String id =
        api.post("/v1/admin/advisories/import", adminKey, null)
            .expect(202)
            .data()
            .path("id")
            .asText();
    return await(api, adminKey, id);
  }

  /** Waits (up to two minutes) until run {@code id} has finished; returns it. */
  public static JsonNode await(ApiClient api, String adminKey, String id) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      for (JsonNode run :
          api.get("/v1/admin/advisories/import?limit=100", adminKey)
              .expect(200)
              .json()
              .path("data")) {
        if (run.path("id").asText().equals(id) && !run.path("finishedAt").isNull()) {
          return run;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return fail("import run " + id + " did not finish");
  }
}
