package io.cxray.core.detect;

import io.cxray.core.detect.cargo.CargoLockParser;
import io.cxray.core.detect.go.GoModParser;
import io.cxray.core.detect.go.GoSumParser;
import io.cxray.core.detect.gradle.GradleLockfileParser;
import io.cxray.core.detect.hex.MixLockParser;
import io.cxray.core.detect.maven.PomParser;
import io.cxray.core.detect.maven.archive.JavaArchiveParser;
import io.cxray.core.detect.npm.BunLockParser;
import io.cxray.core.detect.npm.PackageLockParser;
import io.cxray.core.detect.npm.PnpmLockParser;
import io.cxray.core.detect.npm.YarnLockParser;
import io.cxray.core.detect.nuget.PackageReferenceParser;
import io.cxray.core.detect.nuget.PackagesLockJsonParser;
import io.cxray.core.detect.packagist.ComposerLockParser;
import io.cxray.core.detect.pub.PubspecLockParser;
import io.cxray.core.detect.pypi.PdmLockParser;
import io.cxray.core.detect.pypi.PipfileLockParser;
import io.cxray.core.detect.pypi.PoetryLockParser;
import io.cxray.core.detect.pypi.RequirementsParser;
import io.cxray.core.detect.pypi.UvLockParser;
import io.cxray.core.detect.rubygems.GemfileLockParser;
import java.util.List;
import java.util.Optional;

/**
 * The explicit list of every dependency-file parser CXRay has. A test checks that every {@link
 * DependencyFileParser} class on the classpath is listed here and that ids are unique.
 */
public final class ParserRegistry {
  private final List<DependencyFileParser> parsers;

  private ParserRegistry(List<DependencyFileParser> parsers) {
    this.parsers = List.copyOf(parsers);
  }

  /**
   * All built-in parsers, sorted by id. Add a new format here, with its golden cases and its fuzz
   * method (docs/detect.md).
   */
  public static ParserRegistry builtIn() {
    return new ParserRegistry(
        List.of(
            new CargoLockParser(),
            new GoModParser(),
            new GoSumParser(),
            new MixLockParser(),
            new GradleLockfileParser(),
            new JavaArchiveParser(),
            new PomParser(),
            new BunLockParser(),
            new PackageLockParser(),
            new PnpmLockParser(),
            new YarnLockParser(),
            new PackageReferenceParser(),
            new PackagesLockJsonParser(),
            new ComposerLockParser(),
            new PubspecLockParser(),
            new PdmLockParser(),
            new PipfileLockParser(),
            new PoetryLockParser(),
            new RequirementsParser(),
            new UvLockParser(),
            new GemfileLockParser()));
  }

  public static ParserRegistry of(List<DependencyFileParser> parsers) {
    return new ParserRegistry(parsers);
  }

  public List<DependencyFileParser> parsers() {
    return parsers;
  }

  public Optional<DependencyFileParser> byId(String id) {
    return parsers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The parsers that read the file at this path (usually one). */
  public List<DependencyFileParser> forPath(String relativePath) {
    return parsers.stream().filter(p -> p.matches(relativePath)).toList();
  }
}
