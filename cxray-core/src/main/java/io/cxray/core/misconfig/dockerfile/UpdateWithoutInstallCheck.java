package io.cxray.core.misconfig.dockerfile;

import java.util.List;

/**
 * {@code apt-get update} in a RUN that installs nothing (CIS Docker v1.6.0 4.7): the layer is
 * cached, so a later RUN's install reads stale package lists.
 */
public final class UpdateWithoutInstallCheck extends RunCommandCheck {
  @Override
  String offending(List<ShellCommands.Command> commands) {
    ShellCommands.Command update = null;
    for (ShellCommands.Command c : commands) {
      if (isApt(c) && c.words().contains("update")) {
        update = c;
      }
      if (isApt(c)
          && (c.words().contains("install")
              || c.words().contains("upgrade")
              || c.words().contains("dist-upgrade"))) {
        return null;
      }
    }
    return update == null ? null : update.text();
  }

  private static boolean isApt(ShellCommands.Command c) {
    return c.name().equals("apt-get") || c.name().equals("apt");
  }
}
