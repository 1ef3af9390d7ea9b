package io.cxray.core.advisory.osv;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.Json;
import io.cxray.core.advisory.ParsedRecord;
import io.cxray.core.advisory.Timestamps;
import io.cxray.core.advisory.cvss.CvssScores;
import io.cxray.core.model.Advisory;
import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.CvssScore;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.RangeEvent;
import io.cxray.core.model.Reference;
import io.cxray.core.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one OSV record (<a href="https://ossf.github.io/osv-schema/">OSV schema</a>, any version
 * from 1.3 on, or none) into an {@link AdvisoryRecord}. Tolerant by design: everything but {@code
 * id} and a readable {@code modified} is optional, and unknown range types or events become
 * warnings, not failures.
 */
public final class OsvRecordParser {
  private OsvRecordParser() {}

  /** Parses {@code node}; {@code source} names where it came from, e.g. {@code osv:PyPI}. */
  public static ParsedRecord parse(JsonNode node, String source) {
    if (node == null || !node.isObject()) {
      return ParsedRecord.failed("not a JSON object");
    }
    String id = Json.text(node, "id");
    if (id == null || id.isBlank()) {
      return ParsedRecord.failed("record has no id");
    }
    Instant modified = Timestamps.parse(Json.text(node, "modified"));
    if (modified == null) {
      return ParsedRecord.failed(
          id + ": unreadable or missing modified '" + Json.text(node, "modified") + "'");
    }
    List<String> warnings = new ArrayList<>();
    String published = Json.text(node, "published");
    Instant publishedAt = Timestamps.parse(published);
    if (published != null && publishedAt == null) {
      warnings.add(id + ": unreadable published '" + published + "' ignored");
    }
    JsonNode dbSpecific = Json.object(node, "database_specific");
    List<AffectedPackage> affected = new ArrayList<>();
    String informational = null;
    for (JsonNode entry : Json.array(node, "affected")) {
      affected.add(affectedPackage(id, entry, warnings));
      String info = Json.text(Json.object(entry, "database_specific"), "informational");
      if (info != null && !info.isBlank()) {
        informational = info;
      }
    }
    Advisory advisory =
        new Advisory(
            id,
            Json.strings(node, "aliases").stream().filter(a -> !a.equals(id)).distinct().toList(),
            Json.text(node, "summary"),
            Json.text(node, "details"),
            cvss(node, warnings, id),
            Severity.parse(Json.text(dbSpecific, "severity")).orElse(null),
            Json.strings(dbSpecific, "cwe_ids"),
            affected,
            references(node),
            publishedAt,
            modified,
            Timestamps.parse(Json.text(node, "withdrawn")),
            source);
    return ParsedRecord.ok(new AdvisoryRecord(advisory, informational, null), warnings);
  }

  private static AffectedPackage affectedPackage(String id, JsonNode entry, List<String> warnings) {
    JsonNode pkg = Json.object(entry, "package");
    String ecosystemRaw = Json.text(pkg, "ecosystem");
    Ecosystem ecosystem = Ecosystem.fromOsv(ecosystemRaw).orElse(null);
    List<AffectedRange> ranges = new ArrayList<>();
    for (JsonNode range : Json.array(entry, "ranges")) {
      AffectedRange r = range(id, range, warnings);
      if (r != null) {
        ranges.add(r);
      }
    }
    return new AffectedPackage(
        ecosystem,
        ecosystemRaw,
        Json.text(pkg, "name"),
        Json.text(pkg, "purl"),
        ranges,
        Json.strings(entry, "versions"));
  }

  private static AffectedRange range(String id, JsonNode range, List<String> warnings) {
    String type = Json.text(range, "type");
    AffectedRange.Type t;
    try {
      t = AffectedRange.Type.valueOf(type == null ? "" : type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      warnings.add(id + ": range type '" + type + "' not supported, range skipped");
      return null;
    }
    List<RangeEvent> events = new ArrayList<>();
    for (JsonNode event : Json.array(range, "events")) {
      for (Map.Entry<String, JsonNode> e : event.properties()) {
        RangeEvent.Kind kind = eventKind(e.getKey());
        if (kind == null || !e.getValue().isString()) {
          warnings.add(id + ": range event '" + e.getKey() + "' not understood, ignored");
        } else {
          events.add(new RangeEvent(kind, e.getValue().stringValue()));
        }
      }
    }
    return new AffectedRange(t, Json.text(range, "repo"), events);
  }

  private static RangeEvent.Kind eventKind(String key) {
    return switch (key) {
      case "introduced" -> RangeEvent.Kind.INTRODUCED;
      case "fixed" -> RangeEvent.Kind.FIXED;
      case "last_affected" -> RangeEvent.Kind.LAST_AFFECTED;
      case "limit" -> RangeEvent.Kind.LIMIT;
      default -> null;
    };
  }

  /**
   * Top-level {@code severity[]} plus the per-package {@code affected[].severity[]} of schema 1.5,
   * one score per distinct vector. Types other than CVSS (e.g. {@code Ubuntu}) carry no vector.
   */
  private static List<CvssScore> cvss(JsonNode node, List<String> warnings, String id) {
    Map<String, CvssScore> byVector = new LinkedHashMap<>();
    List<JsonNode> entries = new ArrayList<>(Json.array(node, "severity"));
    for (JsonNode affected : Json.array(node, "affected")) {
      entries.addAll(Json.array(affected, "severity"));
    }
    for (JsonNode s : entries) {
      String type = Json.text(s, "type");
      String score = Json.text(s, "score");
      if (type == null || score == null || !type.startsWith("CVSS_")) {
        continue;
      }
      CvssScore cvss = CvssScores.fromVector(score.trim(), "osv");
      if (cvss.baseScore() == null) {
        warnings.add(id + ": CVSS vector '" + score + "' could not be scored");
      }
      byVector.putIfAbsent(score.trim(), cvss);
    }
    return List.copyOf(byVector.values());
  }

  private static List<Reference> references(JsonNode node) {
    Set<Reference> refs = new LinkedHashSet<>();
    for (JsonNode r : Json.array(node, "references")) {
      String url = Json.text(r, "url");
      if (url != null) {
        refs.add(new Reference(Json.text(r, "type"), url));
      }
    }
    return List.copyOf(refs);
  }
}
