package io.cxray.core.misconfig;

import io.cxray.core.misconfig.engine.CelEnvironments;
import io.cxray.core.misconfig.engine.Rule;
import io.cxray.core.misconfig.engine.RuleLoadError;
import io.cxray.core.misconfig.engine.RuleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The loaded rules: the built-in packs from the classpath ({@code
 * io/cxray/core/misconfig/rules/*.yaml}, listed in {@code index.txt}) plus, optionally, every
 * {@code .yaml}/{@code .yml} file of a directory the operator names. Rules that fail to load are
 * kept as {@link #errors()}; a custom rule reusing a built-in id is an error too.
 */
public final class RuleCatalog {
  private static final String PACKS = "/io/cxray/core/misconfig/rules/";
  private static final long MAX_RULE_FILE_BYTES = 1024 * 1024;

  private final List<Rule> rules;
  private final List<RuleLoadError> errors;

  private RuleCatalog(List<Rule> rules, List<RuleLoadError> errors) {
    this.rules = List.copyOf(rules);
    this.errors = List.copyOf(errors);
  }

  public static RuleCatalog builtIn() {
    return load(null);
  }

  /** Built-in rules plus the rules of {@code customDir} (null for none). */
  public static RuleCatalog load(Path customDir) {
    RuleLoader loader = new RuleLoader(new CelEnvironments(), BuiltinChecks.all());
    List<Rule> rules = new ArrayList<>();
    List<RuleLoadError> errors = new ArrayList<>();
    for (String pack : packNames()) {
      try (InputStream in = RuleCatalog.class.getResourceAsStream(PACKS + pack)) {
        if (in == null) {
          errors.add(new RuleLoadError(pack, null, "rule pack missing from the classpath"));
          continue;
        }
        loader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8), pack, rules, errors);
      } catch (IOException e) {
        errors.add(new RuleLoadError(pack, null, e.getMessage()));
      }
    }
    if (customDir != null) {
      loadDirectory(loader, customDir, rules, errors);
    }
    return new RuleCatalog(dedupe(rules, errors), errors);
  }

  private static List<String> packNames() {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(PACKS + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void loadDirectory(
      RuleLoader loader, Path dir, List<Rule> rules, List<RuleLoadError> errors) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!Files.isRegularFile(f) || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
          continue;
        }
        if (Files.size(f) > MAX_RULE_FILE_BYTES) {
          errors.add(new RuleLoadError(f.toString(), null, "rule file larger than 1 MiB"));
          continue;
        }
        loader.load(Files.readString(f), f.toString(), rules, errors);
      }
    } catch (IOException e) {
      errors.add(new RuleLoadError(dir.toString(), null, "cannot read rule directory: " + e));
    }
  }

  private static List<Rule> dedupe(List<Rule> rules, List<RuleLoadError> errors) {
    Set<String> seen = new HashSet<>();
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      if (seen.add(r.id())) {
        out.add(r);
      } else {
        errors.add(
            new RuleLoadError(r.origin(), r.id(), "duplicate rule id; the first one is kept"));
      }
    }
    out.sort(Comparator.comparing(Rule::id));
    return out;
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<RuleLoadError> errors() {
    return errors;
  }

  /** The rules as a listing shows them, sorted by id. */
  public List<RuleSummary> summaries() {
    return rules.stream().map(RuleSummary::of).toList();
  }

  public Optional<Rule> find(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
