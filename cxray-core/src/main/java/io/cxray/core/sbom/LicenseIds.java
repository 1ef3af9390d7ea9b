package io.cxray.core.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells SPDX licence ids, SPDX licence expressions and free licence names apart.
 *
 * <p>The ids are the enum of {@code spdx.schema.json} bundled in cyclonedx-core-java: the exact
 * list a CycloneDX {@code license.id} is validated against, so a writer that uses it never produces
 * a schema-invalid document.
 */
final class LicenseIds {
  /**
   * Operators of the <a href="https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/">SPDX
   * expression syntax</a>.
   */
  private static final Pattern EXPRESSION =
      Pattern.compile("(?i).*(\\s(AND|OR|WITH)\\s|[()]|^LicenseRef-|^DocumentRef-).*");

  private static final Map<String, String> IDS = load();

  private LicenseIds() {}

  enum Kind {
    ID,
    EXPRESSION,
    NAME
  }

  /** The canonical spelling of an SPDX licence id, matched ignoring case. */
  static Optional<String> canonicalId(String value) {
    return value == null
        ? Optional.empty()
        : Optional.ofNullable(IDS.get(value.trim().toLowerCase(Locale.ROOT)));
  }

  static Kind kindOf(String value) {
    if (canonicalId(value).isPresent()) {
      return Kind.ID;
    }
    return EXPRESSION.matcher(value.trim()).matches() ? Kind.EXPRESSION : Kind.NAME;
  }

  /** The licences of a component as one SPDX expression ({@code (a) AND (b)}). */
  static String asExpression(List<String> licenses) {
    if (licenses.size() == 1) {
      return licenses.get(0).trim();
    }
    StringBuilder b = new StringBuilder();
    for (String l : licenses) {
      if (b.length() > 0) {
        b.append(" AND ");
      }
      String t = l.trim();
      b.append(kindOf(t) == Kind.EXPRESSION && !t.startsWith("LicenseRef-") ? "(" + t + ")" : t);
    }
    return b.toString();
  }

  private static Map<String, String> load() {
    try (InputStream in =
        LicenseIds.class.getClassLoader().getResourceAsStream("spdx.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("spdx.schema.json is missing from cyclonedx-core-java");
      }
      JsonNode schema = SbomJson.MAPPER.readTree(in);
      Map<String, String> ids = new HashMap<>();
      schema.path("enum").forEach(n -> ids.put(n.asText().toLowerCase(Locale.ROOT), n.asText()));
      return Map.copyOf(ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
