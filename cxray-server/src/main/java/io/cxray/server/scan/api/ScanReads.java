package io.cxray.server.scan.api;

import io.cxray.core.model.Severity;
import io.cxray.core.scan.ScanType;
import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.id.Ids;
import io.cxray.server.persistence.KeysetCursor;
import io.cxray.server.scan.ScanProperties;
import io.cxray.server.scan.ScanStatus;
import io.cxray.server.scan.queue.ScanWorkers;
import io.cxray.server.scan.store.FindingFilter;
import io.cxray.server.scan.store.FindingRepository;
import io.cxray.server.scan.store.ReportRepository;
import io.cxray.server.scan.store.ScanFilter;
import io.cxray.server.scan.store.ScanRecord;
import io.cxray.server.scan.store.ScanRepository;
import io.cxray.server.scan.store.StoredFinding;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reading, listing and deleting scans, their findings and their SARIF. */
@Service
class ScanReads {

  private final ScanRepository scans;
  private final FindingRepository findings;
  private final ReportRepository reports;
  private final ScanWorkers workers;
  private final ScanProperties properties;

  ScanReads(
      ScanRepository scans,
      FindingRepository findings,
      ReportRepository reports,
      ScanWorkers workers,
      ScanProperties properties) {
    this.scans = scans;
    this.findings = findings;
    this.reports = reports;
    this.workers = workers;
    this.properties = properties;
  }

  ScanRecord get(String organizationId, String scanId) {
    checkId(scanId);
    return scans
        .find(organizationId, scanId)
        .orElseThrow(() -> ApiException.notFound("Scan", scanId));
  }

  ScanDetailView detail(String organizationId, String scanId) {
    ScanRecord scan = get(organizationId, scanId);
    int inline = properties.scans().inlineFindings();
    List<StoredFinding> first =
        findings.page(scan.id(), new FindingFilter(null, null, null, null), -1, inline + 1);
    boolean more = first.size() > inline;
    List<Map<String, Object>> shown =
        first.stream().limit(inline).map(StoredFinding::body).toList();
    return new ScanDetailView(ScanView.of(scan), shown, more, scan.warnings());
  }

  /** The SARIF of a completed scan; 409 while the scan has none (not completed). */
  String sarif(String organizationId, String scanId) {
    ScanRecord scan = get(organizationId, scanId);
    return reports
        .sarif(scan.id())
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.CONFLICT,
                    "SARIF is available once the scan has completed; it is " + scan.status(),
                    Map.of("status", scan.status())));
  }

  Page<ScanRecord> list(
      String organizationId,
      String projectId,
      String status,
      String type,
      String since,
      PageRequest page) {
    if (projectId != null && !Ids.PROJECT.isWellFormed(projectId)) {
      throw ApiException.invalid("projectId", projectId, "Not a project id");
    }
    if (status != null && ScanStatus.parse(status).isEmpty()) {
      throw ApiException.invalid(
          "status", status, "status: one of queued, running, completed, failed, cancelled");
    }
    if (type != null && ScanType.parse(type).filter(t -> t.id().equals(type)).isEmpty()) {
      throw ApiException.invalid("type", type, "Invalid scan type specified");
    }
    return scans.list(
        organizationId, new ScanFilter(projectId, status, type, parseSince(since)), page);
  }

  Page<Map<String, Object>> findings(
      String organizationId,
      String scanId,
      String type,
      String severity,
      String packageName,
      String rule,
      Integer limit,
      String cursor) {
    ScanRecord scan = get(organizationId, scanId);
    PageRequest page = PageRequest.of(limit, null);
    int after = afterSeq(scan.id(), cursor);
    if (type != null && !type.equals("cve") && !type.equals("cce")) {
      throw ApiException.invalid("type", type, "type: cve or cce");
    }
    String severityName = null;
    if (severity != null) {
      severityName =
          Severity.parse(severity)
              .map(Severity::name)
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          "severity", severity, "severity: critical, high, medium, low ..."));
    }
    List<StoredFinding> rows =
        findings.page(
            scan.id(),
            new FindingFilter(type, severityName, packageName, rule),
            after,
            page.limit() + 1);
    String next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      next =
          new KeysetCursor(Instant.ofEpochMilli(rows.get(rows.size() - 1).seq()), scan.id())
              .encode();
    }
    return new Page<>(rows.stream().map(StoredFinding::body).toList(), page.limit(), next);
  }

  /**
   * Cancels the scan if it is queued or runs, then deletes it (docs/scans.md, "Cancellation"): it
   * is marked {@code cancelled} first, which stops every worker's claim, renewal and result; a
   * worker here is told at once and waited for; one in another instance stops at its next lease
   * renewal.
   */
  void delete(String organizationId, String scanId) {
    checkId(scanId);
    if (scans.markCancelled(organizationId, scanId)) {
      workers.cancel(scanId);
    }
    if (!scans.delete(organizationId, scanId)) {
      throw ApiException.notFound("Scan", scanId);
    }
  }

  /**
   * Findings pages use the keyset cursor's position for the finding's sequence number and its id
   * for the scan, so a cursor of one scan is refused on another.
   */
  private static int afterSeq(String scanId, String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return -1;
    }
    return KeysetCursor.decode(cursor)
        .filter(c -> c.id().equals(scanId))
        .map(c -> (int) c.createdAt().toEpochMilli())
        .orElseThrow(() -> ApiException.invalid("cursor", cursor, "cursor is not valid"));
  }

  private static Instant parseSince(String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          "since", since, "since: an ISO-8601 UTC timestamp, e.g. 2026-01-15T10:30:00Z");
    }
  }

  private static void checkId(String scanId) {
    if (!Ids.SCAN.isWellFormed(scanId)) {
      throw ApiException.invalid("scanId", scanId, "Not a scan id");
    }
  }
}
