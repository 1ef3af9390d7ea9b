package io.cxray.bench;

import io.cxray.core.model.AffectedPackage;
import io.cxray.core.model.AffectedRange;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.model.RangeEvent;
import io.cxray.core.version.OsvRangeEvaluator;
import io.cxray.core.version.VersionScheme;
import io.cxray.core.version.VersionSchemes;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Version comparison per scheme, over eight realistic pairs per ecosystem (one op = eight
 * compares).
 *
 * <ul>
 *   <li>{@code compareWarm}: the shared scheme, whose parse cache holds the strings after the first
 *       round; this is what matching an advisory set looks like.
 *   <li>{@code compareCold}: a new scheme instance per op, so every string is parsed.
 *   <li>{@code evaluateRange}: one OSV range with two introduced/fixed pairs, warm.
 * </ul>
 *
 * <p>Run: {@code java -cp "cxray-bench/target/classes:$(cat cxray-bench/target/bench.classpath)"
 * org.openjdk.jmh.Main VersionCompareBench -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class VersionCompareBench {
  private static final Map<Ecosystem, String[]> PAIRS =
      Map.ofEntries(
          Map.entry(
              Ecosystem.MAVEN,
              new String[] {
                "2.9.10.1", "2.9.10", "2.10.0.pr1", "2.10.0", "1.0-SNAPSHOT", "1.0", "5.3.18",
                "5.3.9", "1.0-alpha-1", "1.0-beta", "3.0.0-M1", "3.0.0", "1.2.17",
                    "1.2.17.redhat-1",
                "9.4.30.v20200611", "9.4.31.v20200723"
              }),
          Map.entry(
              Ecosystem.NPM,
              new String[] {
                "4.17.21",
                "4.17.20",
                "1.2.3-beta.1",
                "1.2.3",
                "v2.0.0",
                "2.0.0",
                "0.0.0-0",
                "0.1.0",
                "10.1.0",
                "9.9.9",
                "1.2.3-alpha.10",
                "1.2.3-alpha.9",
                "6.0.0-rc.1",
                "6.0.0-rc.0",
                "3.4.5",
                "3.4.5+build"
              }),
          Map.entry(
              Ecosystem.PYPI,
              new String[] {
                "2.25.1",
                "2.26.0",
                "1.0rc1",
                "1.0.0rc1",
                "1.0.post1",
                "1.0",
                "2!1.0",
                "3.0",
                "1.0.dev0",
                "1.0a1",
                "4.2.1",
                "4.2",
                "0.0.1.post2910672767",
                "0.0.1",
                "1.0+abc.5",
                "1.0+abc.7"
              }),
          Map.entry(
              Ecosystem.GO,
              new String[] {
                "v0.0.0-20191109021931-daa7c04131f5",
                "v0.0.0-20200101000000-000000000000",
                "v1.2.3",
                "1.2.4",
                "v2.0.0+incompatible",
                "v2.0.0",
                "v1.10.0",
                "v1.9.9",
                "v0.3.8",
                "0.4.0",
                "v1.20.0-rc.1",
                "v1.20.0",
                "v1",
                "v1.0.0",
                "v0.17.0",
                "v0.17.1"
              }),
          Map.entry(
              Ecosystem.CARGO,
              new String[] {
                "0.7.0", "0.7.1", "1.0.0-alpha.1", "1.0.0", "0.0.0-0", "0.1.0", "1.10.0", "1.9.0",
                "0.3.21", "0.3.20", "2.0.0-rc.1", "2.0.0-rc.2", "1.2.3", "1.2.3", "0.11.0", "0.2.0"
              }),
          Map.entry(
              Ecosystem.RUBYGEMS,
              new String[] {
                "6.1.4.1", "6.1.4", "1.0.0.rc1", "1.0.0", "1.0.a", "1.0", "5.2.4.3", "5.2.10",
                "2.0.0.beta", "2.0.0.Beta", "1.13.4", "1.13.10", "7.0.0.alpha2", "7.0.0", "3.0", "3"
              }),
          Map.entry(
              Ecosystem.NUGET,
              new String[] {
                "13.0.1",
                "12.0.3",
                "1.0.0-beta",
                "1.0.0-BETA",
                "1.0.0.1",
                "1.0.0",
                "4.7.2",
                "4.7.10",
                "6.0.0-preview.1",
                "6.0.0-preview.10",
                "2.1",
                "2.1.0.0",
                "5.0.0+meta",
                "5.0.0",
                "3.1.0-rc1",
                "3.1.0"
              }),
          Map.entry(
              Ecosystem.PACKAGIST,
              new String[] {
                "v5.4.1",
                "5.4.10",
                "1.0.0-beta1",
                "1.0.0-b1",
                "2.0.0-RC1",
                "2.0.0",
                "1.0.0-p1",
                "1.0.0",
                "4.4.0.1",
                "4.4.0",
                "1.0.x-dev",
                "1.0.5",
                "7.1",
                "7.1.0.0",
                "3.0.0-alpha",
                "3.0.0-dev"
              }),
          Map.entry(
              Ecosystem.PUB,
              new String[] {
                "1.2.3", "1.2.4", "1.0.0-dev", "1.0.0", "1.0.0+1", "1.0.0", "2.0.0-nullsafety.0",
                "2.0.0", "0.13.5", "0.13.4", "1.10.0", "1.9.0", "3.0.0-beta.2", "3.0.0-beta.11",
                "0.1.0", "0.1.0+build"
              }),
          Map.entry(
              Ecosystem.HEX,
              new String[] {
                "1.2.3", "1.2.4", "1.0.0-rc.1", "1.0.0", "0.5.0", "0.10.0", "2.0.0-beta.2",
                "2.0.0-beta.11", "1.14.0", "1.13.4", "0.0.1", "0.0.1+build", "3.1.0", "3.0.9",
                "1.0.0-alpha", "1.0.0-alpha.1"
              }),
          Map.entry(
              Ecosystem.DEBIAN,
              new String[] {
                "1:2.30-1",
                "2.30-10",
                "1.0~rc1-1",
                "1.0-1",
                "2.4.52-1~deb11u2",
                "2.4.52-1",
                "7.74.0-1.3+deb11u7",
                "7.74.0-1.3+deb11u10",
                "1.1.1n-0+deb11u4",
                "1.1.1w-0+deb11u1",
                "3.0.11-1~deb12u2",
                "3.0.11-1",
                "5.10.0-28",
                "5.10.0-9",
                "0.9.8",
                "0.9.8a"
              }),
          Map.entry(
              Ecosystem.ALPINE,
              new String[] {
                "1.2.3-r0",
                "1.2.3-r1",
                "1.0_rc1",
                "1.0",
                "3.1.4_p1-r0",
                "3.1.4-r5",
                "1.36.1-r2",
                "1.36.1-r10",
                "2.9.14-r0",
                "2.10.0-r0",
                "1.0a",
                "1.0_p1",
                "8.5.0_git20230101-r0",
                "8.5.0-r0",
                "1.01",
                "1.1"
              }));

  @Param({
    "MAVEN",
    "NPM",
    "PYPI",
    "GO",
    "CARGO",
    "RUBYGEMS",
    "NUGET",
    "PACKAGIST",
    "PUB",
    "HEX",
    "DEBIAN",
    "ALPINE"
  })
  public String ecosystem;

  private VersionScheme warm;
  private Constructor<? extends VersionScheme> fresh;
  private String[] pairs;
  private AffectedPackage range;
  private String probe;

  @Setup
  public void setUp() throws ReflectiveOperationException {
    Ecosystem e = Ecosystem.valueOf(ecosystem);
    warm = VersionSchemes.forEcosystem(e);
    fresh = warm.getClass().getConstructor();
    pairs = PAIRS.get(e);
    range =
        new AffectedPackage(
            e,
            e.osvName(),
            "bench",
            null,
            List.of(
                new AffectedRange(
                    AffectedRange.Type.ECOSYSTEM,
                    null,
                    List.of(
                        new RangeEvent(RangeEvent.Kind.INTRODUCED, "0"),
                        new RangeEvent(RangeEvent.Kind.FIXED, pairs[0]),
                        new RangeEvent(RangeEvent.Kind.INTRODUCED, pairs[2]),
                        new RangeEvent(RangeEvent.Kind.FIXED, pairs[3])))),
            List.of());
    probe = pairs[1];
  }

  @Benchmark
  public void compareWarm(Blackhole bh) {
    for (int i = 0; i < pairs.length; i += 2) {
      bh.consume(warm.compare(pairs[i], pairs[i + 1]));
    }
  }

  @Benchmark
  public void compareCold(Blackhole bh) throws ReflectiveOperationException {
    VersionScheme scheme = fresh.newInstance();
    for (int i = 0; i < pairs.length; i += 2) {
      bh.consume(scheme.compare(pairs[i], pairs[i + 1]));
    }
  }

  @Benchmark
  public Object evaluateRange() {
    return OsvRangeEvaluator.evaluate(range, probe, warm);
  }
}
