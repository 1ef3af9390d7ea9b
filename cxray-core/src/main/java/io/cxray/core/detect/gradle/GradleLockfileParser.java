package io.cxray.core.detect.gradle;

import io.cxray.core.detect.DependencyFileParser;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParseResultBuilder;
import io.cxray.core.detect.TextLines;
import io.cxray.core.detect.gradle.GradleLockLines.Entry;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.Relationship;
import io.cxray.core.model.Scope;
import java.util.Map;
import java.util.Set;

/**
 * Reads Gradle's lockfiles (<a
 * href="https://docs.gradle.org/current/userguide/dependency_locking.html">dependency locking</a>)
 * in both layouts ({@link GradleLockLines}): the per-project {@code gradle.lockfile} and {@code
 * buildscript-gradle.lockfile} of Gradle 6.4+, and the per-configuration {@code
 * gradle/dependency-locks/<configuration>.lockfile} files of Gradle 4.8-6.x ({@code
 * buildscript-classpath.lockfile} for the buildscript). Both are one format, version after version,
 * so one parser reads them. A file under {@code gradle/dependency-locks} in the per-project format
 * (a custom {@code dependencyLocking.lockFile}) is read as such. The lockfiles are flat: they do
 * not say which modules are direct.
 *
 * <p>Scope comes from the configurations that lock a module across the project ({@link
 * GradleProjectLocks}, {@link GradleScopes}); modules of the buildscript are build tooling and get
 * {@link Scope#DEVELOPMENT}.
 */
public final class GradleLockfileParser implements DependencyFileParser {
  public static final String ID = "maven/gradle-lockfile";
  private static final Set<String> PER_PROJECT_NAMES =
      Set.of(GradleProjectLocks.PER_PROJECT, GradleProjectLocks.BUILDSCRIPT + "gradle.lockfile");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Ecosystem ecosystem() {
    return Ecosystem.MAVEN;
  }

  /**
   * {@code gradle.lockfile}, {@code buildscript-gradle.lockfile}, {@code
   * gradle/dependency-locks/*.lockfile}.
   */
  @Override
  public boolean matches(String relativePath) {
    return PER_PROJECT_NAMES.contains(TextLines.fileName(relativePath))
        || GradleProjectLocks.isPerConfigurationPath(relativePath);
  }

  @Override
  public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
    ParseResultBuilder out = new ParseResultBuilder(relativePath, ID);
    GradleLockLines lines = GradleLockLines.parse(content);
    boolean buildscript =
        TextLines.fileName(relativePath).startsWith(GradleProjectLocks.BUILDSCRIPT);
    boolean perConfiguration =
        GradleProjectLocks.isPerConfigurationPath(relativePath) && !lines.perProjectFormat();
    String expected =
        perConfiguration ? "group:artifact:version" : "group:artifact:version=configurations";
    lines.malformedLines().forEach(l -> out.warn("line " + l + " is not " + expected));
    if (perConfiguration) {
      readPerConfiguration(relativePath, content, lines, buildscript, context, out);
    } else if (GradleProjectLocks.isPerConfigurationPath(relativePath)) {
      // A per-project lockfile at a custom place: its project, and so its other files, is unknown.
      lines.entries().forEach(e -> add(out, e, buildscript, e.configurations()));
    } else {
      GradleProjectLocks project =
          GradleProjectLocks.load(relativePath, content, buildscript, context);
      noteIncomplete(project, out);
      lines.entries().forEach(e -> add(out, e, buildscript, project.configurations(e.gav())));
    }
    if (lines.entries().isEmpty() && !lines.recognised()) {
      out.warn("no locked modules and no Gradle lockfile header");
    }
    return out.build();
  }

  private static void readPerConfiguration(
      String file,
      byte[] content,
      GradleLockLines lines,
      boolean buildscript,
      ParseContext context,
      ParseResultBuilder out) {
    GradleProjectLocks project = GradleProjectLocks.load(file, content, buildscript, context);
    String configuration = GradleProjectLocks.configurationOf(file);
    if (project.lockedPerProject(configuration)) {
      out.note(
          "not read: Gradle takes configuration "
              + configuration
              + " from "
              + project.perProjectFile()
              + ", which names it");
      return;
    }
    noteIncomplete(project, out);
    int elsewhere = 0;
    for (Entry e : lines.entries()) {
      if (file.equals(project.reportedBy(e.gav()))) {
        add(out, e, buildscript, project.configurations(e.gav()));
      } else {
        elsewhere++;
      }
    }
    if (elsewhere > 0) {
      out.note(
          elsewhere
              + " module(s) locked here are reported with another lockfile of the project"
              + " (gradle.lockfile, or the first per-configuration file that locks them)");
    }
  }

  private static void noteIncomplete(GradleProjectLocks project, ParseResultBuilder out) {
    if (project.tooManyFiles()) {
      out.note(
          "too many or too large lockfiles in this project to combine them all: scopes and"
              + " the one report per module may be incomplete");
    }
  }

  private static void add(
      ParseResultBuilder out, Entry e, boolean buildscript, Set<String> configurations) {
    out.add(
        Ecosystem.MAVEN,
        e.group() + ":" + e.artifact(),
        e.version(),
        e.line(),
        Relationship.UNKNOWN,
        buildscript ? Scope.DEVELOPMENT : GradleScopes.of(configurations),
        Map.of());
  }
}
