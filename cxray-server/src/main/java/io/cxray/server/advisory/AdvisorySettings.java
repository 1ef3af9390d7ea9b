package io.cxray.server.advisory;

import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.env.Environment;

/**
 * The advisory settings of API.md's configuration table. They are read through Spring's {@link
 * Environment}, so {@code CXRAY_OSV_URL} and the property {@code cxray.osv.url} are the same key,
 * and handed to core's {@link ImportSettings} so that the server and the CLI read them alike.
 *
 * @param importConfig what to import, from where
 * @param syncInterval how often to sync; null when {@code CXRAY_SYNC_INTERVAL} is {@code off}
 * @param refreshInterval how often an instance checks whether another one imported new data
 */
public record AdvisorySettings(
    ImportConfig importConfig, Duration syncInterval, Duration refreshInterval) {

  private static final Map<String, String> KEYS =
      Map.of(
          "CXRAY_OSV_URL", "cxray.osv.url",
          "CXRAY_OSV_ECOSYSTEMS", "cxray.osv.ecosystems",
          "CXRAY_KEV_URL", "cxray.kev.url",
          "CXRAY_EPSS_URL", "cxray.epss.url",
          "CXRAY_NVD_URL", "cxray.nvd.url",
          "CXRAY_CWE_URL", "cxray.cwe.url");

  public static AdvisorySettings from(Environment env) {
    Map<String, String> values = new HashMap<>();
    KEYS.forEach(
        (variable, property) -> {
          String value = env.getProperty(property);
          if (value != null) {
            values.put(variable, value);
          }
        });
    return new AdvisorySettings(
        ImportSettings.fromEnvironment(values),
        interval("cxray.sync.interval", env.getProperty("cxray.sync.interval", "PT6H")),
        interval(
            "cxray.sync.refresh-interval", env.getProperty("cxray.sync.refresh-interval", "PT1M")));
  }

  /** An ISO-8601 duration, or null for {@code off}; a bad value stops start-up with its name. */
  static Duration interval(String key, String value) {
    String v = value.trim();
    if (v.equalsIgnoreCase("off")) {
      return null;
    }
    try {
      Duration d = Duration.parse(v);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(key + " must be a positive duration: " + value);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + " is not an ISO-8601 duration (e.g. PT6H) or off: " + value, e);
    }
  }
}
