package io.cxray.core.advisory.enrich;

import io.cxray.core.advisory.Timestamps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an EPSS daily CSV (<a href="https://www.first.org/epss/data_stats">FIRST EPSS</a>). The
 * file starts with a comment line {@code
 * #model_version:v2025.03.14,score_date:2025-08-25T12:55:00Z} (older files have none), then the
 * header {@code cve,epss,percentile}. Columns are found by header name.
 */
public final class EpssCsvParser {
  private EpssCsvParser() {}

  public static ParseOutcome<EpssData> parse(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String modelVersion = null;
    String scoreDate = null;
    int[] columns = null;
    Map<String, EpssScore> scores = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    int read = 0;
    int failed = 0;
    int lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      String trimmed = stripBom(line).trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("#")) {
        for (String pair : trimmed.substring(1).split(",")) {
          int colon = pair.indexOf(':');
          if (colon > 0) {
            String key = pair.substring(0, colon).trim();
            String value = pair.substring(colon + 1).trim();
            if (key.equals("model_version")) {
              modelVersion = value;
            } else if (key.equals("score_date")) {
              scoreDate = value;
            }
          }
        }
        continue;
      }
      if (columns == null) {
        columns = header(trimmed);
        if (columns == null) {
          throw new IOException("EPSS file has no 'cve,epss,percentile' header: " + trimmed);
        }
        continue;
      }
      read++;
      EpssScore score = row(trimmed.split(","), columns);
      if (score == null) {
        failed++;
        if (warnings.size() < 100) {
          warnings.add("EPSS line " + lineNo + " not readable: " + shorten(trimmed));
        }
      } else {
        scores.put(score.cve(), score);
      }
    }
    if (columns == null) {
      throw new IOException("EPSS file is empty");
    }
    EpssData data = new EpssData(modelVersion, Timestamps.parse(scoreDate), scores);
    return new ParseOutcome<>(data, read, failed, warnings);
  }

  private static int[] header(String line) {
    String[] names = line.split(",");
    int cve = -1;
    int epss = -1;
    int percentile = -1;
    for (int i = 0; i < names.length; i++) {
      switch (names[i].trim().toLowerCase(java.util.Locale.ROOT)) {
        case "cve" -> cve = i;
        case "epss" -> epss = i;
        case "percentile" -> percentile = i;
        default -> {}
      }
    }
    return cve < 0 || epss < 0 ? null : new int[] {cve, epss, percentile};
  }

  private static EpssScore row(String[] cells, int[] columns) {
    try {
      String cve = cells[columns[0]].trim();
      double epss = Double.parseDouble(cells[columns[1]].trim());
      double percentile =
          columns[2] < 0 || columns[2] >= cells.length
              ? Double.NaN
              : Double.parseDouble(cells[columns[2]].trim());
      if (!cve.startsWith("CVE-") || epss < 0 || epss > 1) {
        return null;
      }
      return new EpssScore(cve, epss, percentile);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
