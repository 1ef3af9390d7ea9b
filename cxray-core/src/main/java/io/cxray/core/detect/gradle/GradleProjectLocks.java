package io.cxray.core.detect.gradle;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.TextLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Gradle locks for one project (or for its buildscript, whose files carry the {@code
 * buildscript-} prefix), over both layouts: the per-project {@code gradle.lockfile} and the
 * per-configuration {@code gradle/dependency-locks/<configuration>.lockfile} files of Gradle
 * 4.8-6.x.
 *
 * <p>Gradle looks a configuration up first in {@code gradle.lockfile} (one it names, even on the
 * {@code empty=} line, is taken from there) and only otherwise in the per-configuration file
 * ({@code DefaultDependencyLockingProvider.findLockedModules} in gradle/gradle; <a
 * href="https://github.com/gradle/gradle/issues/15723">gradle#15723</a>). Writing locks with
 * current Gradle deletes the per-configuration files of the configurations it wrote ({@code
 * LockFileReaderWriter.cleanupLegacyLockFiles}). A per-configuration file whose configuration
 * {@code gradle.lockfile} names is therefore not read: Gradle does not read it either.
 *
 * <p>A module's scope comes from all the configurations that lock it, as in {@code
 * gradle.lockfile}; a module is reported once per project, by the per-project file if it locks it,
 * else by the first per-configuration file (by name) that does.
 */
final class GradleProjectLocks {
  static final String LEGACY_DIR = "gradle/dependency-locks/";
  static final String SUFFIX = ".lockfile";
  static final String BUILDSCRIPT = "buildscript-";
  static final String PER_PROJECT = "gradle.lockfile";
  // A real project locks a few dozen configurations (an Android one with flavours, some hundreds)
  // of a few KiB each; past these bounds the files are not combined, so that a hostile tree cannot
  // make every file re-read all the others.
  static final int MAX_LEGACY_FILES = 500;
  static final long MAX_COMBINED_BYTES = 8L << 20;

  private final String perProjectFile;
  private final Set<String> perProjectConfigurations = new TreeSet<>();
  private final Map<String, Set<String>> configurationsByModule = new HashMap<>();
  private final Map<String, String> reportedBy = new HashMap<>();
  private boolean tooManyFiles;
  private long bytesRead;

  private GradleProjectLocks(String perProjectFile) {
    this.perProjectFile = perProjectFile;
  }

  /**
   * Whether a path is a per-configuration lockfile: {@code
   * [dir/]gradle/dependency-locks/x.lockfile}.
   */
  static boolean isPerConfigurationPath(String path) {
    String dir = TextLines.directory(path);
    String name = TextLines.fileName(path);
    return (dir.equals(LEGACY_DIR) || dir.endsWith("/" + LEGACY_DIR))
        && name.endsWith(SUFFIX)
        && name.length() > SUFFIX.length();
  }

  /** The configuration a per-configuration lockfile locks: its name without prefix and suffix. */
  static String configurationOf(String path) {
    String name = TextLines.fileName(path);
    String conf = name.substring(0, name.length() - SUFFIX.length());
    return conf.startsWith(BUILDSCRIPT) && conf.length() > BUILDSCRIPT.length()
        ? conf.substring(BUILDSCRIPT.length())
        : conf;
  }

  /**
   * The lock state of the project of {@code file} (a {@code gradle.lockfile} or a per-configuration
   * file), read through the context; {@code file} itself is taken from {@code content}.
   */
  static GradleProjectLocks load(
      String file, byte[] content, boolean buildscript, ParseContext context) {
    String projectDir =
        isPerConfigurationPath(file)
            ? TextLines.directory(file)
                .substring(0, TextLines.directory(file).length() - LEGACY_DIR.length())
            : TextLines.directory(file);
    String prefix = buildscript ? BUILDSCRIPT : "";
    GradleProjectLocks locks = new GradleProjectLocks(projectDir + prefix + PER_PROJECT);
    locks
        .read(locks.perProjectFile, file, content, context)
        .ifPresent(
            lines -> {
              locks.perProjectConfigurations.addAll(lines.configurations());
              lines
                  .entries()
                  .forEach(e -> locks.add(e.gav(), e.configurations(), locks.perProjectFile));
            });
    for (String path : locks.perConfigurationFiles(projectDir, buildscript, file, context)) {
      String conf = configurationOf(path);
      if (locks.perProjectConfigurations.contains(conf)) {
        continue;
      }
      locks
          .read(path, file, content, context)
          .filter(lines -> !lines.perProjectFormat())
          .ifPresent(lines -> lines.entries().forEach(e -> locks.add(e.gav(), Set.of(conf), path)));
    }
    return locks;
  }

  private List<String> perConfigurationFiles(
      String projectDir, boolean buildscript, String file, ParseContext context) {
    String dir = projectDir + LEGACY_DIR;
    List<String> files = new ArrayList<>();
    for (String name : context.listFiles(dir)) {
      String path = dir + name;
      if (isPerConfigurationPath(path) && name.startsWith(BUILDSCRIPT) == buildscript) {
        files.add(path);
      }
    }
    if (files.size() > MAX_LEGACY_FILES) {
      tooManyFiles = true;
      files.clear();
    }
    if (isPerConfigurationPath(file) && !files.contains(file)) {
      files.add(file);
    }
    files.sort(null);
    return files;
  }

  private Optional<GradleLockLines> read(
      String path, String file, byte[] content, ParseContext context) {
    if (path.equals(file)) {
      return Optional.of(GradleLockLines.parse(content));
    }
    if (tooManyFiles) {
      return Optional.empty();
    }
    Optional<byte[]> bytes = context.readFile(path);
    bytesRead += bytes.map(b -> (long) b.length).orElse(0L);
    if (bytesRead > MAX_COMBINED_BYTES) {
      tooManyFiles = true;
      return Optional.empty();
    }
    return bytes.map(GradleLockLines::parse);
  }

  private void add(String gav, Set<String> configurations, String file) {
    configurationsByModule.computeIfAbsent(gav, k -> new TreeSet<>()).addAll(configurations);
    reportedBy.putIfAbsent(gav, file);
  }

  /** The per-project lockfile of this project (it may not exist). */
  String perProjectFile() {
    return perProjectFile;
  }

  /** Whether Gradle takes this configuration from the per-project file. */
  boolean lockedPerProject(String configuration) {
    return perProjectConfigurations.contains(configuration);
  }

  /** Every configuration of the project that locks the module. */
  Set<String> configurations(String gav) {
    return configurationsByModule.getOrDefault(gav, Set.of());
  }

  /** The file that reports the module. */
  String reportedBy(String gav) {
    return reportedBy.get(gav);
  }

  /** Whether the project held too many (or too large) lockfiles to combine them all. */
  boolean tooManyFiles() {
    return tooManyFiles;
  }
}
