package io.cxray.core.detect.gradle;

import io.cxray.core.detect.NamedFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.TextLines;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads Gradle's per-project lockfiles, {@code gradle.lockfile} and {@code
 * buildscript-gradle.lockfile} (<a
 * href="https://docs.gradle.org/current/userguide/dependency_locking.html">dependency locking</a>):
 * one {@code group:artifact:version=conf1,conf2} line per module, {@code #} comments, and {@code
 * empty=confs} for configurations that resolved to nothing. The lockfile is flat: it does not say
 * which modules are direct.
 *
 * <p>Scope comes from the configurations ({@link GradleScopes}); modules of the buildscript
 * lockfile are build tooling and get {@link Scope#DEVELOPMENT}.
 */
public final class GradleLockfileParser extends NamedFileParser {
  public static final String ID = "maven/gradle-lockfile";
  // What Maven accepts in a groupId/artifactId (DefaultModelValidator's ID_REGEX) and a version
  // without whitespace or control characters.
  private static final Pattern ID_PART = Pattern.compile("[A-Za-z0-9_\\-.]+");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_\\-.+\\[\\](),]+");

  public GradleLockfileParser() {
    super(ID, Ecosystem.MAVEN, "gradle.lockfile", "buildscript-gradle.lockfile");
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    boolean buildscript = TextLines.fileName(relativePath).startsWith("buildscript-");
    List<String> lines = TextLines.lines(content);
    int modules = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("empty=")) {
        continue;
      }
      int eq = line.indexOf('=');
      String[] gav = (eq < 0 ? line : line.substring(0, eq)).split(":");
      if (gav.length != 3
          || !ID_PART.matcher(gav[0]).matches()
          || !ID_PART.matcher(gav[1]).matches()
          || !VERSION.matcher(gav[2]).matches()) {
        out.warn("line " + (i + 1) + " is not group:artifact:version=configurations");
        continue;
      }
      Set<String> configurations = new TreeSet<>();
      if (eq >= 0) {
        for (String c : line.substring(eq + 1).split(",")) {
          if (!c.isBlank()) {
            configurations.add(c.trim());
          }
        }
      }
      Scope scope = buildscript ? Scope.DEVELOPMENT : GradleScopes.of(configurations);
      out.add(
          Ecosystem.MAVEN,
          gav[0] + ":" + gav[1],
          gav[2],
          i + 1,
          Relationship.UNKNOWN,
          scope,
          Map.of());
      modules++;
    }
    if (modules == 0 && !looksLikeLockfile(lines)) {
      out.warn("no locked modules and no Gradle lockfile header");
    }
    return out.build();
  }

  private static boolean looksLikeLockfile(List<String> lines) {
    return lines.stream()
        .anyMatch(l -> l.startsWith("# This is a Gradle generated file") || l.startsWith("empty="));
  }
}
