package io.cxray.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxray.server.id.Ids;
import io.cxray.server.scan.store.ScanRepository;
import io.cxray.server.testsupport.GitDaemon;
import io.cxray.server.testsupport.ScanEventRecorder;
import io.cxray.server.testsupport.TestRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker that dies mid-scan: its job stays 'running' with a lease nobody renews. Once the lease
 * expires another worker takes the job over and completes it, exactly once; the dead worker's late
 * results are refused.
 */
class ScanTakeoverTest extends ScanTestBase {

  private static final String REPO = "takeover-" + System.nanoTime() + ".git";
  private static final String DEAD = "inst_deadworker00-w0";

  @Autowired ScanEventRecorder events;
  @Autowired ScanRepository scans;

  @BeforeAll
  static void repository() {
    try (TestRepository repo = TestRepository.create(GitDaemon.get().directory(REPO), "main")) {
      repo.commit("first", ProjectFiles.all());
    }
  }

  @Test
  void expiredLeaseIsTakenOverAndCompletedOnce() {
    String scanId = insertClaimedByDeadWorker(1);
    JsonNode scan = awaitEnd(scanId);
    assertThat(scan.path("status").asText()).as(scan.toString()).isEqualTo("completed");
    Map<String, Object> row =
        jdbc.sql("SELECT attempts, lease_owner FROM scans WHERE id = ?")
            .param(scanId)
            .query()
            .singleRow();
    assertThat(row.get("attempts")).isEqualTo(2);
    assertThat(row.get("lease_owner")).isNull();
    List<String> types = events.of(scanId).stream().map(e -> e.type()).toList();
    assertThat(types).containsExactly("scan.completed");
    int findings = findingCount(scanId);
    assertThat(findings).isGreaterThan(0);

    // The dead worker comes back with results: refused, nothing changes.
    assertThat(scans.complete(scanId, DEAD, Map.of("components", 0), List.of(), null)).isFalse();
    assertThat(scans.fail(scanId, DEAD, "INTERNAL_ERROR", "late")).isFalse();
    assertThat(scans.renew(scanId, DEAD, java.time.Duration.ofSeconds(30))).isFalse();
    JsonNode after = api.get("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200).data();
    assertThat(after.path("status").asText()).isEqualTo("completed");
    assertThat(after.path("summary")).isEqualTo(scan.path("summary"));
    assertThat(findingCount(scanId)).isEqualTo(findings);
  }

  @Test
  void aJobWhoseWorkersKeepDyingIsGivenUp() {
    String scanId = insertClaimedByDeadWorker(3);
    JsonNode failed = awaitFailure(scanId, "WORKER_LOST");
    assertThat(failed.path("error").path("message").asText()).contains("interrupted");
  }

  @Test
  void aLiveLeaseIsNotTakenOver() {
    String scanId = Ids.SCAN.newId();
    insert(scanId, "clock_timestamp() + interval '1 hour'", 1);
    sleep(1500);
    Map<String, Object> row =
        jdbc.sql("SELECT status, lease_owner, attempts FROM scans WHERE id = ?")
            .param(scanId)
            .query()
            .singleRow();
    assertThat(row.get("status")).isEqualTo("running");
    assertThat(row.get("lease_owner")).isEqualTo(DEAD);
    assertThat(row.get("attempts")).isEqualTo(1);
    api.delete("/v1/scans/{scanId}", ROOT_KEY, scanId).expect(200);
  }

  private String insertClaimedByDeadWorker(int attempts) {
    String scanId = Ids.SCAN.newId();
    insert(scanId, "clock_timestamp() - interval '1 second'", attempts);
    return scanId;
  }

  private void insert(String scanId, String leaseExpiry, int attempts) {
    String projectId = createProject(ROOT_KEY, unique("takeover"));
    String organizationId =
        jdbc.sql("SELECT organization_id FROM projects WHERE id = ?")
            .param(projectId)
            .query(String.class)
            .single();
    jdbc.sql(
            "INSERT INTO scans (id, organization_id, project_id, types, target_kind, target,"
                + " status, progress, created_at, started_at, lease_owner, lease_expires_at,"
                + " attempts) VALUES (?, ?, ?, ?, 'git', ?, 'running', 40, clock_timestamp(),"
                + " clock_timestamp(), ?, "
                + leaseExpiry
                + ", ?)")
        .params(
            scanId,
            organizationId,
            projectId,
            new String[] {"cve", "cce"},
            GitDaemon.get().url(REPO),
            DEAD,
            attempts)
        .update();
  }

  private int findingCount(String scanId) {
    return jdbc.sql("SELECT count(*) FROM scan_findings WHERE scan_id = ?")
        .param(scanId)
        .query(Integer.class)
        .single();
  }
}
