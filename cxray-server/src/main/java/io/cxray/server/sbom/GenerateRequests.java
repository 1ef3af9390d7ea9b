package io.cxray.server.sbom;

import io.cxray.server.api.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks a {@code POST /v1/sbom/generate} request, multipart or JSON. */
@Component
class GenerateRequests {

  private static final String NOTHING_TO_GENERATE =
      "Give a git target (JSON {\"target\", \"branch\"}) or upload an archive (multipart part"
          + " file)";

  private final JsonMapper json;

  GenerateRequests(JsonMapper json) {
    this.json = json;
  }

  /** What to generate from: an upload or a git target. */
  sealed interface Parsed permits Upload, Git {}

  /** An archive upload, checked. */
  record Upload(
      byte[] archive,
      String fileName,
      SbomOutputFormat format,
      String specVersion,
      String projectId)
      implements Parsed {}

  /** A git target; the target itself is checked by the scan submission. */
  record Git(GitTargetRequest request) implements Parsed {}

  Parsed parse(HttpServletRequest request) {
    if (request instanceof MultipartHttpServletRequest multipart) {
      return multipart(multipart);
    }
    GenerateRequest body = jsonBody(request);
    if (body.target() == null || body.target().isBlank()) {
      throw ApiException.invalid("target", null, NOTHING_TO_GENERATE);
    }
    SbomOutputFormat format = format(body.format());
    return new Git(
        new GitTargetRequest(
            body.target(),
            body.branch(),
            format,
            specVersion(format, body.specVersion()),
            body.projectId()));
  }

  private Parsed multipart(MultipartHttpServletRequest request) {
    String target = request.getParameter("target");
    MultipartFile file = request.getFile("file");
    if (target != null && !target.isBlank()) {
      if (file != null) {
        throw ApiException.invalid(
            "target", target, "Give either a git target or an archive, not both");
      }
      SbomOutputFormat format = format(request.getParameter("format"));
      return new Git(
          new GitTargetRequest(
              target,
              request.getParameter("branch"),
              format,
              specVersion(format, request.getParameter("specVersion")),
              request.getParameter("projectId")));
    }
    if (file == null || file.isEmpty()) {
      throw ApiException.invalid("file", null, "The multipart form has no (or an empty) part file");
    }
    SbomOutputFormat format = format(request.getParameter("format"));
    String projectId = request.getParameter("projectId");
    return new Upload(
        SbomController.upload(request, true),
        file.getOriginalFilename(),
        format,
        specVersion(format, request.getParameter("specVersion")),
        projectId == null || projectId.isEmpty()
            ? QueryParameters.get(request, "projectId")
            : projectId);
  }

  private GenerateRequest jsonBody(HttpServletRequest request) {
    byte[] body = SbomController.upload(request, false);
    if (body.length == 0) {
      throw ApiException.invalid("target", null, NOTHING_TO_GENERATE);
    }
    try {
      return json.readValue(body, GenerateRequest.class);
    } catch (JacksonException e) {
      throw ApiException.invalid(
          "body", null, "The body is neither a multipart upload nor a valid JSON request");
    }
  }

  static SbomOutputFormat format(String value) {
    if (value == null || value.isBlank()) {
      return SbomOutputFormat.CYCLONEDX_JSON;
    }
    return SbomOutputFormat.fromId(value)
        .orElseThrow(
            () ->
                ApiException.invalid(
                    "format", value, "format must be cyclonedx-json, cyclonedx-xml or spdx-json"));
  }

  static String specVersion(SbomOutputFormat format, String value) {
    if (value == null || value.isBlank()) {
      return format.defaultSpecVersion();
    }
    if (!format.specVersions().contains(value)) {
      throw ApiException.invalid(
          "specVersion",
          value,
          "specVersion for " + format.id() + " must be one of " + format.specVersions());
    }
    return value;
  }
}
