package io.cxray.cli;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.detect.DetectorOptions;
import io.cxray.core.detect.ParserRegistry;
import io.cxray.core.misconfig.MisconfigScanner;
import io.cxray.core.misconfig.RuleCatalog;
import io.cxray.core.model.Severity;
import io.cxray.core.sbom.CycloneDxVersion;
import io.cxray.core.sbom.CycloneDxWriter;
import io.cxray.core.sbom.SbomSubject;
import io.cxray.core.sbom.SbomTool;
import io.cxray.core.sbom.SpdxJsonWriter;
import io.cxray.core.scan.ScanCancelledException;
import io.cxray.core.scan.ScanPipeline;
import io.cxray.core.scan.ScanProgress;
import io.cxray.core.scan.ScanReport;
import io.cxray.core.scan.ScanRequest;
import io.cxray.core.scan.ScanType;
import io.cxray.core.scan.report.JsonReportWriter;
import io.cxray.core.scan.report.SarifReportWriter;
import io.cxray.core.scan.report.TableReportWriter;
import io.cxray.server.scan.target.FetchedTree;
import io.cxray.server.scan.target.RepositoryUrl;
import io.cxray.server.scan.target.TargetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cxray scan PATH}: runs the scan pipeline in-process against the local advisory database.
 * Exit codes: 0 clean (or below {@code --fail-on}), 1 findings at or above {@code --fail-on}, 2
 * usage or input errors, 130 interrupted (Ctrl-C; the JVM's own status after a signal wins when the
 * hook outlives the command).
 */
@Command(
    name = "scan",
    description = {
      "Scans a directory: its dependencies (sbom), their known vulnerabilities (cve) and its",
      "configuration files (cce), in-process, with the local advisory database ('cxray db import')."
    })
final class ScanCommand implements Callable<Integer> {
  /** How long Ctrl-C waits for the scan to stop and remove its clone before exiting anyway. */
  static final Duration INTERRUPT_GRACE = Duration.ofSeconds(5);

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH|GIT-URL",
      description =
          "A directory, or a git repository URL (cloned shallow into a temporary directory).")
  String target;

  @Option(
      names = "--branch",
      description = "With a GIT-URL: the branch or tag (default: the remote's default branch).")
  String branch;

  @Option(
      names = "--ssh-key",
      paramLabel = "FILE",
      description =
          "With an ssh GIT-URL: the private key to authenticate with (OpenSSH or PEM, no"
              + " passphrase). Host keys are checked against CXRAY_SSH_KNOWN_HOSTS, else"
              + " ~/.ssh/known_hosts.")
  Path sshKey;

  @Option(
      names = "--type",
      split = ",",
      defaultValue = "cve,cce",
      description = "Scan types: cve, cce, sbom (default: ${DEFAULT-VALUE}).")
  List<String> types;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json, sarif, cyclonedx (CycloneDX 1.6 JSON) or spdx (SPDX 2.3 JSON).")
  String format;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit with 1 when a finding is at least this severe (critical, high, medium, low).")
  String failOn;

  @Option(names = "--rules-dir", description = "A directory of custom configuration rules (YAML).")
  Path rulesDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Set<ScanType> scanTypes = EnumSet.noneOf(ScanType.class);
    for (String t : types) {
      Optional<ScanType> parsed = ScanType.parse(t);
      if (parsed.isEmpty()) {
        err.println("error: unknown scan type '" + t + "' (cve, cce, sbom)");
        return 2;
      }
      scanTypes.add(parsed.get());
    }
    if (format.equals("cyclonedx") || format.equals("spdx")) {
      scanTypes.add(ScanType.SBOM);
    } else if (!List.of("table", "json", "sarif").contains(format)) {
      err.println("error: unknown format '" + format + "'");
      return 2;
    }
    Optional<Severity> threshold = Optional.empty();
    if (failOn != null) {
      threshold = Severity.parse(failOn);
      if (threshold.isEmpty()) {
        err.println("error: unknown severity '" + failOn + "'");
        return 2;
      }
    }
    Optional<RepositoryUrl> repository = GitTargets.asRepository(target);
    if (repository.isEmpty() && !Files.isDirectory(Path.of(target))) {
      err.println("error: not a directory or a git URL: " + target);
      return 2;
    }

    CliEnvironment env = CliEnvironment.current();
    AdvisoryDatabase db = LocalDatabase.open(env);
    if (scanTypes.contains(ScanType.CVE) && db.store().advisoryCount() == 0) {
      err.println(
          "warning: the advisory database in "
              + env.advisoryDir()
              + " is empty; run 'cxray db import' first");
    }
    RuleCatalog rules = rulesDir == null ? RuleCatalog.builtIn() : RuleCatalog.load(rulesDir);
    rules.errors().forEach(e -> err.println("rule error: " + e));
    ScanPipeline pipeline =
        new ScanPipeline(
            ParserRegistry.builtIn(),
            DetectorOptions.defaults(),
            db::index,
            new MisconfigScanner(rules),
            new SbomTool("CXRay", "cxray", version()),
            Clock.systemUTC());
    ScanReport report;
    Interruption interruption = Interruption.install(err, INTERRUPT_GRACE);
    try {
      report = run(pipeline, repository, scanTypes, env, interruption, err);
    } catch (TargetException e) {
      if (interruption.isCancelled()) {
        err.println("cancelled: " + e.getMessage());
        return 130;
      }
      err.println("error: " + e.code() + ": " + e.getMessage());
      return 2;
    } catch (ScanCancelledException e) {
      err.println("cancelled: " + e.getMessage());
      return 130;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } finally {
      interruption.close();
    }

    switch (format) {
      case "json" -> out.println(JsonReportWriter.write(report));
      case "sarif" -> out.println(SarifReportWriter.write(report, version()));
      case "cyclonedx" ->
          out.println(
              CycloneDxWriter.write(
                  report.sbom(), CycloneDxVersion.V1_6, CycloneDxWriter.Encoding.JSON));
      case "spdx" -> out.println(SpdxJsonWriter.write(report.sbom()));
      default -> out.print(TableReportWriter.write(report));
    }
    out.flush();
    if (threshold.isPresent()) {
      Optional<Severity> worst = report.summary().highestSeverity();
      if (worst.isPresent() && worst.get().atLeast(threshold.get())) {
        return 1;
      }
    }
    return 0;
  }

  /** Clones the target when it is a repository, runs the pipeline, removes the clone. */
  private ScanReport run(
      ScanPipeline pipeline,
      Optional<RepositoryUrl> repository,
      Set<ScanType> scanTypes,
      CliEnvironment env,
      Interruption interruption,
      PrintWriter err)
      throws IOException, TargetException, ScanCancelledException {
    Path clone = null;
    try {
      Path root;
      SbomSubject subject;
      if (repository.isPresent()) {
        clone = Files.createTempDirectory("cxray-scan-");
        interruption.deleteOnInterrupt(clone);
        String key = sshKey == null ? null : Files.readString(sshKey);
        FetchedTree fetched =
            GitTargets.clone(repository.get(), branch, key, clone, env, interruption);
        root = fetched.root();
        subject = SbomSubject.ofRepository(target, fetched.branch(), fetched.commit());
      } else {
        root = Path.of(target).toAbsolutePath().normalize();
        String name = root.getFileName() == null ? "project" : root.getFileName().toString();
        subject = new SbomSubject("project", name, null, null, null, null);
      }
      ScanRequest request =
          new ScanRequest(scanTypes, subject, false).withCancellation(interruption);
      return pipeline.run(root, request, progress(err));
    } finally {
      Interruption.deleteQuietly(clone);
    }
  }

  private static ScanProgress progress(PrintWriter err) {
    if (System.console() == null) {
      return ScanProgress.none();
    }
    return (stage, percent, message) -> {
      err.printf("[%3d%%] %s%n", percent, message.toLowerCase(Locale.ROOT));
      err.flush();
    };
  }

  private static String version() {
    String v = ScanCommand.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
