package io.cxray.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cxray} command line; each subcommand is its own class. */
@Command(
    name = "cxray",
    mixinStandardHelpOptions = true,
    versionProvider = CxrayVersion.class,
    description = "CXRay: SBOM, known vulnerabilities and configuration checks for your software.",
    subcommands = {
      ServeCommand.class,
      ScanCommand.class,
      CheckCommand.class,
      DbCommand.class,
      VersionCommand.class,
      RulesCommand.class,
      KeysCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CxrayCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new CxrayCommand());
    int code = cli.execute(args);
    // `serve` keeps running on the server's own threads; every other command ends here.
    if (!ServeCommand.isServing()) {
      System.exit(code);
    }
  }
}
