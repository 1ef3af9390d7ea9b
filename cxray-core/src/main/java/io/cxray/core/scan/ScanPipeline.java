package io.cxray.core.scan;

import io.cxray.core.advisory.index.AdvisoryIndex;
import io.cxray.core.detect.DependencyDetector;
import io.cxray.core.detect.DetectionResult;
import io.cxray.core.detect.DetectorOptions;
import io.cxray.core.detect.ParseWarning;
import io.cxray.core.detect.ParserRegistry;
import io.cxray.core.match.MatchResult;
import io.cxray.core.match.VulnerabilityMatcher;
import io.cxray.core.misconfig.MisconfigResult;
import io.cxray.core.misconfig.MisconfigScanner;
import io.cxray.core.misconfig.MisconfigWarning;
import io.cxray.core.model.Cancellation;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.sbom.SbomAssembler;
import io.cxray.core.sbom.SbomDocument;
import io.cxray.core.sbom.SbomTool;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The scan pipeline: source tree → detect → SBOM → match → configuration checks → report. The
 * server schedules and stores it, the CLI runs it in-process; both build it the same way.
 *
 * <p>One bad file or one odd version never costs the rest of the scan: detection and matching turn
 * them into warnings (the detector and the matcher guarantee that), and this class only sequences
 * the stages.
 */
public final class ScanPipeline {
  /** At most this many per-package matching warnings go into a report; the rest are counted. */
  static final int MAX_MATCH_WARNINGS = 200;

  private final ParserRegistry parsers;
  private final DetectorOptions detectorOptions;
  private final Supplier<AdvisoryIndex> advisories;
  private final MisconfigScanner misconfig;
  private final SbomTool tool;
  private final Clock clock;

  /**
   * @param parsers the dependency-file parsers
   * @param detectorOptions walk limits and excludes (network use is taken from each request)
   * @param advisories the current advisory index, read once per scan (so an import that finishes
   *     during a scan does not change its view)
   * @param misconfig the configuration checks (its rule catalog is loaded once, up front)
   * @param tool this tool, for SBOM metadata
   * @param clock for SBOM timestamps
   */
  public ScanPipeline(
      ParserRegistry parsers,
      DetectorOptions detectorOptions,
      Supplier<AdvisoryIndex> advisories,
      MisconfigScanner misconfig,
      SbomTool tool,
      Clock clock) {
    this.parsers = Objects.requireNonNull(parsers);
    this.detectorOptions = Objects.requireNonNull(detectorOptions);
    this.advisories = Objects.requireNonNull(advisories);
    this.misconfig = Objects.requireNonNull(misconfig);
    this.tool = tool;
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Runs the stages {@code request} asks for on {@code root}.
   *
   * @throws ScanCancelledException when {@link ScanRequest#cancellation()} asked to stop: it is
   *     polled before each stage and, inside the stages, before each file and each package
   */
  public ScanReport run(Path root, ScanRequest request, ScanProgress progress)
      throws ScanCancelledException {
    Cancellation cancellation = request.cancellation();
    Map<ScanStage, Long> millis = new EnumMap<>(ScanStage.class);
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean needsPackages = request.wants(ScanType.CVE) || request.wants(ScanType.SBOM);
    ScanStage stage = ScanStage.DETECT;
    try {
      DetectionResult detected = null;
      if (needsPackages) {
        cancellation.throwIfCancelled();
        progress.update(ScanStage.DETECT, 5, "reading dependency files");
        long start = System.nanoTime();
        DependencyDetector detector =
            new DependencyDetector(
                parsers, detectorOptions.withNetworkAllowed(request.networkAllowed()));
        detected = detector.detect(root, cancellation);
        for (ParseWarning w : detected.warnings()) {
          warnings.add(w.file() + ": " + w.message());
        }
        notes.addAll(detected.notes());
        millis.put(ScanStage.DETECT, elapsed(start));
      }

      SbomDocument sbom = null;
      if (request.wants(ScanType.SBOM)) {
        stage = ScanStage.SBOM;
        cancellation.throwIfCancelled();
        progress.update(ScanStage.SBOM, 35, "assembling the SBOM");
        long start = System.nanoTime();
        sbom =
            SbomAssembler.assemble(
                request.subject(), tool, clock.instant(), detected.packages(), detected.edges());
        millis.put(ScanStage.SBOM, elapsed(start));
      }

      List<VulnerabilityFinding> vulnerabilities = new ArrayList<>();
      if (request.wants(ScanType.CVE)) {
        stage = ScanStage.MATCH;
        cancellation.throwIfCancelled();
        progress.update(ScanStage.MATCH, 50, "matching against advisories");
        long start = System.nanoTime();
        vulnerabilities = match(detected, warnings, cancellation);
        millis.put(ScanStage.MATCH, elapsed(start));
      }

      MisconfigResult configuration = null;
      if (request.wants(ScanType.CCE)) {
        stage = ScanStage.MISCONFIG;
        cancellation.throwIfCancelled();
        progress.update(ScanStage.MISCONFIG, 75, "checking configuration files");
        long start = System.nanoTime();
        configuration = misconfig.scan(root, cancellation);
        for (MisconfigWarning w : configuration.warnings()) {
          warnings.add(w.file() == null ? w.message() : w.file() + ": " + w.message());
        }
        millis.put(ScanStage.MISCONFIG, elapsed(start));
      }

      stage = ScanStage.REPORT;
      cancellation.throwIfCancelled();
      progress.update(ScanStage.REPORT, 100, "done");
      return new ScanReport(
          request.types(),
          detected == null ? List.of() : detected.packages(),
          detected == null ? List.of() : detected.edges(),
          vulnerabilities,
          configuration == null ? List.of() : configuration.findings(),
          configuration == null ? List.of() : configuration.suppressed(),
          sbom,
          warnings,
          notes,
          millis);
    } catch (CancellationException e) {
      throw new ScanCancelledException(stage);
    }
  }

  private List<VulnerabilityFinding> match(
      DetectionResult detected, List<String> warnings, Cancellation cancellation) {
    VulnerabilityMatcher matcher = new VulnerabilityMatcher(advisories.get());
    List<VulnerabilityFinding> findings = new ArrayList<>();
    int dropped = 0;
    for (MatchResult result : matcher.matchAll(detected.packages(), cancellation)) {
      findings.addAll(result.findings());
      for (String w : result.warnings()) {
        if (warnings.size() < MAX_MATCH_WARNINGS) {
          warnings.add(describe(result) + w);
        } else {
          dropped++;
        }
      }
    }
    if (dropped > 0) {
      warnings.add(dropped + " more matching warnings not listed");
    }
    findings.sort(
        Comparator.comparing(VulnerabilityFinding::severity)
            .thenComparing(VulnerabilityFinding::advisoryId)
            .thenComparing(f -> f.pkg().key()));
    return findings;
  }

  private static String describe(MatchResult result) {
    return result.pkg() == null ? "" : result.pkg().purl() + ": ";
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
