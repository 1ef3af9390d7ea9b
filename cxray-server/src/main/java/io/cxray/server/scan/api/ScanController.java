package io.cxray.server.scan.api;

import io.cxray.server.api.envelope.DeletedView;
import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.envelope.ListEnvelope;
import io.cxray.server.api.envelope.PageRequest;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.auth.ApiCaller;
import io.cxray.server.auth.RequiredScope;
import io.cxray.server.auth.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /v1/scans}. */
@RestController
@RequestMapping("/v1/scans")
@Tag(name = "Scans")
class ScanController {

  static final String SARIF = "application/sarif+json";

  private final ScanSubmissions submissions;
  private final ScanReads reads;

  ScanController(ScanSubmissions submissions, ScanReads reads) {
    this.submissions = submissions;
    this.reads = reads;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @RequiredScope(Scope.SCANS_WRITE)
  @Operation(
      summary = "Start a scan of a git repository (or, as multipart, of an uploaded archive)",
      description =
          "Queues the scan and answers at once; poll GET /v1/scans/{scanId} until its status is"
              + " completed, failed or cancelled.")
  ScanCreatedEnvelope create(
      @AuthenticationPrincipal ApiCaller caller, @RequestBody CreateScanRequest request) {
    ScanSubmission submission =
        new ScanSubmission(
            request.type(),
            request.target(),
            request.branch(),
            request.projectId(),
            request.commit(),
            request.accessToken(),
            request.sshKey(),
            null,
            null);
    return ScanCreatedEnvelope.of(
        ScanView.of(submissions.submit(caller.organizationId(), submission)));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @RequiredScope(Scope.SCANS_WRITE)
  @Operation(summary = "Start a scan of an uploaded archive (.zip or .tar.gz)")
  ScanCreatedEnvelope upload(
      @AuthenticationPrincipal ApiCaller caller,
      @Parameter(description = "The archive: .zip or .tar.gz") @RequestPart("file")
          MultipartFile file,
      @Parameter(description = "Scan types; repeat the field or separate with commas")
          @RequestParam("type")
          List<String> type,
      @RequestParam(required = false) String projectId) {
    ScanSubmission submission =
        new ScanSubmission(
            splitTypes(type), null, null, projectId, null, null, bytes(file), fileName(file));
    return ScanCreatedEnvelope.of(
        ScanView.of(submissions.submit(caller.organizationId(), submission)));
  }

  @GetMapping
  @RequiredScope(Scope.SCANS_READ)
  @Operation(summary = "List scans, newest first")
  ListEnvelope<ScanView> list(
      @AuthenticationPrincipal ApiCaller caller,
      @RequestParam(required = false) String projectId,
      @Parameter(description = "queued, running, completed, failed or cancelled")
          @RequestParam(required = false)
          String status,
      @Parameter(description = "cve, cce or sbom: scans that include this type")
          @RequestParam(required = false)
          String type,
      @Parameter(description = "Scans created at or after this UTC instant (ISO-8601)")
          @RequestParam(required = false)
          String since,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        reads.list(
            caller.organizationId(), projectId, status, type, since, PageRequest.of(limit, cursor)),
        ScanView::of);
  }

  @GetMapping("/{scanId}")
  @RequiredScope(Scope.SCANS_READ)
  @Operation(
      summary = "Get a scan: status, progress, summary and findings",
      description =
          "With ?format=sarif, or Accept: application/sarif+json, answers the scan's SARIF 2.1.0"
              + " log instead (409 until the scan has completed).")
  @ApiResponse(
      responseCode = "200",
      description = "The scan, or its SARIF",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ScanDetailEnvelope.class)),
        @Content(
            mediaType = SARIF,
            schema = @Schema(type = "object", description = "A SARIF 2.1.0 log"))
      })
  @ApiResponse(responseCode = "409", description = "SARIF asked for before the scan completed")
  ResponseEntity<Object> get(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String scanId,
      @Parameter(description = "sarif: answer the SARIF 2.1.0 log") @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    if (wantsSarif(format, accept)) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(SARIF))
          .body(reads.sarif(caller.organizationId(), scanId));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(ScanDetailEnvelope.of(reads.detail(caller.organizationId(), scanId)));
  }

  @GetMapping("/{scanId}/findings")
  @RequiredScope(Scope.SCANS_READ)
  @Operation(summary = "Page through a scan's findings")
  ListEnvelope<Map<String, Object>> findings(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String scanId,
      @Parameter(description = "cve or cce") @RequestParam(required = false) String type,
      @Parameter(description = "critical, high, medium, low, none or unknown")
          @RequestParam(required = false)
          String severity,
      @Parameter(description = "Package name (cve findings)")
          @RequestParam(name = "package", required = false)
          String packageName,
      @Parameter(description = "Rule id (cce findings)") @RequestParam(required = false)
          String rule,
      @Parameter(description = "1-100, default 20") @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return ListEnvelope.of(
        reads.findings(
            caller.organizationId(), scanId, type, severity, packageName, rule, limit, cursor),
        f -> f);
  }

  @DeleteMapping("/{scanId}")
  @RequiredScope(Scope.SCANS_WRITE)
  @Operation(summary = "Cancel a scan if it runs, then delete it and its findings")
  Envelope<DeletedView> delete(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String scanId) {
    reads.delete(caller.organizationId(), scanId);
    return Envelope.of(DeletedView.of(scanId));
  }

  private static boolean wantsSarif(String format, String accept) {
    if (format != null) {
      if (format.equals("sarif")) {
        return true;
      }
      if (!format.equals("json")) {
        throw ApiException.invalid("format", format, "format: json or sarif");
      }
      return false;
    }
    return accept != null && accept.contains(SARIF);
  }

  private static List<String> splitTypes(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fileName(MultipartFile file) {
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank()) {
      return "upload";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    return base.length() > 200 ? base.substring(0, 200) : base;
  }
}
