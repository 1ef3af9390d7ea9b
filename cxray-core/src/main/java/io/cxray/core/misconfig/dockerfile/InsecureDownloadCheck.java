package io.cxray.core.misconfig.dockerfile;

import java.util.List;

/** {@code curl -k}/{@code --insecure} or {@code wget --no-check-certificate}: TLS not verified. */
public final class InsecureDownloadCheck extends RunCommandCheck {
  @Override
  String offending(List<ShellCommands.Command> commands) {
    for (ShellCommands.Command c : commands) {
      if (c.name().equals("curl") && (hasShortFlag(c, 'k') || hasWord(c, "--insecure"))) {
        return c.text();
      }
      if (c.name().equals("wget") && hasWord(c, "--no-check-certificate")) {
        return c.text();
      }
    }
    return null;
  }
}
