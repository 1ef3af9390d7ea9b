package io.cxray.cli;

import io.cxray.core.misconfig.RuleCatalog;
import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.model.BenchmarkRef;
import io.cxray.core.model.CceRef;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cxray rules list}: the configuration rules with their ids and references. */
@Command(
    name = "rules",
    description = "Configuration rules (the cce scan).",
    subcommands = {RulesCommand.ListRules.class})
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "list",
      description = "Lists every rule: id, severity, file kind, CCE ids, references, title.")
  static final class ListRules implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--rules-dir", description = "Also load custom rules from this directory.")
    Path rulesDir;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RuleCatalog catalog = rulesDir == null ? RuleCatalog.builtIn() : RuleCatalog.load(rulesDir);
      for (Rule r : catalog.rules()) {
        out.printf(
            "%-18s %-8s %-12s %-28s %-34s %s%n",
            r.id(),
            r.severity(),
            r.kind().name().toLowerCase(java.util.Locale.ROOT),
            r.cce().isEmpty()
                ? "-"
                : r.cce().stream().map(CceRef::id).distinct().collect(Collectors.joining(",")),
            r.references().isEmpty()
                ? "-"
                : r.references().stream()
                    .map(BenchmarkRef::id)
                    .limit(2)
                    .collect(Collectors.joining(",")),
            r.title());
      }
      catalog.errors().forEach(e -> spec.commandLine().getErr().println("rule error: " + e));
      out.printf("%d rules%n", catalog.rules().size());
      return catalog.errors().isEmpty() ? 0 : 1;
    }
  }
}
