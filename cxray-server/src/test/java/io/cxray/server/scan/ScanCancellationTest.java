package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * DELETE of a running scan: the scan is marked {@code cancelled}, its pipeline stops at the next
 * file or package, and the row and its findings go.
 */
class ScanCancellationTest extends BigScanTestBase {

  @Test
  void deleteStopsTheRunningPipelineThenRemovesTheScan() {
    String scanId = submitBig();
    awaitPipeline(scanId);
    assertThat(pipelineThreads()).as("the pipeline runs").isNotEmpty();

    api.delete("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200);

    // DELETE returned after the worker here stopped: no pipeline is left running.
    assertThat(pipelineThreads()).isEmpty();
    api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(404);
    assertThat(count("scans", scanId)).isZero();
    assertThat(count("scan_findings", scanId)).isZero();
    assertThat(events.of(scanId).stream().map(e -> e.type()).toList())
        .containsExactly("scan.started");
  }

  @Test
  void aScanCancelledByAnotherInstanceShowsCancelledAndStopsAtTheNextRenewal() {
    String scanId = submitBig();
    awaitPipeline(scanId);
    String organizationId =
        jdbc.sql("SELECT organization_id FROM scans WHERE id = ?")
            .param(scanId)
            .query(String.class)
            .single();

    // What DELETE on another instance does first; that instance then deletes the row.
    assertThat(scans.markCancelled(organizationId, scanId)).isTrue();
    JsonNode cancelled = api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200).data();
    assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.path("completedAt").asText()).isNotBlank();

    // The worker here learns it at its next lease renewal (every second with the test lease).
    long until = System.currentTimeMillis() + 60_000;
    while (!pipelineThreads().isEmpty() && System.currentTimeMillis() < until) {
      sleep(100);
    }
    assertThat(pipelineThreads()).as("the pipeline stopped").isEmpty();
    JsonNode after = api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200).data();
    assertThat(after.path("status").asText()).isEqualTo("cancelled");
    assertThat(count("scan_findings", scanId)).isZero();

    api.delete("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200);
    api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(404);
    assertThat(events.of(scanId).stream().map(e -> e.type()).toList())
        .containsExactly("scan.started");
  }
}
