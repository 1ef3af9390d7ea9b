package io.cxray.core.misconfig;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells a file's configuration kind from its path (relative, '/'-separated). Plain {@code .yaml}
 * and {@code .yml} files are Kubernetes candidates: they count only if a document has {@code
 * apiVersion} and {@code kind}.
 */
public final class FileClassifier {
  private FileClassifier() {}

  public static Optional<FileKind> classify(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    String parent = parentName(path);
    boolean yaml = lower.endsWith(".yml") || lower.endsWith(".yaml");
    if (isDockerfile(lower)) {
      return Optional.of(FileKind.DOCKERFILE);
    }
    if (yaml
        && path.contains(".github/workflows/")
        && path.indexOf('/', path.indexOf(".github/workflows/") + 18) < 0) {
      return Optional.of(FileKind.GITHUB_ACTIONS);
    }
    if (yaml && lower.matches("(docker-)?compose([.-].*)?\\.ya?ml")) {
      return Optional.of(FileKind.COMPOSE);
    }
    if (lower.endsWith(".tf")) {
      return Optional.of(FileKind.TERRAFORM);
    }
    if (yaml) {
      return Optional.of(FileKind.KUBERNETES);
    }
    return hostKind(name, parent, path);
  }

  private static Optional<FileKind> hostKind(String name, String parent, String path) {
    if (name.equals("sshd_config") || parent.equals("sshd_config.d")) {
      return Optional.of(FileKind.SSHD);
    }
    if (name.equals("sysctl.conf") || (parent.equals("sysctl.d") && name.endsWith(".conf"))) {
      return Optional.of(FileKind.SYSCTL);
    }
    if (name.equals("login.defs")) {
      return Optional.of(FileKind.LOGIN_DEFS);
    }
    // sudo skips sudoers.d files whose names end in '~' or contain a '.' (sudoers(5)).
    if (name.equals("sudoers")
        || (parent.equals("sudoers.d") && !name.contains(".") && !name.endsWith("~"))) {
      return Optional.of(FileKind.SUDOERS);
    }
    if (parent.equals("rules.d") && path.contains("audit/rules.d/") && name.endsWith(".rules")) {
      return Optional.of(FileKind.AUDIT_RULES);
    }
    if (parent.equals("modprobe.d") && name.endsWith(".conf")) {
      return Optional.of(FileKind.MODPROBE);
    }
    return Optional.empty();
  }

  private static boolean isDockerfile(String lower) {
    return lower.equals("dockerfile")
        || lower.equals("containerfile")
        || lower.startsWith("dockerfile.")
        || lower.endsWith(".dockerfile")
        || lower.endsWith(".containerfile");
  }

  private static String parentName(String path) {
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    String dir = path.substring(0, slash);
    return dir.substring(dir.lastIndexOf('/') + 1);
  }
}
