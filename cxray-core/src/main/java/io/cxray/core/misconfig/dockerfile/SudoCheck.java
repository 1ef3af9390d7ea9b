package io.cxray.core.misconfig.dockerfile;

import java.util.List;

/** {@code sudo} in a RUN: builds run as root already, and sudo in an image invites escalation. */
public final class SudoCheck extends RunCommandCheck {
  @Override
  String offending(List<ShellCommands.Command> commands) {
    for (ShellCommands.Command c : commands) {
      if (c.name().equals("sudo")) {
        return c.text();
      }
    }
    return null;
  }
}
