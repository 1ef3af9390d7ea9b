package io.cxray.core.scan.report;

import io.cxray.core.model.MisconfigFinding;
import io.cxray.core.model.VulnerabilityFinding;
import io.cxray.core.scan.ScanReport;
import io.cxray.core.scan.ScanSummary;
import io.cxray.core.scan.ScanType;

/** A scan report as plain text tables for a terminal. */
public final class TableReportWriter {
  private TableReportWriter() {}

  public static String write(ScanReport report) {
    StringBuilder out = new StringBuilder();
    ScanSummary s = report.summary();
    out.append(
        String.format(
            "%d components, %d vulnerabilities, %d misconfigurations%n",
            s.components(), s.vulnerabilities(), s.misconfigurations()));
    if (report.types().contains(ScanType.CVE)) {
      out.append(System.lineSeparator()).append("Vulnerabilities").append(System.lineSeparator());
      out.append(row("SEVERITY", "ID", "PACKAGE", "VERSION", "FIXED IN", "FILE"));
      for (VulnerabilityFinding f : report.vulnerabilities()) {
        out.append(
            row(
                f.severity().name() + (f.kev() ? " KEV" : ""),
                f.advisoryId(),
                f.pkg().name(),
                String.valueOf(f.pkg().version()),
                f.fixedVersions().isEmpty() ? "-" : f.fixedVersions().get(0),
                f.pkg().location() == null ? "-" : f.pkg().location().file()));
      }
    }
    if (report.types().contains(ScanType.CCE)) {
      out.append(System.lineSeparator()).append("Misconfigurations").append(System.lineSeparator());
      out.append(row("SEVERITY", "RULE", "FILE:LINE", "TITLE", "CCE", ""));
      for (MisconfigFinding f : report.misconfigurations()) {
        out.append(
            row(
                f.severity().name(),
                f.ruleId(),
                f.location().file() + ":" + f.location().line(),
                f.title(),
                f.cce().isEmpty() ? "-" : f.cce().get(0).id(),
                ""));
      }
    }
    if (!report.warnings().isEmpty()) {
      out.append(System.lineSeparator())
          .append(report.warnings().size())
          .append(" warnings (use --format json to see them)")
          .append(System.lineSeparator());
    }
    for (String note : report.notes()) {
      out.append("note: ").append(note).append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String row(String a, String b, String c, String d, String e, String f) {
    return String.format("%-13s %-22s %-40s %-16s %-14s %s%n", a, b, c, d, e, f).stripTrailing()
        + System.lineSeparator();
  }
}
