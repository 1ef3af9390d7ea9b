package io.cxray.core.advisory.nvd;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.Json;
import io.cxray.core.advisory.ParsedRecord;
import io.cxray.core.advisory.Timestamps;
import io.cxray.core.advisory.cvss.CvssScores;
import io.cxray.core.model.Advisory;
import io.cxray.core.model.CvssScore;
import io.cxray.core.model.Reference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads one {@code cve} object of the <a href="https://nvd.nist.gov/developers/vulnerabilities">NVD
 * CVE API 2.0</a> into an {@link AdvisoryRecord}: English description, CVSS v2/v3.0/v3.1/v4.0
 * metrics with the scores NVD states, CWE ids (NVD's {@code NVD-CWE-Other}/{@code NVD-CWE-noinfo}
 * placeholders are dropped), references, and {@code configurations} kept as raw JSON for CPE
 * matching. A {@code Rejected} record counts as withdrawn at its {@code lastModified}. NVD times
 * have no offset; they are UTC.
 */
public final class NvdCveParser {
  private static final Pattern CWE = Pattern.compile("CWE-\\d+");
  private static final List<String> METRIC_KEYS =
      List.of("cvssMetricV40", "cvssMetricV31", "cvssMetricV30", "cvssMetricV2");

  private NvdCveParser() {}

  public static ParsedRecord parse(JsonNode cve) {
    String id = Json.text(cve, "id");
    if (id == null || id.isBlank()) {
      return ParsedRecord.failed("NVD record has no id");
    }
    Instant modified = Timestamps.parse(Json.text(cve, "lastModified"));
    if (modified == null) {
      return ParsedRecord.failed(id + ": unreadable lastModified");
    }
    boolean rejected = "Rejected".equalsIgnoreCase(Json.text(cve, "vulnStatus"));
    JsonNode configurations = cve.get("configurations");
    Advisory advisory =
        new Advisory(
            id,
            List.of(),
            null,
            englishDescription(cve),
            cvss(cve),
            null,
            cwes(cve),
            List.of(),
            references(cve),
            Timestamps.parse(Json.text(cve, "published")),
            modified,
            rejected ? modified : null,
            "nvd");
    String rawConfigurations =
        configurations != null && configurations.isArray() && !configurations.isEmpty()
            ? configurations.toString()
            : null;
    return ParsedRecord.ok(new AdvisoryRecord(advisory, null, rawConfigurations), List.of());
  }

  private static String englishDescription(JsonNode cve) {
    String first = null;
    for (JsonNode d : Json.array(cve, "descriptions")) {
      String value = Json.text(d, "value");
      if ("en".equals(Json.text(d, "lang"))) {
        return value;
      }
      first = first == null ? value : first;
    }
    return first;
  }

  private static List<CvssScore> cvss(JsonNode cve) {
    Map<String, CvssScore> scores = new LinkedHashMap<>();
    JsonNode metrics = Json.object(cve, "metrics");
    for (String key : METRIC_KEYS) {
      for (JsonNode metric : Json.array(metrics, key)) {
        JsonNode data = Json.object(metric, "cvssData");
        String vector = Json.text(data, "vectorString");
        if (vector == null) {
          continue;
        }
        String source = Json.text(metric, "source");
        scores.putIfAbsent(
            vector + " " + source,
            CvssScores.withStatedScore(vector, Json.number(data, "baseScore"), source));
      }
    }
    return List.copyOf(scores.values());
  }

  private static List<String> cwes(JsonNode cve) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode weakness : Json.array(cve, "weaknesses")) {
      for (JsonNode d : Json.array(weakness, "description")) {
        String value = Json.text(d, "value");
        if (value != null && CWE.matcher(value).matches()) {
          out.add(value);
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<Reference> references(JsonNode cve) {
    Set<Reference> out = new LinkedHashSet<>();
    for (JsonNode r : Json.array(cve, "references")) {
      String url = Json.text(r, "url");
      if (url != null) {
        List<String> tags = Json.strings(r, "tags");
        out.add(new Reference(tags.isEmpty() ? "WEB" : tags.get(0), url));
      }
    }
    return new ArrayList<>(out);
  }
}
