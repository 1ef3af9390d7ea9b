package io.cxray.cli;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.importer.ImportConfig;
import io.cxray.core.advisory.importer.ImportReport;
import io.cxray.core.advisory.importer.ImportSettings;
import io.cxray.core.advisory.importer.SourceReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cxray db import}: fills the local advisory database used by {@code scan} and {@code
 * check}.
 */
@Command(
    name = "db",
    description = "The local advisory database under $CXRAY_DATA_DIR/advisories.",
    subcommands = {DbCommand.Import.class})
final class DbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "import",
      description = {
        "Imports advisories (OSV), CISA KEV, EPSS, and optionally NVD and CWE names.",
        "Sources come from CXRAY_OSV_URL, CXRAY_OSV_ECOSYSTEMS, CXRAY_KEV_URL, CXRAY_EPSS_URL,",
        "CXRAY_NVD_URL and CXRAY_CWE_URL (URLs, file: URLs or paths; 'off' turns one off).",
        "Unchanged archives are skipped. Exit code 1 when a source failed."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      CliEnvironment env = CliEnvironment.current();
      PrintWriter out = spec.commandLine().getOut();
      ImportConfig config = ImportSettings.fromEnvironment(env.variables());
      AdvisoryDatabase db = LocalDatabase.open(env);
      ImportReport report = db.importAll(config);
      for (SourceReport s : report.sources()) {
        out.printf(
            "%-22s %-9s read %6d  new %6d  updated %6d  skipped %6d  failed %4d  %5d ms%n",
            s.source(),
            s.status(),
            s.read(),
            s.inserted(),
            s.updated(),
            s.skipped(),
            s.failed(),
            s.duration() == null ? 0 : s.duration().toMillis());
        s.warnings().stream().limit(5).forEach(w -> out.println("    warning: " + w));
      }
      out.printf(
          "%d advisories in %s (%d ms)%n",
          db.store().advisoryCount(), env.advisoryDir(), report.duration().toMillis());
      return report.succeeded() ? 0 : 1;
    }
  }
}
