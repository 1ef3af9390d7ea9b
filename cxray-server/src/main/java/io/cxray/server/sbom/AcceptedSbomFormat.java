package io.cxray.server.sbom;

import io.cxray.server.api.error.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Content negotiation of {@code GET /v1/sbom/{sbomId}}: the Accept entries in order of quality; the
 * first that is an SBOM media type selects that raw format, the first that admits JSON ({@code
 * application/json}, {@code application/*}, {@code *}{@code /*}) selects the envelope. No Accept
 * header means the envelope. An Accept that admits neither is 400 INVALID_REQUEST (API.md has no
 * 406), naming the types that work.
 */
final class AcceptedSbomFormat {

  private AcceptedSbomFormat() {}

  /** The raw format asked for, or empty for the envelope. */
  static Optional<SbomOutputFormat> choose(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.empty();
    }
    List<MediaType> types;
    try {
      types = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException e) {
      throw notAcceptable(accept);
    }
    types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : types) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      Optional<SbomOutputFormat> raw =
          SbomOutputFormat.fromMediaType(type.getType() + "/" + type.getSubtype());
      if (raw.isPresent()) {
        return raw;
      }
      if (type.includes(MediaType.APPLICATION_JSON)) {
        return Optional.empty();
      }
    }
    throw notAcceptable(accept);
  }

  private static ApiException notAcceptable(String accept) {
    ApiException base =
        ApiException.invalid(
            "Accept",
            accept,
            "Accept must allow application/json (the envelope) or an SBOM format");
    Map<String, Object> details = new java.util.LinkedHashMap<>(base.details());
    details.put(
        "supported",
        List.of(
            MediaType.APPLICATION_JSON_VALUE,
            SbomOutputFormat.CYCLONEDX_JSON.mediaType(),
            SbomOutputFormat.CYCLONEDX_XML.mediaType(),
            SbomOutputFormat.SPDX_JSON.mediaType()));
    return new ApiException(base.code(), base.getMessage(), details);
  }
}
