package io.cxray.core.advisory.enrich;

import io.cxray.core.advisory.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads CWE names from either of two shapes: CSV {@code cwe_id,name} (names may be quoted and hold
 * commas, RFC 4180 style) or JSON {@code {"version": "4.20", "entries": {"CWE-1": "..."}}}. Ids are
 * normalised to {@code CWE-<n>}.
 */
public final class CweNamesParser {
  private CweNamesParser() {}

  public static ParseOutcome<CweNames> parse(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    int i = 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i < bytes.length && bytes[i] == '{' ? parseJson(bytes) : parseCsv(bytes);
  }

  private static ParseOutcome<CweNames> parseJson(byte[] bytes) throws IOException {
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(bytes);
    } catch (JacksonException e) {
      throw new IOException("CWE names are not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode entries = Json.object(root, "entries");
    if (entries == null) {
      throw new IOException("CWE names JSON has no 'entries' object");
    }
    Map<String, String> names = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    int failed = 0;
    for (Map.Entry<String, JsonNode> e : entries.properties()) {
      String id = normaliseId(e.getKey());
      if (id == null || !e.getValue().isString()) {
        failed++;
        warnings.add("CWE entry '" + e.getKey() + "' not readable");
      } else {
        names.put(id, e.getValue().stringValue());
      }
    }
    return new ParseOutcome<>(
        new CweNames(Json.text(root, "version"), names), entries.size(), failed, warnings);
  }

  private static ParseOutcome<CweNames> parseCsv(byte[] bytes) throws IOException {
    Map<String, String> names = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    int read = 0;
    int failed = 0;
    Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    List<List<String>> rows = CsvRows.read(reader);
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (r == 0 && !row.isEmpty() && row.get(0).trim().equalsIgnoreCase("cwe_id")) {
        continue;
      }
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      read++;
      String id = row.isEmpty() ? null : normaliseId(row.get(0));
      if (id == null || row.size() < 2) {
        failed++;
        warnings.add("CWE line " + (r + 1) + " not readable");
      } else {
        names.put(id, row.get(1));
      }
    }
    return new ParseOutcome<>(new CweNames(null, names), read, failed, warnings);
  }

  /** {@code CWE-79}, {@code cwe-79} and {@code 79} all become {@code CWE-79}. */
  static String normaliseId(String raw) {
    String s = raw.trim();
    if (s.regionMatches(true, 0, "CWE-", 0, 4)) {
      s = s.substring(4);
    }
    return s.matches("\\d{1,6}") ? "CWE-" + Integer.parseInt(s) : null;
  }
}
