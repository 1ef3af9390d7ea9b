package io.cxray.bench.detect;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.npm.PackageLockParser;
import io.cxray.core.detect.pypi.PoetryLockParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing time of large lockfiles (target: under 150 ms each after warm-up): a 3,000-package {@code
 * package-lock.json} and a 500-package {@code poetry.lock}, generated in setup by {@link
 * SyntheticLockfiles}.
 *
 * <p>Run: {@code java -cp cxray-bench/target/classes:$(cat cxray-bench/target/bench.classpath)
 * org.openjdk.jmh.Main LockfileParseBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LockfileParseBench {
  private final PackageLockParser packageLock = new PackageLockParser();
  private final PoetryLockParser poetryLock = new PoetryLockParser();
  private byte[] packageLockJson;
  private byte[] poetryLockToml;

  @Setup(Level.Trial)
  public void generate() {
    packageLockJson = SyntheticLockfiles.packageLock(3_000, 1);
    poetryLockToml = SyntheticLockfiles.poetryLock(500, 2);
    check(packageLock.parse("package-lock.json", packageLockJson, ParseContext.isolated()), 3_000);
    check(poetryLock.parse("poetry.lock", poetryLockToml, ParseContext.isolated()), 500);
  }

  private static void check(ParseResult r, int expected) {
    if (r.packages().size() != expected || !r.warnings().isEmpty()) {
      throw new IllegalStateException(
          "generated input parsed to " + r.packages().size() + " packages, " + r.warnings());
    }
  }

  @Benchmark
  public ParseResult packageLock3000() {
    return packageLock.parse("package-lock.json", packageLockJson, ParseContext.isolated());
  }

  @Benchmark
  public ParseResult poetryLock500() {
    return poetryLock.parse("poetry.lock", poetryLockToml, ParseContext.isolated());
  }
}
