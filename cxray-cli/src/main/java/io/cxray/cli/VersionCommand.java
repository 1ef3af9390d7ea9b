package io.cxray.cli;

import io.cxray.core.model.Ecosystem;
import io.cxray.core.version.VersionScheme;
import io.cxray.core.version.VersionSchemes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cxray version compare}: compares versions by an ecosystem's own rules. */
@Command(
    name = "version",
    description = "Version rules of each ecosystem.",
    subcommands = {VersionCommand.Compare.class})
final class VersionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "compare",
      description = {
        "Prints <, = or > as A sorts before, equal to or after B in ECOSYSTEM.",
        "With --stdin, reads lines ECOSYSTEM<TAB>A<TAB>B and prints one answer per line",
        "(an unreadable line prints 'error: ...' and the exit code becomes 1)."
      })
  static final class Compare implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--stdin",
        description = "Read ECOSYSTEM<TAB>A<TAB>B lines from standard input.")
    boolean stdin;

    @Parameters(arity = "0..3", paramLabel = "ECOSYSTEM A B")
    String[] args = new String[0];

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (stdin) {
        return compareLines(out);
      }
      if (args.length != 3) {
        err.println("usage: cxray version compare ECOSYSTEM A B   (or --stdin)");
        return 2;
      }
      try {
        out.println(compare(args[0], args[1], args[2]));
        return 0;
      } catch (IllegalArgumentException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
    }

    private static int compareLines(PrintWriter out) throws IOException {
      int status = 0;
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 3) {
          out.println("error: expected ECOSYSTEM<TAB>A<TAB>B");
          status = 1;
          continue;
        }
        try {
          out.println(compare(parts[0], parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
          out.println("error: " + e.getMessage());
          status = 1;
        }
      }
      out.flush();
      return status;
    }

    static String compare(String ecosystem, String a, String b) {
      Optional<Ecosystem> eco = Ecosystem.fromUserInput(ecosystem);
      if (eco.isEmpty()) {
        throw new IllegalArgumentException("unknown ecosystem: " + ecosystem);
      }
      VersionScheme scheme = VersionSchemes.forEcosystem(eco.get());
      int c = scheme.compare(a, b);
      return c < 0 ? "<" : c > 0 ? ">" : "=";
    }
  }
}
