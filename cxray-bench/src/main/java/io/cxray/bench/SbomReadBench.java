package io.cxray.bench;

import io.cxray.core.sbom.SbomPackages;
import io.cxray.core.sbom.SbomReadResult;
import io.cxray.core.sbom.SbomReader;
import java.io.IOException;
import java.nio.file.Files;
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

/**
 * Reading an uploaded SBOM the way {@code POST /v1/sbom/analyze} does before matching: detect the
 * format, parse, validate against the official CycloneDX schema, bind, and extract the packages
 * (purls) to match. Input: the shared {@code bench/sbom-1k.cdx.json} and {@code sbom-10k.cdx.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class SbomReadBench {
  @Param({"10k", "1k"})
  public String size;

  private byte[] content;
  private final SbomReader reader = new SbomReader();

  @Setup
  public void load() throws IOException {
    content = Files.readAllBytes(BenchData.sharedDir().resolve("bench/sbom-" + size + ".cdx.json"));
  }

  @Benchmark
  public int readValidateAndExtractPurls() {
    SbomReadResult result = reader.read(content);
    if (!(result instanceof SbomReadResult.Success success)) {
      throw new IllegalStateException("benchmark input did not read: " + result);
    }
    return SbomPackages.of(success.document(), "sbom.json").packages().size();
  }
}
