package io.cxray.server.sbom;

import io.cxray.server.api.envelope.Envelope;
import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.api.web.PayloadTooLargeException;
import io.cxray.server.auth.ApiCaller;
import io.cxray.server.auth.RequiredScope;
import io.cxray.server.auth.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code /v1/sbom}. The upload handlers read the request themselves: a document may come with any
 * content type (curl's default form type included), so no message converter may touch the body, and
 * query parameters are read from the query string only, never from a form body.
 */
@RestController
@RequestMapping("/v1/sbom")
@Tag(name = "SBOM")
class SbomController {

  private static final String CYCLONEDX_JSON = "application/vnd.cyclonedx+json";
  private static final String CYCLONEDX_XML = "application/vnd.cyclonedx+xml";
  private static final String SPDX_JSON = "application/spdx+json";

  private final SbomService sboms;
  private final GenerateRequests generateRequests;
  private final GitSbomGenerations gitGenerations;
  private final ArchiveSbomGenerations archiveGenerations;

  SbomController(
      SbomService sboms,
      GenerateRequests generateRequests,
      GitSbomGenerations gitGenerations,
      ArchiveSbomGenerations archiveGenerations) {
    this.sboms = sboms;
    this.generateRequests = generateRequests;
    this.gitGenerations = gitGenerations;
    this.archiveGenerations = archiveGenerations;
  }

  @PostMapping("/analyze")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiredScope(Scope.SBOM_WRITE)
  @Operation(
      summary = "Analyse an existing SBOM",
      description =
          "The body is the document (CycloneDX 1.2-1.6 JSON or XML, SPDX 2.2/2.3 JSON or"
              + " tag-value), with any content type, or a multipart form with the document as"
              + " `file`. The format is detected from the content.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(mediaType = "application/json", schema = @Schema(type = "object")),
                @Content(mediaType = "application/xml", schema = @Schema(type = "string")),
                @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                @Content(
                    mediaType = "multipart/form-data",
                    schema = @Schema(implementation = UploadForm.class))
              }))
  @ApiResponse(responseCode = "404", description = "projectId names no project of the organization")
  @Parameter(
      name = "projectId",
      in = ParameterIn.QUERY,
      description = "File the SBOM under this project (optional)")
  Envelope<SbomAnalysisView> analyze(
      @AuthenticationPrincipal ApiCaller caller, HttpServletRequest request) {
    byte[] document = upload(request, false);
    return Envelope.of(
        sboms.analyze(
            caller.organizationId(), QueryParameters.get(request, "projectId"), document));
  }

  @PostMapping("/generate")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @RequiredScope(Scope.SBOM_WRITE)
  @Operation(
      summary = "Generate an SBOM from a git repository or an uploaded archive",
      description =
          "JSON `{target, branch, format, specVersion, projectId}`: the repository is queued as a"
              + " scan of type sbom (status `pending`, with `scanId`); GET /v1/sbom/{sbomId}"
              + " answers 202 until the scan completes, then the document, or 409 with the scan's"
              + " error. Multipart form: `file` (.zip or .tar.gz) and optional `format`,"
              + " `specVersion`, `projectId`: generated before the answer (status `completed`).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "multipart/form-data",
                    schema = @Schema(implementation = GenerateForm.class)),
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = GenerateRequest.class))
              }))
  @ApiResponse(responseCode = "404", description = "projectId names no project of the organization")
  Envelope<GeneratedSbomView> generate(
      @AuthenticationPrincipal ApiCaller caller, HttpServletRequest request) {
    GenerateRequests.Parsed parsed = generateRequests.parse(request);
    if (parsed instanceof GenerateRequests.Git git) {
      return Envelope.of(gitGenerations.generate(caller.organizationId(), git.request()));
    }
    GenerateRequests.Upload upload = (GenerateRequests.Upload) parsed;
    return Envelope.of(
        archiveGenerations.generate(
            caller.organizationId(),
            upload.projectId(),
            upload.archive(),
            upload.fileName(),
            upload.format(),
            upload.specVersion()));
  }

  @GetMapping("/{sbomId}")
  @RequiredScope(Scope.SBOM_READ)
  @Operation(
      summary = "Get an SBOM",
      description =
          "The envelope with metadata and the document as stored, unless Accept names an SBOM"
              + " format: application/vnd.cyclonedx+json or +xml (CycloneDX 1.6) or"
              + " application/spdx+json (SPDX 2.3) return the raw document in that format. An"
              + " Accept that allows none of these nor JSON is 400. While a git target's SBOM is"
              + " being generated: 202 with its status, whatever the Accept; when its scan"
              + " failed: 409 with the scan's error code and message in details.")
  @ApiResponse(
      responseCode = "202",
      description = "Still being generated (status pending, the scan doing it)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = SbomPendingView.Enveloped.class)))
  @ApiResponse(
      responseCode = "409",
      description = "The generation failed (details.errorCode, details.errorMessage)")
  @ApiResponse(
      responseCode = "200",
      description = "The SBOM",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = SbomDocumentEnvelope.class)),
        @Content(mediaType = CYCLONEDX_JSON, schema = @Schema(type = "object")),
        @Content(mediaType = CYCLONEDX_XML, schema = @Schema(type = "string")),
        @Content(mediaType = SPDX_JSON, schema = @Schema(type = "object"))
      })
  ResponseEntity<Object> get(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String sbomId,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
          String accept) {
    Optional<SbomOutputFormat> chosen = AcceptedSbomFormat.choose(accept);
    Optional<SbomPendingView> pending = sboms.pending(caller.organizationId(), sbomId);
    if (pending.isPresent()) {
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .contentType(MediaType.APPLICATION_JSON)
          .header(HttpHeaders.RETRY_AFTER, "2")
          .body(SbomPendingView.Enveloped.of(pending.get()));
    }
    return chosen
        .<ResponseEntity<Object>>map(
            format ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(format.mediaType()))
                    .body(sboms.render(caller.organizationId(), sbomId, format)))
        .orElseGet(
            () ->
                ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(SbomDocumentEnvelope.of(sboms.detail(caller.organizationId(), sbomId))));
  }

  @GetMapping(value = "/{sbomId}/vex")
  @RequiredScope(Scope.SBOM_READ)
  @Operation(
      summary = "The SBOM's vulnerabilities as a CycloneDX 1.6 VEX document",
      description =
          "Matched against the current advisory data; the SBOM's own VEX statements give the"
              + " analysis of the findings they cover, the others are in_triage.")
  @ApiResponse(
      responseCode = "409",
      description = "The SBOM is still being generated, or its generation failed")
  @ApiResponse(
      responseCode = "200",
      description = "A CycloneDX VEX document",
      content = {
        @Content(mediaType = CYCLONEDX_JSON, schema = @Schema(type = "object")),
        @Content(mediaType = "application/json", schema = @Schema(type = "object"))
      })
  ResponseEntity<byte[]> vex(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String sbomId) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(CYCLONEDX_JSON))
        .body(sboms.vex(caller.organizationId(), sbomId).getBytes(StandardCharsets.UTF_8));
  }

  /** The document: the multipart {@code file}, else the whole body. */
  static byte[] upload(HttpServletRequest request, boolean fileRequired) {
    try {
      if (request instanceof MultipartHttpServletRequest multipart) {
        MultipartFile file = multipart.getFile("file");
        if (file == null) {
          throw ApiException.invalid("file", null, "The multipart form has no part named file");
        }
        return file.getBytes();
      }
      if (fileRequired) {
        throw ApiException.invalid("file", null, "Upload the archive as multipart part file");
      }
      try (InputStream in = request.getInputStream()) {
        return in.readAllBytes();
      }
    } catch (PayloadTooLargeException e) {
      throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, e.getMessage(), Map.of());
    } catch (IOException e) {
      throw ApiException.invalid("document", null, "The request body could not be read");
    }
  }

  /** The multipart form of analyze, for the OpenAPI document. */
  record UploadForm(@Schema(type = "string", format = "binary") String file) {}

  /** The multipart form of generate, for the OpenAPI document. */
  record GenerateForm(
      @Schema(type = "string", format = "binary", description = ".zip or .tar.gz") String file,
      @Schema(description = "A git URL instead of file (queued as a scan of type sbom)")
          String target,
      @Schema(description = "With target: branch or tag") String branch,
      @Schema(allowableValues = {"cyclonedx-json", "cyclonedx-xml", "spdx-json"}) String format,
      String specVersion,
      String projectId) {}
}
