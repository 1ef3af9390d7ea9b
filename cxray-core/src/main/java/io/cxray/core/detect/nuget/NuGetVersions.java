package io.cxray.core.detect.nuget;

import java.util.regex.Pattern;

/**
 * NuGet version strings in project files (<a
 * href="https://learn.microsoft.com/en-us/nuget/concepts/package-versioning#version-ranges">version
 * ranges</a>).
 */
final class NuGetVersions {
  private static final Pattern PLAIN =
      Pattern.compile("\\d+(\\.\\d+){0,3}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  private NuGetVersions() {}

  /**
   * The one version a requirement restores to: {@code 1.2.3} (a minimum that restores exactly that
   * version when it exists) or {@code [1.2.3]}; null for floating versions ({@code 6.*}), open or
   * closed ranges and unexpanded properties.
   */
  static String pinned(String requirement) {
    String r = requirement.trim();
    if (r.startsWith("[") && r.endsWith("]") && !r.contains(",")) {
      r = r.substring(1, r.length() - 1).trim();
    }
    return PLAIN.matcher(r).matches() ? r : null;
  }
}
