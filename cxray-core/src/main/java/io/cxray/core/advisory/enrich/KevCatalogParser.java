package io.cxray.core.advisory.enrich;

import io.cxray.core.advisory.Json;
import io.cxray.core.advisory.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the CISA KEV JSON catalogue. Entries without a {@code cveID} are skipped with a warning.
 */
public final class KevCatalogParser {
  private static final JsonMapper JSON = JsonMapper.shared();

  private KevCatalogParser() {}

  /**
   * @throws IOException when the document is not JSON or has no {@code vulnerabilities} array
   */
  public static ParseOutcome<KevCatalog> parse(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JacksonException e) {
      throw new IOException("KEV catalogue is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("vulnerabilities").isArray()) {
      throw new IOException("KEV catalogue has no 'vulnerabilities' array");
    }
    Map<String, KevEntry> byCve = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    int read = 0;
    int failed = 0;
    for (JsonNode v : Json.array(root, "vulnerabilities")) {
      read++;
      String cve = Json.text(v, "cveID");
      if (cve == null || cve.isBlank()) {
        failed++;
        warnings.add("KEV entry " + read + " has no cveID, skipped");
        continue;
      }
      byCve.put(
          cve.trim(),
          new KevEntry(
              cve.trim(),
              Json.text(v, "vendorProject"),
              Json.text(v, "product"),
              Json.text(v, "vulnerabilityName"),
              date(Json.text(v, "dateAdded")),
              Json.text(v, "shortDescription"),
              Json.text(v, "requiredAction"),
              date(Json.text(v, "dueDate")),
              Json.text(v, "knownRansomwareCampaignUse"),
              Json.text(v, "notes"),
              Json.strings(v, "cwes")));
    }
    KevCatalog catalog =
        new KevCatalog(
            Json.text(root, "catalogVersion"),
            Timestamps.parse(Json.text(root, "dateReleased")),
            byCve);
    return new ParseOutcome<>(catalog, read, failed, warnings);
  }

  private static LocalDate date(String s) {
    try {
      return s == null ? null : LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
