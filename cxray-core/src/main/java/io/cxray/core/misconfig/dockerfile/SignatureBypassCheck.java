package io.cxray.core.misconfig.dockerfile;

import java.util.List;
import java.util.Set;

/**
 * Package managers told to skip signature or certificate checks: apt {@code
 * --allow-unauthenticated}/{@code --force-yes}/{@code AllowUnauthenticated}, yum/dnf/tdnf/zypper
 * {@code --nogpgcheck}/{@code --no-gpg-checks}, rpm {@code --nosignature}/{@code --nodigest}, apk
 * {@code --allow-untrusted}, pip {@code --trusted-host}, npm/yarn {@code strict-ssl false}.
 */
public final class SignatureBypassCheck extends RunCommandCheck {
  private static final Set<String> FLAGS =
      Set.of(
          "--allow-unauthenticated",
          "--force-yes",
          "--allow-insecure-repositories",
          "--nogpgcheck",
          "--no-gpg-checks",
          "--nosignature",
          "--nodigest",
          "--allow-untrusted",
          "--trusted-host",
          "--disable-pip-version-check=false");

  @Override
  String offending(List<ShellCommands.Command> commands) {
    for (ShellCommands.Command c : commands) {
      for (String w : c.words()) {
        String flag = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
        if (FLAGS.contains(flag)
            || w.contains("AllowUnauthenticated=true")
            || w.contains("AllowUnauthenticated \"true\"")
            || w.equals("gpgcheck=0")) {
          return c.text();
        }
      }
      if ((c.name().equals("npm") || c.name().equals("yarn"))
          && c.words().contains("strict-ssl")
          && c.words().contains("false")) {
        return c.text();
      }
    }
    return null;
  }
}
