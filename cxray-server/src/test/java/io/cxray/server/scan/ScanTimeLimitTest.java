package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The per-scan time limit stops the pipeline: with a limit of a few seconds and a tree that takes
 * far longer, the scan fails TIMED_OUT and no pipeline is left running once it has.
 */
@TestPropertySource(properties = "cxray.scans.time-limit=PT4S")
class ScanTimeLimitTest extends BigScanTestBase {

  @Test
  void theTimeLimitStopsThePipeline() {
    String scanId = submitBig();
    JsonNode failed = awaitFailure(scanId, "TIMED_OUT");

    // The failure is recorded after the pipeline stopped.
    assertThat(pipelineThreads()).isEmpty();
    Duration ran =
        Duration.between(
            Instant.parse(failed.path("startedAt").asText()),
            Instant.parse(failed.path("completedAt").asText()));
    assertThat(ran).isLessThan(Duration.ofSeconds(30));
    assertThat(count("scan_findings", scanId)).isZero();
    assertThat(events.of(scanId).stream().map(e -> e.type()).toList())
        .containsExactly("scan.started", "scan.failed");
  }
}
