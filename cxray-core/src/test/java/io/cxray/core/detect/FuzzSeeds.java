package io.cxray.core.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lays out the golden inputs as Jazzer's seed corpus.
 *
 * <p>In regression mode (the default, without {@code JAZZER_FUZZ}) Jazzer runs a {@code @FuzzTest}
 * method on every file in the class-path directory {@code <TestClass>Inputs/<method>/}. Rather than
 * keeping a second copy of the inputs, {@link #install} writes the golden inputs of each parser
 * there (under {@code target/test-classes}) before Jazzer looks, so a new golden case is a new seed
 * without further work.
 */
final class FuzzSeeds {
  private FuzzSeeds() {}

  /**
   * The fuzz method name of a parser: its id in camel case ({@code npm/package-lock} →
   * npmPackageLock).
   */
  static String methodName(String parserId) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : parserId.toCharArray()) {
      if (c == '/' || c == '-' || c == '.') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return sb.toString();
  }

  /** Writes the seeds of every registered parser beside the compiled {@code testClass}. */
  static void install(Class<?> testClass) {
    try {
      Path classes = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path inputs =
          classes
              .resolve(testClass.getPackageName().replace('.', '/'))
              .resolve(testClass.getSimpleName() + "Inputs");
      for (DependencyFileParser parser : ParserRegistry.builtIn().parsers()) {
        Path dir = inputs.resolve(methodName(parser.id()));
        Files.createDirectories(dir);
        try (var stale = Files.list(dir)) {
          for (Path old : stale.toList()) {
            Files.delete(old);
          }
        }
        for (var seed : GoldenCases.seedInputs(parser).entrySet()) {
          Files.write(dir.resolve(seed.getKey()), seed.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
