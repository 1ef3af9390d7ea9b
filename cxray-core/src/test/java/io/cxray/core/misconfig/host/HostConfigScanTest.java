package io.cxray.core.misconfig.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cxray.core.misconfig.MisconfigResult;
import io.cxray.core.misconfig.MisconfigScanner;
import io.cxray.core.misconfig.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sshd and sysctl semantics, checked through the scanner on real trees. */
class HostConfigScanTest {
  private static final MisconfigScanner SCANNER = new MisconfigScanner(RuleCatalog.builtIn());

  @TempDir Path tmp;

  private void write(String path, String content) throws IOException {
    Path p = tmp.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private MisconfigResult scan() {
    return SCANNER.scan(tmp);
  }

  @Test
  void sshdFirstValueWinsAcrossIncludesAndFindingPointsIntoTheIncludedFile() throws IOException {
    write(
        "roles/base/files/sshd_config",
        "Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\nMaxAuthTries 3\n"
            + "ClientAliveInterval 300\nX11Forwarding yes\n");
    write(
        "roles/base/files/sshd_config.d/50-cloud.conf", "PermitRootLogin yes\nX11Forwarding no\n");
    MisconfigResult r = scan();
    assertThat(r.findings())
        .extracting(f -> f.ruleId(), f -> f.location().file(), f -> f.location().line())
        .containsExactly(tuple("CXR-SSH-001", "roles/base/files/sshd_config.d/50-cloud.conf", 1));
  }

  @Test
  void sshdMatchBlocksAreScoped() throws IOException {
    write(
        "etc/ssh/sshd_config",
        "PermitRootLogin no\nMaxAuthTries 3\nClientAliveInterval 300\n"
            + "Match Address 10.0.0.0/8\n  PermitRootLogin yes\nMatch User backup\n  X11Forwarding yes\n");
    MisconfigResult r = scan();
    assertThat(r.findings())
        .extracting(f -> f.ruleId(), f -> f.location().line())
        .containsExactly(tuple("CXR-SSH-001", 5), tuple("CXR-SSH-006", 7));
  }

  @Test
  void sshdIncludeOutsideTheTreeIsNotFollowed() throws IOException {
    write(
        "etc/ssh/sshd_config",
        "Include ../../../../etc/passwd\nPermitRootLogin no\nMaxAuthTries 3\nClientAliveInterval 60\n");
    MisconfigResult r = scan();
    assertThat(r.findings()).isEmpty();
    assertThat(r.warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("outside"));
  }

  @Test
  void sshdMissingMaxAuthTriesIsReportedOnlyForAMainConfig() throws IOException {
    write("etc/ssh/sshd_config", "PermitRootLogin no\nClientAliveInterval 60\n");
    write("other/sshd_config.d/10-x.conf", "PermitRootLogin no\n");
    MisconfigResult r = scan();
    assertThat(r.findings())
        .extracting(
            f -> f.ruleId(), f -> f.location().file(), f -> f.location().line(), f -> f.evidence())
        .containsExactly(tuple("CXR-SSH-003", "etc/ssh/sshd_config", 0, "maxauthtries not set"));
  }

  @Test
  void sysctlLastValueWinsWithSysctlConfReadLast() throws IOException {
    write("etc/sysctl.d/99-late.conf", "net.ipv4.ip_forward = 0\n");
    write("etc/sysctl.d/10-early.conf", "net.ipv4.ip_forward = 0\nkernel/randomize_va_space = 2\n");
    write("etc/sysctl.conf", "# router\nnet.ipv4.ip_forward = 1\n");
    MisconfigResult r = scan();
    assertThat(r.findings())
        .extracting(
            f -> f.ruleId(), f -> f.location().file(), f -> f.location().line(), f -> f.evidence())
        .containsExactly(tuple("CXR-SYSCTL-001", "etc/sysctl.conf", 2, "net.ipv4.ip_forward = 1"));
  }
}
