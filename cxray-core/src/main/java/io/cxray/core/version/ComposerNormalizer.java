package io.cxray.core.version;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composer's version normalisation (<a
 * href="https://github.com/composer/semver/blob/main/src/VersionParser.php">VersionParser::normalize</a>):
 * {@code v1.2-beta1} becomes {@code 1.2.0.0-beta1}, {@code 1.0.0-p2} becomes {@code
 * 1.0.0.0-patch2}, {@code 2.x-dev} becomes {@code 2.9999999.9999999.9999999-dev}. Composer orders
 * packages by PHP's {@code version_compare} over these normalised strings.
 *
 * <p>Branch names ({@code dev-main}, {@code master}) normalise to {@code dev-...}; Composer never
 * orders them against versions, so here they are not versions (null).
 */
final class ComposerNormalizer {
  private static final String MODIFIER =
      "[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*+)?)?([.-]?dev)?";
  private static final Pattern STABILITY_FLAG =
      Pattern.compile("@(?:stable|RC|beta|alpha|dev)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BUILD = Pattern.compile("^([^,\\s+]++)\\+[^\\s]++$");
  private static final Pattern CLASSICAL =
      Pattern.compile(
          "^v?(\\d{1,5})(\\.\\d++)?(\\.\\d++)?(\\.\\d++)?" + MODIFIER + "$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE =
      Pattern.compile(
          "^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3})?)" + MODIFIER + "$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_BRANCH =
      Pattern.compile(
          "^v?(\\d++)(\\.(?:\\d++|[xX*]))?(\\.(?:\\d++|[xX*]))?(\\.(?:\\d++|[xX*]))?$",
          Pattern.CASE_INSENSITIVE);

  private ComposerNormalizer() {}

  /** The normalised version, or null for a branch name or a string Composer rejects. */
  static String normalize(String input) {
    String version = phpTrim(input);
    Matcher flag = STABILITY_FLAG.matcher(version);
    if (flag.find()) {
      version = version.substring(0, flag.start());
    }
    if (version.equals("master")
        || version.equals("trunk")
        || version.equals("default")
        || version.toLowerCase(Locale.ROOT).startsWith("dev-")) {
      return null;
    }
    Matcher build = BUILD.matcher(version);
    if (build.matches()) {
      version = build.group(1);
    }
    Matcher m = CLASSICAL.matcher(version);
    if (m.matches()) {
      String core = m.group(1) + orZero(m.group(2)) + orZero(m.group(3)) + orZero(m.group(4));
      return withModifiers(core, m, 5);
    }
    m = DATE.matcher(version);
    if (m.matches()) {
      return withModifiers(m.group(1).replaceAll("\\D", "."), m, 2);
    }
    return numericBranch(devBranchName(version));
  }

  /**
   * The branch name of {@code 1.x-dev}-style versions, as Composer's {@code (.*?)[.-]?dev$} finds
   * it: the text before a final {@code dev} (any case) and one optional {@code .} or {@code -},
   * after the last line break ({@code .} does not cross one); null without a final {@code dev}.
   */
  private static String devBranchName(String version) {
    int end = version.length() - 3;
    if (end < 0 || !version.regionMatches(true, end, "dev", 0, 3)) {
      return null;
    }
    if (end > 0 && (version.charAt(end - 1) == '.' || version.charAt(end - 1) == '-')) {
      end--;
    }
    return version.substring(version.lastIndexOf('\n', end - 1) + 1, end);
  }

  private static String orZero(String part) {
    return part == null || part.isEmpty() ? ".0" : part;
  }

  private static String withModifiers(String version, Matcher m, int index) {
    String stability = m.group(index);
    String result = version;
    if (stability != null && !stability.isEmpty()) {
      if (stability.equals("stable")) {
        return result;
      }
      String number = m.group(index + 1);
      result += "-" + expandStability(stability) + (number == null ? "" : ltrimDotDash(number));
    }
    String dev = m.group(index + 2);
    if (dev != null && !dev.isEmpty()) {
      result += "-dev";
    }
    return result;
  }

  private static String expandStability(String stability) {
    String s = stability.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "a" -> "alpha";
      case "b" -> "beta";
      case "p", "pl" -> "patch";
      case "rc" -> "RC";
      default -> s;
    };
  }

  /** {@code 2.x} and {@code 2.1} style branches; other branch names are not versions. */
  private static String numericBranch(String name) {
    if (name == null) {
      return null;
    }
    Matcher m = NUMERIC_BRANCH.matcher(phpTrim(name));
    if (!m.matches()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < 5; i++) {
      String g = m.group(i);
      sb.append(g == null ? ".x" : g.replace('*', 'x').replace('X', 'x'));
    }
    return sb.toString().replace("x", "9999999") + "-dev";
  }

  private static String ltrimDotDash(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '-')) {
      i++;
    }
    return s.substring(i);
  }

  /** PHP's trim(): space, tab, newline, carriage return, NUL, vertical tab. */
  private static String phpTrim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && " \t\n\r\0\u000B".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && " \t\n\r\0\u000B".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }
}
