package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.core.scan.ScanPipeline;
import io.cxray.server.scan.store.ScanRepository;
import io.cxray.server.testsupport.ScanEventRecorder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Scans of a large uploaded tree (thousands of lockfiles), for the cancellation tests: a pipeline
 * that did not stop would still be running when their assertions look.
 */
@TestPropertySource(
    properties = {
      "cxray.http.max-upload-size=32MB",
      "cxray.scans.max-extracted-size=256MB",
      "cxray.scans.max-expansion-ratio=1000"
    })
abstract class BigScanTestBase extends ScanTestBase {

  private static byte[] bigArchive;

  @Autowired ScanEventRecorder events;
  @Autowired ScanRepository scans;

  @BeforeAll
  static synchronized void bigTree() {
    if (bigArchive == null) {
      bigArchive = Archives.tarGz(BigTrees.lockfiles(4000, 30), Map.of());
    }
  }

  String submitBig() {
    var created = upload("big.tar.gz", bigArchive, Map.of("type", "cve,cce")).expect(202).json();
    return created.path("scanId").asText();
  }

  /** Waits until the scan's pipeline has started (its tree is fetched). */
  void awaitPipeline(String scanId) {
    long until = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < until) {
      JsonNode data = api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200).data();
      assertThat(data.path("status").asText()).as(data.toString()).isIn("queued", "running");
      if (data.path("progress").asInt() >= 5) {
        return;
      }
      sleep(100);
    }
    throw new AssertionError("Scan " + scanId + " did not reach its pipeline in time");
  }

  /** Threads of this JVM that are inside {@link ScanPipeline#run} now. */
  static List<Thread> pipelineThreads() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(
            e ->
                Arrays.stream(e.getValue())
                    .anyMatch(
                        f ->
                            f.getClassName().equals(ScanPipeline.class.getName())
                                && f.getMethodName().equals("run")))
        .map(Map.Entry::getKey)
        .toList();
  }

  int count(String table, String scanId) {
    String column = table.equals("scans") ? "id" : "scan_id";
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?")
        .param(scanId)
        .query(Integer.class)
        .single();
  }
}
