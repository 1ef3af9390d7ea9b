package io.cxray.core.misconfig;

import io.cxray.core.misconfig.actions.ScriptInjectionCheck;
import io.cxray.core.misconfig.dockerfile.InsecureDownloadCheck;
import io.cxray.core.misconfig.dockerfile.PipeToShellCheck;
import io.cxray.core.misconfig.dockerfile.SignatureBypassCheck;
import io.cxray.core.misconfig.dockerfile.SudoCheck;
import io.cxray.core.misconfig.dockerfile.UpdateWithoutInstallCheck;
import io.cxray.core.misconfig.engine.RuleCheck;
import io.cxray.core.misconfig.terraform.IamWildcardCheck;
import java.util.Map;

/**
 * The Java checks a rule may name with {@code check:}. An explicit list, not class loading by name:
 * a custom rule file can only pick from these.
 */
public final class BuiltinChecks {
  private BuiltinChecks() {}

  public static Map<String, RuleCheck> all() {
    return Map.of(
        "dockerfile/insecure-download", new InsecureDownloadCheck(),
        "dockerfile/pipe-to-shell", new PipeToShellCheck(),
        "dockerfile/signature-bypass", new SignatureBypassCheck(),
        "dockerfile/sudo", new SudoCheck(),
        "dockerfile/update-without-install", new UpdateWithoutInstallCheck(),
        "github-actions/script-injection", new ScriptInjectionCheck(),
        "terraform/iam-wildcard", new IamWildcardCheck());
  }
}
