package io.cxray.server.scan.queue;

import io.cxray.core.model.MisconfigFinding;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.scan.ScanReport;
import io.cxray.core.scan.report.FindingViews;
import io.cxray.core.scan.report.JsonReportWriter;
import io.cxray.core.scan.report.SarifReportWriter;
import io.cxray.server.project.ProjectRepository;
import io.cxray.server.sbom.SbomEvents;
import io.cxray.server.sbom.SbomRecord;
import io.cxray.server.sbom.SbomService;
import io.cxray.server.scan.ScanErrorCode;
import io.cxray.server.scan.ScanEvent;
import io.cxray.server.scan.ScanProperties;
import io.cxray.server.scan.store.FindingRepository;
import io.cxray.server.scan.store.ReportRepository;
import io.cxray.server.scan.store.ScanRecord;
import io.cxray.server.scan.store.ScanRepository;
import io.cxray.server.scan.store.StoredFinding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue's transactions: claim a job, and record its end. Each publishes its {@link ScanEvent}
 * in the same transaction. Terminal updates are conditional on the lease owner: when another worker
 * took the job over, the stale worker's results are rolled back, so a scan completes once.
 */
@Component
public class ScanQueue {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_STORED_WARNINGS = 200;

  private final ScanRepository scans;
  private final FindingRepository findings;
  private final ReportRepository reports;
  private final SbomService sboms;
  private final ProjectRepository projects;
  private final ApplicationEventPublisher events;
  private final ScanProperties properties;

  public ScanQueue(
      ScanRepository scans,
      FindingRepository findings,
      ReportRepository reports,
      SbomService sboms,
      ProjectRepository projects,
      ApplicationEventPublisher events,
      ScanProperties properties) {
    this.scans = scans;
    this.findings = findings;
    this.reports = reports;
    this.sboms = sboms;
    this.projects = projects;
    this.events = events;
    this.properties = properties;
  }

  /**
   * The next job for {@code owner}, or empty. A job claimed more than {@code maxAttempts} times
   * (its workers kept dying) is failed with WORKER_LOST instead of being run again.
   */
  @Transactional
  public Optional<ScanRecord> claim(String owner) {
    while (true) {
      Optional<ScanRecord> claimed = scans.claim(owner, properties.scans().lease());
      if (claimed.isEmpty()) {
        return claimed;
      }
      ScanRecord scan = claimed.get();
      if (scan.attempts() > properties.scans().maxAttempts()) {
        failed(
            scan,
            owner,
            ScanErrorCode.WORKER_LOST,
            "The scan was interrupted " + (scan.attempts() - 1) + " times and was given up");
        continue;
      }
      if (scan.attempts() == 1) {
        events.publishEvent(event(ScanEvent.STARTED, scan, Map.of("status", "running")));
      }
      return claimed;
    }
  }

  /** Stores the results; false (and nothing stored) when {@code owner} lost the job. */
  @Transactional
  public boolean completed(ScanRecord scan, String owner, ScanReport report, String toolVersion) {
    findings.replaceAll(scan.id(), storedFindings(report));
    reports.put(scan.id(), SarifReportWriter.write(report, toolVersion));
    SbomRecord sbom =
        report.sbom() == null
            ? null
            : sboms.storeScanSbom(
                scan.organizationId(), scan.projectId(), scan.id(), report.sbom());
    String sbomId = sbom == null ? null : sbom.id();
    Map<String, Object> summary = JsonReportWriter.summary(report.summary());
    List<String> warnings =
        report.warnings().size() > MAX_STORED_WARNINGS
            ? report.warnings().subList(0, MAX_STORED_WARNINGS)
            : report.warnings();
    if (!scans.complete(scan.id(), owner, summary, warnings, sbomId)) {
      throw new LeaseLostException(scan.id());
    }
    Map<String, Object> latest = new LinkedHashMap<>();
    latest.put("scanId", scan.id());
    latest.put("status", "completed");
    latest.put("completedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    latest.put("summary", summary);
    projects.setLatestScan(scan.projectId(), JSON.writeValueAsString(latest));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("status", "completed");
    data.put("summary", summary);
    data.put("sbomId", sbomId);
    if (sbom != null) {
      events.publishEvent(event(ScanEvent.SBOM_GENERATED, scan, SbomEvents.generated(sbom)));
    }
    events.publishEvent(event(ScanEvent.COMPLETED, scan, data));
    return true;
  }

  /** Fails the scan; false when {@code owner} lost the job. */
  @Transactional
  public boolean failed(ScanRecord scan, String owner, ScanErrorCode code, String message) {
    if (!scans.fail(scan.id(), owner, code.name(), message)) {
      return false;
    }
    sboms.failScanSbom(scan.id(), code.name(), message);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("status", "failed");
    data.put("errorCode", code.name());
    data.put("errorMessage", message);
    events.publishEvent(event(ScanEvent.FAILED, scan, data));
    return true;
  }

  private static ScanEvent event(String type, ScanRecord scan, Map<String, Object> extra) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("scanId", scan.id());
    data.put("projectId", scan.projectId());
    data.putAll(extra);
    return new ScanEvent(type, scan.organizationId(), scan.projectId(), scan.id(), data);
  }

  static List<StoredFinding> storedFindings(ScanReport report) {
    List<StoredFinding> out = new ArrayList<>();
    for (VulnerabilityFinding f : report.vulnerabilities()) {
      out.add(
          new StoredFinding(
              out.size(),
              "cve",
              f.severity().name(),
              f.advisoryId(),
              f.pkg().name(),
              null,
              FindingViews.vulnerabilityAsMap(f)));
    }
    for (MisconfigFinding f : report.misconfigurations()) {
      out.add(
          new StoredFinding(
              out.size(),
              "cce",
              f.severity().name(),
              f.ruleId(),
              null,
              f.ruleId(),
              FindingViews.misconfiguration(f)));
    }
    return out;
  }
}
