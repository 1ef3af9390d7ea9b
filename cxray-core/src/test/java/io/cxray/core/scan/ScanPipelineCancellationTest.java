package io.cxray.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import io.cxray.core.detect.DependencyFileParser;
import io.cxray.core.detect.DetectorOptions;
import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.ParserRegistry;
import io.cxray.core.detect.npm.PackageLockParser;
import io.cxray.core.misconfig.MisconfigScanner;
import io.cxray.core.misconfig.RuleCatalog;
import io.cxray.core.model.Cancellation;
import io.cxray.core.model.Ecosystem;
import io.cxray.core.sbom.SbomTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancellation is cooperative: the pipeline polls the request's {@link Cancellation} before every
 * file and every package, so on a large generated tree it stops at the next unit of work after the
 * request and reports {@link ScanCancelledException} instead of a report.
 */
class ScanPipelineCancellationTest {

  private static final int PROJECTS = 400;

  @TempDir static Path tree;

  private static final MisconfigScanner MISCONFIG = new MisconfigScanner(RuleCatalog.builtIn());

  /** A real parser that counts the files it parsed, and asks to cancel after the 50th. */
  private final CountingParser parser = new CountingParser(new PackageLockParser(), 50);

  @BeforeAll
  static void largeTree() throws IOException {
    for (int i = 0; i < PROJECTS; i++) {
      Path dir = Files.createDirectories(tree.resolve("services/s" + i));
      Files.writeString(dir.resolve("package-lock.json"), lockfile(i), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("Dockerfile"), "FROM node:latest\nUSER root\n");
    }
  }

  @Test
  void detectionStopsAtTheNextFileAfterCancel() {
    ScanRequest request = request(EnumSet.of(ScanType.CVE)).withCancellation(parser::cancelled);
    List<ScanStage> stages = new ArrayList<>();

    assertThatThrownBy(() -> pipeline().run(tree, request, (s, p, m) -> stages.add(s)))
        .isInstanceOfSatisfying(
            ScanCancelledException.class, e -> assertThat(e.stage()).isEqualTo(ScanStage.DETECT))
        .hasMessageContaining("cancelled during detect");
    assertThat(parser.parsed.get()).isEqualTo(50).isLessThan(PROJECTS);
    assertThat(stages).containsExactly(ScanStage.DETECT);
  }

  @Test
  void matchingStopsWithinTheComponentsAfterCancel() {
    CountingCancellation cancellation = new CountingCancellation();
    ScanRequest request = request(EnumSet.of(ScanType.CVE)).withCancellation(cancellation);

    assertThatThrownBy(
            () -> pipeline().run(tree, request, cancellation.armedAt(ScanStage.MATCH, 300)))
        .isInstanceOfSatisfying(
            ScanCancelledException.class, e -> assertThat(e.stage()).isEqualTo(ScanStage.MATCH));
    // Each of the 800 components is a poll; the one after the 300th saw the request and stopped.
    assertThat(cancellation.pollsSinceArmed()).isEqualTo(301);
    assertThat(parser.parsed.get()).isEqualTo(PROJECTS);
  }

  @Test
  void configurationChecksStopAtTheNextFileAfterCancel() {
    CountingCancellation cancellation = new CountingCancellation();
    ScanRequest request = request(EnumSet.of(ScanType.CCE)).withCancellation(cancellation);

    assertThatThrownBy(
            () -> pipeline().run(tree, request, cancellation.armedAt(ScanStage.MISCONFIG, 100)))
        .isInstanceOfSatisfying(
            ScanCancelledException.class,
            e -> assertThat(e.stage()).isEqualTo(ScanStage.MISCONFIG));
    assertThat(cancellation.pollsSinceArmed()).isEqualTo(101);
  }

  @Test
  void aCancellationThatNeverComesChangesNothing() throws ScanCancelledException {
    CountingCancellation cancellation = new CountingCancellation();
    Path part = tree.resolve("services/s7");
    ScanReport report =
        pipeline()
            .run(
                part,
                request(EnumSet.of(ScanType.CVE, ScanType.CCE)).withCancellation(cancellation),
                ScanProgress.none());
    assertThat(report.packages()).extracting(p -> p.name()).containsExactlyInAnyOrder("a7", "b7");
    assertThat(report.misconfigurations()).isNotEmpty();
    assertThat(cancellation.polls.get()).isGreaterThan(2);
  }

  private ScanPipeline pipeline() {
    return new ScanPipeline(
        ParserRegistry.of(List.of(parser)),
        DetectorOptions.defaults(),
        new AdvisoryDatabase(new InMemoryAdvisoryStore())::index,
        MISCONFIG,
        new SbomTool("CXRay", "cxray-test", "dev"),
        Clock.systemUTC());
  }

  private static ScanRequest request(EnumSet<ScanType> types) {
    return ScanRequest.of(types, null);
  }

  /** Two packages per lockfile, distinct across the tree. */
  private static String lockfile(int i) {
    return """
        {"name": "s%1$d", "version": "1.0.0", "lockfileVersion": 3, "packages": {
          "": {"name": "s%1$d", "version": "1.0.0", "dependencies": {"a%1$d": "1.0.0"}},
          "node_modules/a%1$d": {"version": "1.0.%1$d", "dependencies": {"b%1$d": "2.0.0"}},
          "node_modules/b%1$d": {"version": "2.0.%1$d"}
        }}
        """
        .formatted(i);
  }

  /** Counts polls; cancels {@code after} polls past the moment a stage is entered. */
  private static final class CountingCancellation implements Cancellation {
    final AtomicInteger polls = new AtomicInteger();
    volatile int armedAt = -1;
    volatile int limit = Integer.MAX_VALUE;

    @Override
    public boolean isCancelled() {
      return polls.incrementAndGet() > limit;
    }

    ScanProgress armedAt(ScanStage stage, int after) {
      return (s, percent, message) -> {
        if (s == stage) {
          armedAt = polls.get();
          limit = armedAt + after;
        }
      };
    }

    int pollsSinceArmed() {
      return polls.get() - armedAt;
    }
  }

  /** Delegates to a real parser and counts the files it parsed. */
  private static final class CountingParser implements DependencyFileParser {
    final DependencyFileParser real;
    final int cancelAfter;
    final AtomicInteger parsed = new AtomicInteger();

    CountingParser(DependencyFileParser real, int cancelAfter) {
      this.real = real;
      this.cancelAfter = cancelAfter;
    }

    boolean cancelled() {
      return parsed.get() >= cancelAfter;
    }

    @Override
    public String id() {
      return real.id();
    }

    @Override
    public Ecosystem ecosystem() {
      return real.ecosystem();
    }

    @Override
    public boolean matches(String relativePath) {
      return real.matches(relativePath);
    }

    @Override
    public ParseResult parse(String relativePath, byte[] content, ParseContext context) {
      parsed.incrementAndGet();
      return real.parse(relativePath, content, context);
    }
  }
}
