package io.cxray.core.misconfig.dockerfile;

import java.util.List;
import java.util.Set;

/** A download piped straight into an interpreter ({@code curl ... | sh}): unreviewed code runs. */
public final class PipeToShellCheck extends RunCommandCheck {
  private static final Set<String> FETCHERS = Set.of("curl", "wget");
  private static final Set<String> INTERPRETERS =
      Set.of(
          "sh", "bash", "zsh", "ash", "dash", "ksh", "python", "python3", "perl", "ruby", "node");

  @Override
  String offending(List<ShellCommands.Command> commands) {
    for (int i = 1; i < commands.size(); i++) {
      ShellCommands.Command c = commands.get(i);
      ShellCommands.Command prev = commands.get(i - 1);
      String name = c.name();
      if (name.equals("sudo") && c.words().size() > 1) {
        name = new ShellCommands.Command(c.words().subList(1, c.words().size()), true).name();
      }
      if (c.pipedInto() && FETCHERS.contains(prev.name()) && INTERPRETERS.contains(name)) {
        return prev.text() + " | " + c.text();
      }
    }
    return null;
  }
}
