package io.cxray.cli;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.match.ComponentQuery;
import io.cxray.core.match.MatchResult;
import io.cxray.core.match.VulnerabilityMatcher;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.scan.report.FindingViews;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code cxray check PURL...}: the vulnerabilities of components, from the local database. */
@Command(
    name = "check",
    description = {
      "Lists the known vulnerabilities of each package URL, judged by its ecosystem's version rules,",
      "from the local advisory database (fill it with 'cxray db import').",
      "Exit code 1 when any component is affected, 2 on unreadable input."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PURL", description = "e.g. pkg:npm/lodash@4.17.15")
  List<String> purls = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", description = "table or json")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CliEnvironment env = CliEnvironment.current();
    AdvisoryDatabase db = LocalDatabase.open(env);
    if (db.store().advisoryCount() == 0) {
      spec.commandLine()
          .getErr()
          .println(
              "warning: the advisory database in "
                  + env.advisoryDir()
                  + " is empty; run 'cxray db import' first");
    }
    List<MatchResult> results =
        new VulnerabilityMatcher(db.index())
            .matchComponents(purls.stream().map(ComponentQuery::ofPurl).toList());
    boolean affected = false;
    boolean invalid = false;
    List<Map<String, Object>> json = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      MatchResult r = results.get(i);
      affected |= !r.findings().isEmpty();
      invalid |= r.error() != null;
      if (format.equals("json")) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("component", purls.get(i));
        m.put("error", r.error());
        m.put("vulnerabilities", r.findings().stream().map(FindingViews::vulnerability).toList());
        m.put("warnings", r.warnings());
        json.add(m);
      } else {
        printTable(out, purls.get(i), r);
      }
    }
    if (format.equals("json")) {
      out.println(
          JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(json));
    }
    return invalid ? 2 : affected ? 1 : 0;
  }

  private static void printTable(PrintWriter out, String purl, MatchResult r) {
    if (r.error() != null) {
      out.printf("%s: error: %s%n", purl, r.error());
      return;
    }
    out.printf("%s: %d vulnerabilities%n", purl, r.findings().size());
    for (VulnerabilityFinding f : r.findings()) {
      out.printf(
          "  %-9s %-20s fixed in %-14s matched %s%s%n",
          f.severity(),
          f.advisoryId(),
          f.fixedVersions().isEmpty() ? "-" : f.fixedVersions().get(0),
          f.reason() == null ? "" : f.reason().range(),
          f.kev() ? "  [KEV]" : "");
    }
    r.warnings().forEach(w -> out.println("  warning: " + w));
  }
}
