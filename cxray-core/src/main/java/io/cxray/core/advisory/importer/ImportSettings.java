package io.cxray.core.advisory.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link ImportConfig} from the environment variables of API.md's configuration table, so
 * that the server and the CLI agree on them: {@code CXRAY_OSV_URL}, {@code CXRAY_OSV_ECOSYSTEMS},
 * {@code CXRAY_KEV_URL}, {@code CXRAY_EPSS_URL}, {@code CXRAY_NVD_URL} and {@code CXRAY_CWE_URL}.
 *
 * <p>Unset variables take the public defaults (OSV, KEV, EPSS); NVD and CWE names are off unless
 * set. The value {@code off} (or {@code none}) turns a source off.
 */
public final class ImportSettings {
  private ImportSettings() {}

  public static ImportConfig fromEnvironment(Map<String, String> env) {
    ImportConfig defaults = ImportConfig.publicDefaults();
    String ecosystems = blankToNull(env.get("CXRAY_OSV_ECOSYSTEMS"));
    List<String> osvEcosystems =
        ecosystems == null
            ? ImportConfig.defaultEcosystems()
            : Arrays.stream(ecosystems.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    return new ImportConfig(
        source(env, "CXRAY_OSV_URL", defaults.osvBase()),
        osvEcosystems,
        source(env, "CXRAY_KEV_URL", defaults.kev()),
        source(env, "CXRAY_EPSS_URL", defaults.epss()),
        source(env, "CXRAY_NVD_URL", null),
        source(env, "CXRAY_CWE_URL", null),
        null);
  }

  private static String source(Map<String, String> env, String key, String fallback) {
    String value = blankToNull(env.get(key));
    if (value == null) {
      return fallback;
    }
    return value.equalsIgnoreCase("off") || value.equalsIgnoreCase("none") ? null : value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
