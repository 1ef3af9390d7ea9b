package io.cxray.core.misconfig;

import io.cxray.core.misconfig.yaml.BoundedYamlReader;
import io.cxray.core.misconfig.yaml.YamlReadException;
import io.cxray.core.model.MisconfigFinding;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which findings the operator ignores, and why. Two places: an inline comment on the finding's line
 * or the line above ({@code # cxray:ignore CXR-DOCKER-001,CXR-DOCKER-002 reason}; {@code //} works
 * too), and {@code .cxray.yaml} at the tree root:
 *
 * <pre>
 * ignore:
 *   - rule: CXR-K8S-001
 *     path: charts/legacy/**   # optional glob; every file when absent
 *     reason: runs the node agent, reviewed 2026-11
 * </pre>
 *
 * An entry without {@code reason} is not applied and is reported as a warning.
 */
public final class Suppressions {
  public static final String FILE = ".cxray.yaml";
  private static final Pattern INLINE =
      Pattern.compile("(?:#|//)\\s*cxray:ignore\\s+([A-Z0-9-]+(?:\\s*,\\s*[A-Z0-9-]+)*)\\s*(.*)");

  private record Entry(String rule, PathMatcher path, String reason) {}

  private final List<Entry> entries;
  private final List<MisconfigWarning> warnings;

  private Suppressions(List<Entry> entries, List<MisconfigWarning> warnings) {
    this.entries = entries;
    this.warnings = warnings;
  }

  public static Suppressions none() {
    return new Suppressions(List.of(), List.of());
  }

  /** Reads {@code .cxray.yaml} text (null when the tree has none). */
  public static Suppressions fromConfig(String text) {
    List<Entry> entries = new ArrayList<>();
    List<MisconfigWarning> warnings = new ArrayList<>();
    if (text == null) {
      return new Suppressions(entries, warnings);
    }
    try {
      List<Object> docs = BoundedYamlReader.defaults().readAll(text);
      Object ignore =
          docs.isEmpty() || !(docs.get(0) instanceof Map<?, ?> m) ? null : m.get("ignore");
      if (ignore instanceof List<?> list) {
        for (Object o : list) {
          entry(o, entries, warnings);
        }
      } else if (ignore != null) {
        warnings.add(new MisconfigWarning(FILE, "'ignore' must be a list"));
      }
    } catch (YamlReadException e) {
      warnings.add(new MisconfigWarning(FILE, e.getMessage()));
    }
    return new Suppressions(entries, warnings);
  }

  private static void entry(Object o, List<Entry> entries, List<MisconfigWarning> warnings) {
    if (!(o instanceof Map<?, ?> m) || !(m.get("rule") instanceof String rule)) {
      warnings.add(new MisconfigWarning(FILE, "an ignore entry needs 'rule': " + o));
      return;
    }
    Object reason = m.get("reason");
    if (!(reason instanceof String r) || r.isBlank()) {
      warnings.add(
          new MisconfigWarning(FILE, "ignore entry for " + rule + " has no 'reason'; not applied"));
      return;
    }
    PathMatcher path = null;
    if (m.get("path") instanceof String glob) {
      path = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
    entries.add(new Entry(rule.trim(), path, r.trim()));
  }

  public List<MisconfigWarning> warnings() {
    return warnings;
  }

  /**
   * Why a finding is suppressed, if it is.
   *
   * @param lines the finding's file, by line (may be null)
   */
  public Optional<SuppressedFinding> match(MisconfigFinding f, String[] lines) {
    int line = f.location().line();
    if (lines != null && line > 0) {
      for (int l = line; l >= Math.max(1, line - 1); l--) {
        if (l - 1 < lines.length) {
          Optional<String> reason = inline(lines[l - 1], f.ruleId());
          if (reason.isPresent()) {
            return Optional.of(new SuppressedFinding(f, reason.get(), "inline"));
          }
        }
      }
    }
    for (Entry e : entries) {
      if (e.rule.equals(f.ruleId())
          && (e.path == null || e.path.matches(Path.of(f.location().file())))) {
        return Optional.of(new SuppressedFinding(f, e.reason, FILE));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> inline(String text, String ruleId) {
    Matcher m = INLINE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    for (String id : m.group(1).split("\\s*,\\s*")) {
      if (id.equals(ruleId)) {
        String reason = m.group(2).strip();
        return Optional.of(reason.isEmpty() ? "(no reason given)" : reason);
      }
    }
    return Optional.empty();
  }
}
