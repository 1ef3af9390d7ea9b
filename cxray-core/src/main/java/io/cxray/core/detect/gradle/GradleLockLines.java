package io.cxray.core.detect.gradle;

import io.cxray.core.detect.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The lines of a Gradle lockfile, in either layout (<a
 * href="https://docs.gradle.org/current/userguide/dependency_locking.html">dependency locking</a>):
 * the per-project {@code gradle.lockfile} of Gradle 6.4+ ({@code
 * group:artifact:version=conf1,conf2} and a closing {@code empty=confs}), or a per-configuration
 * file of Gradle 4.8-6.x ({@code group:artifact:version} only; the configuration is the file name).
 * {@code #} lines are comments in both.
 *
 * @param entries the locked modules, in file order
 * @param emptyConfigurations configurations named by {@code empty=}: locked, resolved to nothing
 * @param malformedLines 1-based numbers of lines that are no module
 * @param perProjectFormat whether a line carries configurations ({@code =}): the per-project layout
 * @param recognised whether the file has Gradle's generated header or an {@code empty=} line
 */
record GradleLockLines(
    List<Entry> entries,
    Set<String> emptyConfigurations,
    List<Integer> malformedLines,
    boolean perProjectFormat,
    boolean recognised) {
  // What Maven accepts in a groupId/artifactId (DefaultModelValidator's ID_REGEX) and a version
  // without whitespace or control characters.
  private static final Pattern ID_PART = Pattern.compile("[A-Za-z0-9_\\-.]+");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_\\-.+\\[\\](),]+");

  /**
   * One locked module and the configurations its line names (none in the per-configuration layout).
   */
  record Entry(
      String group, String artifact, String version, Set<String> configurations, int line) {
    String gav() {
      return group + ":" + artifact + ":" + version;
    }
  }

  static GradleLockLines parse(byte[] content) {
    List<Entry> entries = new ArrayList<>();
    Set<String> empty = new TreeSet<>();
    List<Integer> malformed = new ArrayList<>();
    boolean perProject = false;
    boolean recognised = false;
    List<String> lines = TextLines.lines(content);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.startsWith("# This is a Gradle generated file")) {
        recognised = true;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("empty=")) {
        perProject = true;
        recognised = true;
        empty.addAll(configurations(line.substring("empty=".length())));
        continue;
      }
      int eq = line.indexOf('=');
      perProject |= eq >= 0;
      String[] gav = (eq < 0 ? line : line.substring(0, eq)).split(":");
      if (gav.length != 3
          || !ID_PART.matcher(gav[0]).matches()
          || !ID_PART.matcher(gav[1]).matches()
          || !VERSION.matcher(gav[2]).matches()) {
        malformed.add(i + 1);
        continue;
      }
      Set<String> confs = eq < 0 ? Set.of() : configurations(line.substring(eq + 1));
      entries.add(new Entry(gav[0], gav[1], gav[2], confs, i + 1));
    }
    return new GradleLockLines(entries, empty, malformed, perProject, recognised);
  }

  /** Every configuration the file names, on module lines and on the {@code empty=} line. */
  Set<String> configurations() {
    Set<String> all = new TreeSet<>(emptyConfigurations);
    entries.forEach(e -> all.addAll(e.configurations()));
    return all;
  }

  private static Set<String> configurations(String list) {
    Set<String> out = new TreeSet<>();
    for (String c : list.split(",")) {
      if (!c.isBlank()) {
        out.add(c.trim());
      }
    }
    return out;
  }
}
