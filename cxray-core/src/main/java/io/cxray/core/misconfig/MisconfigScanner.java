package io.cxray.core.misconfig;

import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.misconfig.engine.RuleHit;
import io.cxray.core.model.Cancellation;
import io.cxray.core.model.MisconfigFinding;
import io.cxray.core.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code cce} scan of a directory tree: finds the configuration files, reads them, checks every
 * rule that applies, and sorts the findings into active and suppressed. A file that cannot be read
 * or parsed, or a rule that fails on a target, becomes a warning; the scan goes on.
 */
public final class MisconfigScanner {
  /** Bounds on what one scan reads. */
  public record Limits(int maxFiles, long maxFileBytes) {
    public static Limits defaults() {
      return new Limits(20_000, 2L * 1024 * 1024);
    }
  }

  private final Map<FileKind, List<Rule>> rulesByKind = new EnumMap<>(FileKind.class);
  private final Limits limits;

  public MisconfigScanner(RuleCatalog catalog, Limits limits) {
    for (Rule r : catalog.rules()) {
      rulesByKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
    }
    this.limits = limits;
  }

  public MisconfigScanner(RuleCatalog catalog) {
    this(catalog, Limits.defaults());
  }

  public MisconfigResult scan(Path tree) {
    return scan(tree, Cancellation.never());
  }

  /**
   * Scans like {@link #scan(Path)}, polling {@code cancellation} at each file and each check
   * target.
   *
   * @throws java.util.concurrent.CancellationException when cancelled (no partial result)
   */
  public MisconfigResult scan(Path tree, Cancellation cancellation) {
    if (!Files.isDirectory(tree)) {
      return new MisconfigResult(
          List.of(), List.of(), List.of(new MisconfigWarning(".", "not a directory: " + tree)), 0);
    }
    Path root;
    try {
      // The tree root itself may be a link (a checkout under a symlinked workspace); below it,
      // links are never followed.
      root = tree.toRealPath();
    } catch (java.io.IOException e) {
      return new MisconfigResult(
          List.of(), List.of(), List.of(new MisconfigWarning(".", "unreadable: " + e)), 0);
    }
    TreeWalker walker =
        TreeWalker.walk(root, limits.maxFiles(), limits.maxFileBytes(), cancellation);
    TargetBuilder builder = new TargetBuilder(walker);
    builder.build();
    List<MisconfigWarning> warnings = new ArrayList<>(walker.warnings());
    warnings.addAll(builder.warnings());
    Suppressions suppressions = suppressions(walker);
    warnings.addAll(suppressions.warnings());

    Set<MisconfigFinding> all = new LinkedHashSet<>();
    for (CheckTarget target : builder.targets()) {
      cancellation.throwIfCancelled();
      for (Rule rule : rulesByKind.getOrDefault(target.kind(), List.of())) {
        if (rule.appliesTo(target.kind(), target.objectKind())) {
          check(rule, target, builder.sources(), all, warnings);
        }
      }
    }
    List<MisconfigFinding> findings = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    List<MisconfigFinding> sorted = new ArrayList<>(all);
    sorted.sort(
        Comparator.comparing((MisconfigFinding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(MisconfigFinding::ruleId));
    for (MisconfigFinding f : sorted) {
      Optional<SuppressedFinding> s =
          suppressions.match(f, builder.sources().get(f.location().file()));
      if (s.isPresent()) {
        suppressed.add(s.get());
      } else {
        findings.add(f);
      }
    }
    return new MisconfigResult(findings, suppressed, warnings, builder.sources().size());
  }

  private static Suppressions suppressions(TreeWalker walker) {
    if (!walker.paths().contains(Suppressions.FILE)) {
      return Suppressions.none();
    }
    return Suppressions.fromConfig(walker.read(Suppressions.FILE).orElse(null));
  }

  private static void check(
      Rule rule,
      CheckTarget target,
      Map<String, String[]> sources,
      Set<MisconfigFinding> out,
      List<MisconfigWarning> warnings) {
    List<RuleHit> hits;
    try {
      hits = rule.check().check(target);
    } catch (RuntimeException e) {
      warnings.add(new MisconfigWarning(target.file(), rule.id() + " could not be checked: " + e));
      return;
    }
    for (RuleHit hit : hits) {
      String file = hit.file() != null ? hit.file() : target.file();
      int line = Math.max(0, hit.line());
      out.add(
          new MisconfigFinding(
              rule.id(),
              rule.title(),
              rule.severity(),
              SourceLocation.of(file, line),
              evidence(hit, sources.get(file), line),
              hit.expected() != null ? hit.expected() : nullToEmpty(rule.expected()),
              rule.cce(),
              rule.references(),
              rule.remediation()));
    }
  }

  private static String evidence(RuleHit hit, String[] lines, int line) {
    if (hit.evidence() != null) {
      return truncate(hit.evidence());
    }
    if (lines != null && line > 0 && line <= lines.length) {
      return truncate(lines[line - 1].strip());
    }
    return "(not set)";
  }

  private static String truncate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
