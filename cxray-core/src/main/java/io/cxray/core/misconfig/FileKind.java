package io.cxray.core.misconfig;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The configuration formats the {@code cce} scan reads; the id is what rules name. */
public enum FileKind {
  DOCKERFILE("dockerfile", "stages", "instructions", "finalStage"),
  KUBERNETES("kubernetes", "object", "kind", "podSpec", "containers"),
  GITHUB_ACTIONS("github-actions", "workflow", "triggers", "jobs", "steps"),
  TERRAFORM("terraform", "resource", "resources"),
  COMPOSE("compose", "service", "name", "compose"),
  SSHD("sshd", "sshd"),
  SYSCTL("sysctl", "sysctl"),
  LOGIN_DEFS("login-defs", "logindefs"),
  SUDOERS("sudoers", "sudoers"),
  AUDIT_RULES("audit-rules", "audit"),
  MODPROBE("modprobe", "modprobe");

  private final String id;
  private final List<String> variables;

  FileKind(String id, String... variables) {
    this.id = id;
    this.variables = List.of(variables);
  }

  public String id() {
    return id;
  }

  /**
   * The CEL variables a rule of this kind sees (besides {@code file}, the path, and {@code item},
   * the element of {@code for_each}); docs/misconfig.md describes each one's shape.
   */
  public List<String> variables() {
    return variables;
  }

  public static Optional<FileKind> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (FileKind k : values()) {
      if (k.id.equals(wanted)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
