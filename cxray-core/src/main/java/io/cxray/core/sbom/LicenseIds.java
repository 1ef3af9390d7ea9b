package io.cxray.core.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells SPDX licence ids, SPDX licence expressions and free licence names apart.
 *
 * <p>The ids are the enum of {@code spdx.schema.json} bundled in cyclonedx-core-java: the exact
 * list a CycloneDX {@code license.id} is validated against, so a writer that uses it never produces
 * a schema-invalid document.
 */
final class LicenseIds {
  /** A licence id, LicenseRef or DocumentRef token, optionally with the "or later" '+'. */
  private static final Pattern OPERAND = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:-]*\\+?");

  private static final Pattern TOKENS = Pattern.compile("\\(|\\)|[^\\s()]+");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH", "and", "or", "with");

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
    return isExpression(value) ? Kind.EXPRESSION : Kind.NAME;
  }

  /**
   * Whether a value follows the <a
   * href="https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/">SPDX expression
   * grammar</a>: operands joined by AND, OR or WITH, in balanced parentheses. A single operand
   * counts only as {@code LicenseRef-...} or {@code DocumentRef-...}. Licence names such as "Apache
   * License 2.0 (custom text)" fail the grammar and stay names.
   */
  static boolean isExpression(String value) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKENS.matcher(value);
    while (m.find()) {
      tokens.add(m.group());
    }
    if (tokens.size() == 1) {
      String t = tokens.get(0);
      return (t.startsWith("LicenseRef-") || t.startsWith("DocumentRef-"))
          && OPERAND.matcher(t).matches();
    }
    int[] pos = {0};
    return !tokens.isEmpty() && compound(tokens, pos) && pos[0] == tokens.size();
  }

  private static boolean compound(List<String> tokens, int[] pos) {
    if (!operand(tokens, pos)) {
      return false;
    }
    while (pos[0] < tokens.size() && OPERATORS.contains(tokens.get(pos[0]))) {
      pos[0]++;
      if (!operand(tokens, pos)) {
        return false;
      }
    }
    return true;
  }

  private static boolean operand(List<String> tokens, int[] pos) {
    if (pos[0] >= tokens.size()) {
      return false;
    }
    String t = tokens.get(pos[0]++);
    if (t.equals("(")) {
      boolean inner = compound(tokens, pos);
      if (!inner || pos[0] >= tokens.size() || !tokens.get(pos[0]).equals(")")) {
        return false;
      }
      pos[0]++;
      return true;
    }
    return !OPERATORS.contains(t) && OPERAND.matcher(t).matches();
  }

  /** The licences of a component as one SPDX expression ({@code a AND (b OR c)}). */
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
      b.append(t.contains(" ") ? "(" + t + ")" : t);
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
