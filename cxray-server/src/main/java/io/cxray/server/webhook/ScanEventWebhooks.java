package io.cxray.server.webhook;

import io.cxray.server.scan.ScanEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the scan queue's events into webhook events in the outbox. Scan events are published
 * synchronously inside the transaction that changes the scan, so the outbox rows commit (or roll
 * back) with that change: no event is lost and none is sent for a change that did not happen.
 *
 * <p>{@code vulnerability.found} (API.md): once per completed scan that found vulnerabilities the
 * project's previous completed scan did not have, listing them. A vulnerability is the pair
 * (advisory id, package URL), so a new vulnerable version of a known package counts as new.
 */
@Component
class ScanEventWebhooks {
  private final EventOutbox outbox;
  private final JdbcClient jdbc;

  ScanEventWebhooks(EventOutbox outbox, JdbcClient jdbc) {
    this.outbox = outbox;
    this.jdbc = jdbc;
  }

  @EventListener
  void on(ScanEvent event) {
    outbox.publish(event.organizationId(), event.projectId(), event.type(), event.data());
    if (ScanEvent.COMPLETED.equals(event.type())) {
      List<Map<String, Object>> found = newVulnerabilities(event);
      if (!found.isEmpty()) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scanId", event.scanId());
        data.put("projectId", event.projectId());
        data.put("count", found.size());
        data.put("vulnerabilities", found);
        outbox.publish(
            event.organizationId(), event.projectId(), WebhookEventTypes.VULNERABILITY_FOUND, data);
      }
    }
  }

  private List<Map<String, Object>> newVulnerabilities(ScanEvent event) {
    return jdbc.sql(
            """
            SELECT f.finding_id, f.severity, f.body -> 'package' ->> 'purl' AS purl
            FROM scan_findings f
            WHERE f.scan_id = :scan AND f.type = 'cve'
              AND NOT EXISTS (
                SELECT 1 FROM scan_findings p
                WHERE p.scan_id = (
                    SELECT s.id FROM scans s
                    WHERE s.project_id = :project AND s.status = 'completed' AND s.id <> :scan
                    ORDER BY s.completed_at DESC, s.id DESC LIMIT 1)
                  AND p.type = 'cve'
                  AND p.finding_id = f.finding_id
                  AND p.body -> 'package' ->> 'purl' = f.body -> 'package' ->> 'purl')
            ORDER BY f.seq
            """)
        .param("scan", event.scanId())
        .param("project", event.projectId())
        .query(
            (rs, i) -> {
              Map<String, Object> v = new LinkedHashMap<>();
              v.put("id", rs.getString("finding_id"));
              v.put("severity", rs.getString("severity"));
              v.put("purl", rs.getString("purl"));
              return v;
            })
        .list();
  }
}
