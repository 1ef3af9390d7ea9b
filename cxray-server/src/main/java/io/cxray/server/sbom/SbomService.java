package io.cxray.server.sbom;

import io.cxray.core.model.Package;
import io.cxray.core.sbom.CycloneDxVersion;
import io.cxray.core.sbom.CycloneDxVexWriter;
import io.cxray.core.sbom.CycloneDxWriter;
import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SbomQualityAnalyzer;
import io.cxray.core.sbom.SbomQualityReport;
import io.cxray.core.sbom.SbomReadResult;
import io.cxray.core.sbom.SbomReader;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.id.Ids;
import io.cxray.server.project.ProjectRepository;
import io.cxray.server.webhook.EventOutbox;
import io.cxray.server.webhook.WebhookEventTypes;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses, stores and renders SBOM documents, and completes or fails the ones scans generate. The
 * generations from uploads and git targets ({@link ArchiveSbomGenerations}, {@link
 * GitSbomGenerations}) store through it.
 */
@Service
public class SbomService {

  static final String ANALYZED = "analyzed";
  static final String GENERATED = "generated";

  private final SbomRepository sboms;
  private final ProjectRepository projects;
  private final SbomAnalyzer analyzer;
  private final SbomReader reader;
  private final JsonMapper json;
  private final EventOutbox outbox;
  private final TransactionTemplate transactions;

  public SbomService(
      SbomRepository sboms,
      ProjectRepository projects,
      SbomAnalyzer analyzer,
      SbomProperties properties,
      JsonMapper json,
      EventOutbox outbox,
      TransactionTemplate transactions) {
    this.sboms = sboms;
    this.projects = projects;
    this.analyzer = analyzer;
    this.reader = new SbomReader(Math.toIntExact(properties.maxDocumentSize().toBytes()));
    this.json = json;
    this.outbox = outbox;
    this.transactions = transactions;
  }

  /** Reads, matches and stores a document; bad documents are 400 (413 when too large). */
  public SbomAnalysisView analyze(String organizationId, String projectId, byte[] content) {
    checkProject(organizationId, projectId);
    SbomReadResult.Success read = read(content);
    SbomAnalysis analysis = analyzer.analyze(read.document(), read.warnings());
    SbomRecord stored =
        store(
            new SbomToStore(
                organizationId,
                projectId,
                ANALYZED,
                read.format().format().id(),
                read.format().specVersion(),
                content,
                read.document(),
                analysis.quality(),
                null));
    return new SbomAnalysisView(
        stored.id(),
        stored.projectId(),
        stored.inputFormat(),
        stored.inputSpecVersion(),
        ComponentView.flatten(read.document().components()),
        findingViews(analysis),
        LicenseSummaryView.of(analysis.quality().licenses()),
        QualityView.of(analysis.quality()),
        analysis.warnings(),
        stored.createdAt());
  }

  /** The findings' views, each package's view made once. */
  private static List<FindingView> findingViews(SbomAnalysis analysis) {
    Map<Package, FindingComponentView> components = new IdentityHashMap<>();
    return analysis.marked().stream()
        .map(
            m ->
                FindingView.of(
                    m, components.computeIfAbsent(m.finding().pkg(), FindingComponentView::of)))
        .toList();
  }

  /**
   * Stores an SBOM generated from an upload and publishes {@code sbom.generated}, in one
   * transaction: the event exists exactly when the SBOM does.
   */
  SbomRecord storeGenerated(
      String organizationId,
      String projectId,
      SbomOutputFormat format,
      String specVersion,
      SbomDocument doc) {
    return transactions.execute(
        tx -> {
          SbomRecord r =
              store(
                  SbomToStore.generated(
                      organizationId,
                      projectId,
                      format,
                      specVersion,
                      doc,
                      SbomQualityAnalyzer.analyze(doc),
                      null));
          outbox.publish(
              organizationId, projectId, WebhookEventTypes.SBOM_GENERATED, SbomEvents.generated(r));
          return r;
        });
  }

  /**
   * A generation from a git target, accepted: the SBOM without its document yet, linked to the scan
   * that will produce it, in the requested format and version.
   */
  SbomRecord queuePending(
      String organizationId,
      String projectId,
      String scanId,
      SbomOutputFormat format,
      String specVersion) {
    return sboms.insert(
        new SbomRecord(
            Ids.SBOM.newId(),
            organizationId,
            projectId,
            GENERATED,
            format.id(),
            specVersion,
            null,
            null,
            null,
            null,
            null,
            null,
            SbomRecord.PENDING,
            scanId,
            null,
            null));
  }

  /**
   * Stores the SBOM a scan produced, in the caller's transaction, so that {@code GET
   * /v1/sbom/{sbomId}} serves it like any other. When the scan was queued by {@code POST
   * /v1/sbom/generate}, this completes that pending SBOM in the format asked for there; otherwise
   * it is a new SBOM in CycloneDX 1.6 JSON.
   */
  public SbomRecord storeScanSbom(
      String organizationId, String projectId, String scanId, SbomDocument doc) {
    SbomQualityReport quality = SbomQualityAnalyzer.analyze(doc);
    Optional<SbomRecord> pending = sboms.pendingForScan(scanId);
    if (pending.isPresent()) {
      SbomRecord p = pending.get();
      SbomOutputFormat format =
          SbomOutputFormat.fromId(p.inputFormat()).orElse(SbomOutputFormat.CYCLONEDX_JSON);
      return sboms.complete(
          record(
              p.id(),
              new SbomToStore(
                  organizationId,
                  projectId,
                  GENERATED,
                  p.inputFormat(),
                  p.inputSpecVersion(),
                  format.render(doc, p.inputSpecVersion()),
                  doc,
                  quality,
                  scanId)));
    }
    SbomOutputFormat format = SbomOutputFormat.CYCLONEDX_JSON;
    String specVersion = CycloneDxVersion.V1_6.spec();
    return store(
        SbomToStore.generated(
            organizationId, projectId, format, specVersion, doc, quality, scanId));
  }

  /** The scan failed: so does the SBOM it was generating, if any, with the scan's error. */
  public void failScanSbom(String scanId, String errorCode, String errorMessage) {
    sboms.failForScan(scanId, errorCode, errorMessage);
  }

  /**
   * The SBOM while it is being generated, or empty once it is there; a failed generation is 409
   * with the scan's error.
   */
  public Optional<SbomPendingView> pending(String organizationId, String sbomId) {
    SbomRecord r = lookup(organizationId, sbomId);
    failIfFailed(r);
    return SbomRecord.PENDING.equals(r.effectiveStatus())
        ? Optional.of(SbomPendingView.of(r))
        : Optional.empty();
  }

  public SbomDetailView detail(String organizationId, String sbomId) {
    SbomRecord r = find(organizationId, sbomId);
    QualityView quality = parse(r.qualityJson(), new TypeReference<QualityView>() {});
    return new SbomDetailView(
        r.id(),
        r.projectId(),
        r.source(),
        r.inputFormat(),
        r.inputSpecVersion(),
        quality.componentCount(),
        parse(r.licensesJson(), new TypeReference<LicenseSummaryView>() {}),
        quality,
        new String(r.originalDocument(), StandardCharsets.UTF_8),
        r.createdAt(),
        SbomRecord.COMPLETED,
        r.scanId());
  }

  /** The stored SBOM written in {@code format} at that format's default version. */
  public byte[] render(String organizationId, String sbomId, SbomOutputFormat format) {
    SbomRecord r = find(organizationId, sbomId);
    return format.render(reread(r.cyclonedxJson().getBytes(StandardCharsets.UTF_8)), null);
  }

  /**
   * The findings of the stored SBOM against today's advisories, as a CycloneDX 1.6 VEX document;
   * the SBOM's own VEX statements are the analyses of the findings they cover.
   */
  public String vex(String organizationId, String sbomId) {
    SbomRecord r = find(organizationId, sbomId);
    SbomDocument doc = reread(r.originalDocument());
    SbomAnalysis analysis = analyzer.analyze(doc, List.of());
    return CycloneDxVexWriter.writeJson(
        doc.metadata(), analysis.findings(), doc.vulnerabilities(), CycloneDxVersion.V1_6);
  }

  private SbomReadResult.Success read(byte[] content) {
    SbomReadResult result = reader.read(content);
    if (result instanceof SbomReadResult.Failure f) {
      throw SbomReadErrors.toApiError(f);
    }
    return (SbomReadResult.Success) result;
  }

  /** A document this server stored and read once already. */
  private SbomDocument reread(byte[] content) {
    SbomReadResult result = reader.read(content);
    if (result instanceof SbomReadResult.Failure f) {
      throw new IllegalStateException("Stored SBOM unreadable: " + f.error().message());
    }
    return ((SbomReadResult.Success) result).document();
  }

  private SbomRecord store(SbomToStore s) {
    return sboms.insert(record(Ids.SBOM.newId(), s));
  }

  private SbomRecord record(String id, SbomToStore s) {
    String cyclonedx =
        CycloneDxWriter.write(s.doc(), CycloneDxVersion.V1_6, CycloneDxWriter.Encoding.JSON);
    return new SbomRecord(
        id,
        s.organizationId(),
        s.projectId(),
        s.source(),
        s.format(),
        s.specVersion(),
        s.original(),
        cyclonedx,
        json.writeValueAsString(ComponentView.flatten(s.doc().components())),
        json.writeValueAsString(LicenseSummaryView.of(s.quality().licenses())),
        json.writeValueAsString(QualityView.of(s.quality())),
        null,
        SbomRecord.COMPLETED,
        s.scanId(),
        null,
        null);
  }

  /** A completed SBOM; 409 while it is pending or when its generation failed. */
  private SbomRecord find(String organizationId, String sbomId) {
    SbomRecord r = lookup(organizationId, sbomId);
    failIfFailed(r);
    if (SbomRecord.PENDING.equals(r.effectiveStatus())) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("field", "sbomId");
      details.put("value", sbomId);
      details.put("status", SbomRecord.PENDING);
      details.put("scanId", r.scanId());
      throw new ApiException(
          ErrorCode.CONFLICT,
          "The SBOM is still being generated; GET /v1/sbom/" + sbomId + " answers 202 until then",
          details);
    }
    return r;
  }

  private static void failIfFailed(SbomRecord r) {
    if (!SbomRecord.FAILED.equals(r.effectiveStatus())) {
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", "sbomId");
    details.put("value", r.id());
    details.put("status", SbomRecord.FAILED);
    if (r.scanId() != null) {
      details.put("scanId", r.scanId());
    }
    details.put("errorCode", r.effectiveErrorCode());
    details.put("errorMessage", r.effectiveErrorMessage());
    throw new ApiException(
        ErrorCode.CONFLICT,
        "The SBOM could not be generated: " + r.effectiveErrorMessage(),
        details);
  }

  private SbomRecord lookup(String organizationId, String sbomId) {
    if (!Ids.SBOM.isWellFormed(sbomId)) {
      throw ApiException.invalid("sbomId", sbomId, "Not an SBOM id");
    }
    return sboms
        .find(organizationId, sbomId)
        .orElseThrow(() -> ApiException.notFound("SBOM", sbomId));
  }

  void checkProject(String organizationId, String projectId) {
    if (projectId == null) {
      return;
    }
    if (!Ids.PROJECT.isWellFormed(projectId)) {
      throw ApiException.invalid("projectId", projectId, "Not a project id");
    }
    if (projects.find(organizationId, projectId).isEmpty()) {
      throw ApiException.notFound("Project", projectId);
    }
  }

  private <T> T parse(String text, TypeReference<T> type) {
    return json.readValue(text, type);
  }
}
