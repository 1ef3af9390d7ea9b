package io.cxray.bench;

import io.cxray.core.misconfig.MisconfigResult;
import io.cxray.core.misconfig.MisconfigScanner;
import io.cxray.core.misconfig.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code cce} scan of a generated tree of 2,000 configuration files (Dockerfiles, Kubernetes
 * manifests, workflows, Terraform, compose and host files, each with some findings). Target: one
 * scan within 2 s. {@code loadCatalog} measures loading and compiling the built-in rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class MisconfigScanBenchmark {
  private Path tree;
  private MisconfigScanner scanner;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    tree = Files.createTempDirectory("cxray-misconfig-bench");
    int n = 0;
    for (int i = 0; n < 2000; i++) {
      Path dir = tree.resolve("svc" + i);
      n += write(dir.resolve("Dockerfile"), ConfigSamples.dockerfile(i));
      n += write(dir.resolve("k8s/deploy.yaml"), ConfigSamples.kubernetes(i));
      n += write(dir.resolve("k8s/rbac.yaml"), ConfigSamples.rbac(i));
      n += write(dir.resolve(".github/workflows/ci.yml"), ConfigSamples.workflow(i));
      n += write(dir.resolve("infra/main.tf"), ConfigSamples.terraform(i));
      n += write(dir.resolve("docker-compose.yml"), ConfigSamples.compose(i));
      n += write(dir.resolve("etc/ssh/sshd_config"), ConfigSamples.sshd(i));
      n += write(dir.resolve("etc/sysctl.conf"), ConfigSamples.sysctl(i));
    }
    scanner = new MisconfigScanner(RuleCatalog.builtIn());
  }

  private static int write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return 1;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Benchmark
  public MisconfigResult scanTwoThousandFiles() {
    MisconfigResult r = scanner.scan(tree);
    if (r.filesChecked() < 2000) {
      throw new IllegalStateException(
          "only " + r.filesChecked() + " files checked: " + r.warnings());
    }
    return r;
  }

  @Benchmark
  public RuleCatalog loadCatalog() {
    return RuleCatalog.builtIn();
  }
}
